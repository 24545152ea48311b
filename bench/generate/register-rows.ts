/**
 * The rows of a bench register: an incoming-documents register (收文登记簿) of 15 columns, in
 * receipt order over 2026, with dates as date cells and as the text forms clerks type, deadlines
 * as dates and as phrases ("5个工作日", "10日内", "长期"), and about 10% of items overdue on the
 * bench's as-of day. Seeded: the same seed always gives the same rows.
 */
import { addDays, dayToSerial, fromDayNumber, isoWeekday, toDayNumber, type CalendarDay } from '../../src/core/dates/day';
import { ACTIONS, DOC_TYPES, HANDLER_UNITS, REMARKS, RESULTS_DONE, SENDERS, TOPICS } from './content-pools';

/** The day every bench figure is judged on (a Friday). */
export const BENCH_AS_OF: CalendarDay = { year: 2026, month: 11, day: 20 };
export const BENCH_YEAR = 2026;

/** One cell as the generator writes it. */
export type BenchCell = { readonly text: string } | { readonly number: number } | { readonly date: number } | null;

export type Outcome = 'overdue' | 'dueSoon' | 'open' | 'done' | 'doneLate' | 'noDeadline';

export interface BenchRow {
  readonly cells: readonly BenchCell[];
  /** What the generator meant the row to be on BENCH_AS_OF (the engine is checked against it). */
  readonly outcome: Outcome;
}

const FIRST_DAY = toDayNumber({ year: 2026, month: 1, day: 5 });
const AS_OF_NUMBER = toDayNumber(BENCH_AS_OF);
/** Rows received this close to the as-of day are still being handled. */
const RECENT_DAYS = 45;

/**
 * mulberry32: a small, fast, seeded generator of floats in [0, 1).
 * @example const next = seededRandom(1); next() // 0.6270739405881613
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(list: readonly T[], r: number): T => list[Math.floor(r * list.length)];

/** A weekday on or before the given day number. */
function workday(n: number): number {
  const wd = isoWeekday(fromDayNumber(n));
  return wd === 6 ? n - 1 : wd === 7 ? n - 2 : n;
}

const TEXT_DATE_FORMS: ReadonlyArray<(d: CalendarDay) => string> = [
  (d) => `${d.year}-${d.month}-${d.day}`,
  (d) => `${d.year}.${d.month}.${d.day}`,
  (d) => `${d.year}/${String(d.month).padStart(2, '0')}/${String(d.day).padStart(2, '0')}`,
  (d) => `${d.year}年${d.month}月${d.day}日`,
];

/** A date cell most of the time, else one of the text forms clerks type. */
function dateCell(d: CalendarDay, r: number, textShare: number): BenchCell {
  if (r >= textShare) return { date: dayToSerial(d) };
  return { text: pick(TEXT_DATE_FORMS, r / textShare)(d) };
}

interface Plan {
  readonly outcome: Outcome;
  readonly deadline: BenchCell;
  readonly completed: CalendarDay | null;
}

/** Deadline cell forms that have all passed 45 days after receipt. */
function pastDeadline(received: CalendarDay, r: number): BenchCell {
  if (r < 0.6) return { date: dayToSerial(addDays(received, pick([7, 10, 14, 20, 30], r / 0.6))) };
  if (r < 0.85) return { text: `${pick([5, 10, 15], (r - 0.6) / 0.25)}个工作日` };
  return { text: `${pick([7, 10, 15], (r - 0.85) / 0.15)}日内` };
}

function planRow(received: CalendarDay, recent: boolean, next: () => number): Plan {
  const u = next();
  const form = next();
  if (recent) {
    if (u < 0.2) return { outcome: 'dueSoon', deadline: { date: dayToSerial(addDays(BENCH_AS_OF, 4)) }, completed: null };
    if (u < 0.5) return { outcome: 'open', deadline: { date: dayToSerial(addDays(BENCH_AS_OF, 20 + Math.floor(form * 20))) }, completed: null };
    return { outcome: 'done', deadline: { date: dayToSerial(addDays(BENCH_AS_OF, 20)) }, completed: addDays(received, 1) };
  }
  if (u < 0.116) return { outcome: 'overdue', deadline: pastDeadline(received, form), completed: null };
  if (u < 0.136) return { outcome: 'doneLate', deadline: { date: dayToSerial(addDays(received, 7)) }, completed: addDays(received, 30) };
  if (u < 0.146) return { outcome: 'noDeadline', deadline: { text: '长期' }, completed: null };
  return { outcome: 'done', deadline: pastDeadline(received, form), completed: addDays(received, 1 + Math.floor(form * 3)) };
}

/**
 * The rows of a register of `count` items, one at a time (a million rows never sit in memory).
 * @example [...generateRows(3, 1)].map((r) => r.cells.length) // [15, 15, 15]
 */
export function* generateRows(count: number, seed: number): Generator<BenchRow> {
  const next = seededRandom(seed);
  const span = AS_OF_NUMBER - 1 - FIRST_DAY;
  const serials = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const receivedNumber = workday(FIRST_DAY + Math.floor((i * span) / Math.max(count, 1)));
    const received = fromDayNumber(receivedNumber);
    const plan = planRow(received, receivedNumber > AS_OF_NUMBER - RECENT_DAYS, next);
    const [sender, prefix] = pick(SENDERS, next());
    const serial = (serials.get(prefix) ?? 0) + 1;
    serials.set(prefix, serial);
    const secrecy = next();
    const classification = secrecy < 0.78 ? '非密' : secrecy < 0.9 ? '内部' : secrecy < 0.98 ? '秘密' : '机密';
    const finished = plan.completed !== null;
    const classified = classification === '秘密' || classification === '机密';
    const urgency = next();
    const remark = next();
    const cells: BenchCell[] = [
      { number: i + 1 },
      dateCell(received, next(), 0.12),
      { text: sender },
      { text: `${prefix}〔${BENCH_YEAR}〕${serial}号` },
      { text: `关于${pick(ACTIONS, next())}${pick(TOPICS, next())}的${pick(DOC_TYPES, next())}` },
      { text: classification },
      { text: urgency < 0.05 ? '特急' : urgency < 0.25 ? '加急' : '平件' },
      { number: 1 + Math.floor(next() * 5) },
      { text: pick(HANDLER_UNITS, next()) },
      plan.deadline,
      plan.completed ? dateCell(plan.completed, next(), 0.1) : null,
      finished ? { text: pick(RESULTS_DONE, next()) } : next() < 0.5 ? { text: '正在办理' } : null,
      { text: next() < 0.15 ? '是' : '否' },
      classified && plan.completed ? { date: dayToSerial(addDays(plan.completed, 2)) } : null,
      remark < 0.2 ? { text: pick(REMARKS, remark / 0.2) } : null,
    ];
    yield { cells, outcome: plan.outcome };
  }
}
