/**
 * The everyday one-click job: paint overdue, due-soon and late-finished items, and take the paint
 * off again exactly. Works through any host: Excel, an .xlsx package, the stand-in in tests.
 */
import type { CalendarDay } from '../core/dates/day';
import type { RowMark } from '../core/marks/mark-types';
import type { ItemStatus, LocalText, RegisterKind } from '../core/types';
import type { ClearOutcome, MarkOutcome, RegisterHost } from '../hosts/host';
import { planMarks, MARKED_STATUSES } from '../core/marks/plan-marks';
import { assessWorkbook, type AssessOptions, type WorkbookAssessment } from './assess-workbook';

export interface SheetHighlight {
  readonly sheet: string;
  readonly kind: RegisterKind;
  readonly counts: Readonly<Record<ItemStatus, number>>;
  readonly marked: MarkOutcome;
}

export interface HighlightReport {
  readonly asOf: CalendarDay;
  readonly sheets: readonly SheetHighlight[];
  readonly missingHolidayYears: readonly number[];
  readonly assessment: WorkbookAssessment;
}

/**
 * A highlight that failed after painting some registers, when taking those marks off failed too
 * (Excel refusing every request from some point on): the clerk is told which registers may still
 * carry marks and how to take them off, never left with a half-state they do not know about.
 */
export class HighlightLeftMarksError extends Error {
  readonly text: LocalText;
  readonly fix: LocalText;
  /** The failure that stopped the highlight (its own text opens `text`). */
  readonly cause: unknown;
  readonly stillMarked: readonly string[];

  constructor(cause: unknown, stillMarked: readonly string[]) {
    const what = textOf(cause);
    const zhNames = stillMarked.map((s) => `“${s}”`).join('、');
    const enNames = stillMarked.map((s) => `"${s}"`).join(', ');
    const text = {
      zh: `${what.zh}。标记未能全部完成，也未能撤回：工作表${zhNames}可能仍带有本次的逾期标记`,
      en: `${what.en}. The highlight could not finish nor be taken back: ${enNames} may still carry its marks.`,
    };
    super(text.en);
    this.name = 'HighlightLeftMarksError';
    this.text = text;
    this.fix = {
      zh: '待 Excel 恢复响应后（可先保存并重新打开工作簿），点击“清除标记”即可去掉这些标记，单元格原来的颜色会恢复；也可以再点一次“标记逾期”',
      en: 'Once Excel responds again (save and reopen the workbook if needed), click "Clear highlights" to take these marks off and get the cells\' own colours back, or run the highlight again.',
    };
    this.cause = cause;
    this.stillMarked = stillMarked;
  }
}

function textOf(error: unknown): LocalText {
  if (typeof error === 'object' && error !== null && 'text' in error) {
    const text: unknown = (error as { text: unknown }).text;
    if (typeof text === 'object' && text !== null && typeof (text as LocalText).zh === 'string' && typeof (text as LocalText).en === 'string') return text as LocalText;
  }
  const message = error instanceof Error ? error.message : String(error);
  return { zh: `操作未能完成（${message}）`, en: `The operation failed (${message})` };
}

/**
 * Re-highlighting replaces the previous status marks of each register (an item due soon last week
 * may be overdue or done now); validation marks are left alone. Hosts that can do it in one pass
 * (replaceMarks) do; the others clear, then mark.
 * @example const report = await highlightOverdue(host, { sheets: ['收文登记'] });
 */
export async function highlightOverdue(host: RegisterHost, options: AssessOptions = {}): Promise<HighlightReport> {
  const assessment = await assessWorkbook(host, options);
  async function* plans(): AsyncGenerator<PlannedSheet> {
    for (const s of assessment.sheets) {
      if (!s.register || !s.assessment || !s.layout.kind) continue;
      yield { sheet: s.info.name, kind: s.layout.kind, counts: s.assessment.counts, marks: planMarks(s.register, s.assessment.items) };
    }
  }
  const sheets = await paintInTurn(host, plans(), options.signal);
  return { asOf: assessment.context.asOf, sheets, missingHolidayYears: assessment.missingHolidayYears, assessment };
}

/** One register's marks, ready to paint. */
export interface PlannedSheet {
  readonly sheet: string;
  readonly kind: RegisterKind;
  readonly counts: Readonly<Record<ItemStatus, number>>;
  readonly marks: readonly RowMark[];
}

/**
 * Paints the registers one after the other as they are planned; when one fails (painting, or
 * reading the next), the ones already painted are taken back.
 */
export async function paintInTurn(host: RegisterHost, plans: AsyncIterable<PlannedSheet>, signal?: AbortSignal): Promise<SheetHighlight[]> {
  const sheets: SheetHighlight[] = [];
  let current: string | null = null;
  try {
    for await (const p of plans) {
      signal?.throwIfAborted();
      current = p.sheet;
      const marked = await remark(host, p.sheet, p.marks);
      sheets.push({ sheet: p.sheet, kind: p.kind, counts: p.counts, marked });
      current = null;
    }
  } catch (e) {
    const left = await takeBack(host, sheets);
    // When Excel refuses even the take-back, the register it stopped on may hold part of its paint too.
    if (left.length > 0) throw new HighlightLeftMarksError(e, current === null ? left : [...left, current]);
    throw e;
  }
  return sheets;
}

async function remark(host: RegisterHost, sheet: string, marks: readonly RowMark[]): Promise<MarkOutcome> {
  if (host.replaceMarks) return (await host.replaceMarks(sheet, MARKED_STATUSES, marks)).marked;
  await host.clearMarks(sheet, MARKED_STATUSES);
  return host.applyMarks(sheet, marks);
}

/**
 * A highlight refused or cancelled on one register takes its marks off the registers it had
 * already painted, so the clerk never sees a workbook half highlighted. The host undoes the
 * refused register itself. Returns the registers whose marks could not be taken off.
 */
async function takeBack(host: RegisterHost, done: readonly SheetHighlight[]): Promise<string[]> {
  const left: string[] = [];
  for (const s of done) {
    try {
      await host.clearMarks(s.sheet, MARKED_STATUSES);
    } catch {
      left.push(s.sheet);
    }
  }
  return left;
}

export interface ClearOptions {
  readonly sheets?: readonly string[];
}

/** Takes the status marks off (one sheet, some sheets, or the whole workbook). */
export async function clearHighlights(host: RegisterHost, options: ClearOptions = {}): Promise<ClearOutcome[]> {
  if (!options.sheets) return [...(await host.clearMarks(undefined, MARKED_STATUSES))];
  const out: ClearOutcome[] = [];
  for (const sheet of options.sheets) out.push(...(await host.clearMarks(sheet, MARKED_STATUSES)));
  return out;
}
