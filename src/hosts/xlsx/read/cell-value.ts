/**
 * A cell's value from what the sheet XML holds: its type (`t`), style (`s`) and the text of its
 * `<v>` or inline `<is>`. Numbers in a date style become DateValues; everything else keeps the
 * shape Office.js would hand over. Bad data gives a problem and the safest value, never a crash.
 */
import { dayToSerial, makeDay, serialToDay, type CalendarDay } from '../../../core/dates/day';
import type { CellRef, CellValue, Problem } from '../../../core/types';
import { readProblems } from './read-problems';
import { ownCopy } from './scan-own-copy';
import { decodeXString } from './xstring';

/** The raw parts of one `<c>` element. */
export interface RawCell {
  /** The `t` attribute (undefined: a number). */
  readonly type: string | undefined;
  /** The `s` attribute as an index, null when absent. */
  readonly style: number | null;
  /** Text of `<v>`, null when the cell has none (empty, or a formula never calculated). */
  readonly value: string | null;
  /** Text of `<is>` (rich runs joined, phonetic runs left out), null when absent. */
  readonly inline: string | null;
}

/** Where a cell sits; asked only when there is a problem to report, so no address is built per cell. */
export interface CellPlace {
  cellRef(): CellRef;
}

export interface CellContext {
  readonly date1904: boolean;
  sharedStrings(): readonly string[];
  isDateStyle(s: number): boolean;
  report(problem: Problem): void;
}

/**
 * The value of a cell; empty text reads as null, as an empty cell does.
 * @example toCellValue({ type: 's', style: null, value: '0', inline: null }, ctx, place) // ctx.sharedStrings()[0]
 */
export function toCellValue(raw: RawCell, ctx: CellContext, at: CellPlace): CellValue {
  const v = raw.value;
  switch (raw.type) {
    case 's':
      return v === null ? null : sharedString(v, ctx, at);
    case 'inlineStr':
      return textOrNull(raw.inline ?? v);
    case 'str':
      return textOrNull(v);
    case 'b':
      return v === null ? null : v.trim() === '1' || v.trim().toLowerCase() === 'true';
    case 'e':
      return v === null ? null : { type: 'error', code: v.trim() };
    case 'd':
      return v === null ? null : isoDate(v, ctx, at);
    default:
      return v === null ? null : number(v, raw.style, ctx, at);
  }
}

/** Digits a double holds exactly: read digit by digit, they give what `Number` gives. */
const MAX_PLAIN_DIGITS = 15;

/**
 * The value of a cell whose `<v>` text, `text[from, to)`, is plain digits (an optional `-` for
 * a number), read in place without cutting the text out: the shared-string index or whole
 * number nearly every cell of a register holds. Undefined when the cell is any other kind, or
 * would raise a problem: then {@link toCellValue} reads it, with the same result it gives here.
 * @example plainCellValue('s', null, '<v>12</v>', 3, 5, ctx) // ctx.sharedStrings()[12]
 */
export function plainCellValue(type: string | undefined, style: number | null, text: string, from: number, to: number, ctx: CellContext): CellValue | undefined {
  const shared = type === 's';
  if (!shared && type !== undefined && type !== 'n') return undefined;
  const negative = !shared && text.charCodeAt(from) === 45; /* - */
  const start = negative ? from + 1 : from;
  if (to <= start || to - start > MAX_PLAIN_DIGITS) return undefined;
  let n = 0;
  for (let at = start; at < to; at++) {
    const d = text.charCodeAt(at) - 48;
    if (d < 0 || d > 9) return undefined;
    n = n * 10 + d;
  }
  if (shared) {
    const strings = ctx.sharedStrings();
    if (n >= strings.length) return undefined;
    return strings[n] === '' ? null : strings[n];
  }
  if (negative) n = -n;
  if (style !== null && ctx.isDateStyle(style)) return { type: 'date', serial: n, day: dayOfSerial(n, ctx.date1904) };
  return n;
}

function textOrNull(text: string | null): string | null {
  return text === null || text === '' ? null : ownCopy(decodeXString(text));
}

function sharedString(v: string, ctx: CellContext, at: CellPlace): string | null {
  const index = Number(v);
  const strings = ctx.sharedStrings();
  if (!Number.isInteger(index) || index < 0 || index >= strings.length) {
    ctx.report(readProblems.sharedStringMissing(at.cellRef(), v.trim()));
    return null;
  }
  return strings[index] === '' ? null : strings[index];
}

function number(v: string, style: number | null, ctx: CellContext, at: CellPlace): CellValue {
  if (v.trim() === '') return null;
  const n = Number(v);
  // Number() also reads hex, binary and "Infinity"; parseFloat() does not: they agree only on decimals.
  if (!Number.isFinite(n) || n !== parseFloat(v)) {
    ctx.report(readProblems.badNumber(at.cellRef(), v));
    return v;
  }
  if (style !== null && ctx.isDateStyle(style)) return { type: 'date', serial: n, day: dayOfSerial(n, ctx.date1904) };
  return n;
}

/** Days already worked out, by whole serial: a register has a few hundred distinct days. */
const DAYS_1900 = new Map<number, CalendarDay | null>();
const DAYS_1904 = new Map<number, CalendarDay | null>();
const MAX_REMEMBERED_DAYS = 100_000;

/** serialToDay, remembered for whole serials (it builds a Date each time it is called). */
function dayOfSerial(serial: number, date1904: boolean): CalendarDay | null {
  if (!Number.isInteger(serial)) return serialToDay(serial, date1904);
  const known = date1904 ? DAYS_1904 : DAYS_1900;
  let day = known.get(serial);
  if (day === undefined) {
    day = serialToDay(serial, date1904);
    if (known.size < MAX_REMEMBERED_DAYS) known.set(serial, day === null ? null : Object.freeze(day));
  }
  return day;
}

const ISO_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/;

/** `t="d"`: an ISO 8601 date, kept as a DateValue with the serial of the workbook's date system. */
function isoDate(v: string, ctx: CellContext, at: CellPlace): CellValue {
  const m = ISO_DATE.exec(v);
  const day = m ? makeDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  if (!m || !day) {
    ctx.report(readProblems.badNumber(at.cellRef(), v));
    return textOrNull(v);
  }
  const seconds = Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0);
  return { type: 'date', serial: dayToSerial(day, ctx.date1904) + seconds / 86_400, day };
}
