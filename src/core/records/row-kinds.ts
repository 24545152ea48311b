/**
 * What a row under the header is: a record, or one of the rows registers carry that are not
 * records — blank rows, subtotals (合计, 小计), notes (注：, 填表人), a repeated header, a row of
 * column numbers, or a section title ("2025年") when several years share one sheet.
 */
import type { CellValue } from '../types';
import { isBlankCell } from '../text/cell-text';
import { toHalfWidth } from '../text/half-width';
import { minFoldedHeaderLength, normalizeHeader } from '../text/normalize';
import { findRegisterYear } from '../layout/register-year';
import { parseDate } from '../dates/parse-date';

export type RowKind = 'record' | 'blank' | 'subtotal' | 'note' | 'header' | 'section';

export interface RowVerdict {
  readonly kind: RowKind;
  /** The year a section title names ("2025年收文"), for the dates below it. */
  readonly year?: number;
}

export interface RowShape {
  /** The first column of the register's table. */
  readonly firstCol: number;
  /** The last column to look at. */
  readonly lastCol: number;
  /** Folded header text per column, to spot a header repeated inside the data. */
  readonly foldedHeaders: ReadonlyMap<number, string>;
}

const TALLY_WORDS = ['合计', '小计', '总计', '共计', '累计', '總計', '合計', '小計'];
const NOTE_STARTS = [
  '注:', '注1', '注 ', '注：', '说明:', '说明：', '備註', '备注:', '备注：', '填表人', '制表人', '审核人', '填报人',
  '负责人', '联系人', '联系电话', '填表日期', '制表日期', '填报日期', '审核:', '审核：', '主管领导', '单位负责人',
];
const BLANK: RowVerdict = { kind: 'blank' };
const SUBTOTAL: RowVerdict = { kind: 'subtotal' };
const NOTE: RowVerdict = { kind: 'note' };
const HEADER: RowVerdict = { kind: 'header' };
const RECORD: RowVerdict = { kind: 'record' };
/** Notes run a few cells wide at most ("填表人：张三  审核人：李四  日期：…"). */
const MAX_NOTE_CELLS = 4;
/** A subtotal label is short; a long text mentioning 合计 is a title. */
const MAX_TALLY_LABEL = 12;
/** Held once: a regular-expression literal is a new object each time it is evaluated. */
const TALLY_CHAR = /[计計]/;

/**
 * Runs for every text cell of every row, so it allocates nothing on the way to "no": its regular
 * expression is held once, and no closure captures its locals (V8 builds the context of such a
 * closure on entry, whether or not the closure is reached). The two together were a tenth of what
 * a 100,000-row `mark` allocated, 95 of 937 MB.
 */
function isTallyLabel(value: CellValue | undefined): boolean {
  if (typeof value !== 'string' || value.length > MAX_TALLY_LABEL * 3 || !TALLY_CHAR.test(value)) return false;
  // A title that mentions 统计 or 会计 is too long to be a label: known without folding it.
  if (minFoldedHeaderLength(value) > MAX_TALLY_LABEL) return false;
  return isTallyWord(normalizeHeader(value));
}

function isTallyWord(folded: string): boolean {
  if (folded.length > MAX_TALLY_LABEL) return false;
  for (const word of TALLY_WORDS) if (folded.includes(word)) return true;
  return false;
}

function isNoteStart(value: CellValue | undefined): boolean {
  if (typeof value !== 'string') return false;
  const text = toHalfWidth(value.trimStart().slice(0, 8));
  return NOTE_STARTS.some((w) => text.startsWith(w));
}

/** 1, 2, 3 … across the columns: the numbered row some forms put under the header. */
function isColumnNumber(value: CellValue | undefined, n: number): boolean {
  if (typeof value === 'number') return value === n;
  // The texts to compare with are built only for a text cell.
  return typeof value === 'string' && (value === String(n) || value === `(${n})` || value === `（${n}）`);
}

function countHeaderEchoes(cells: ReadonlyArray<CellValue | undefined>, shape: RowShape, firstFilledCol: number): number {
  // A repeated header repeats its first cell too: folding one cell per row keeps reading linear and cheap.
  const first = cells[firstFilledCol];
  const firstHeader = shape.foldedHeaders.get(firstFilledCol);
  if (typeof first !== 'string' || firstHeader === undefined || normalizeHeader(first) !== firstHeader) return 0;
  let echoes = 0;
  for (const [col, folded] of shape.foldedHeaders) {
    const value = cells[col];
    if (typeof value === 'string' && value.length <= 40 && normalizeHeader(value) === folded) echoes++;
  }
  return echoes;
}

/**
 * Sorts one row. `afterNote` says a note row came just before: short rows after it are notes too.
 * @example classifyRow(['合计', null, 12], shape, false) // { kind: 'subtotal' }
 */
export function classifyRow(cells: ReadonlyArray<CellValue | undefined> | undefined, shape: RowShape, afterNote: boolean): RowVerdict {
  if (!cells) return BLANK;
  // One pass, no allocation: this runs for every row of the sheet.
  let filled = 0;
  let first: CellValue | undefined;
  let firstFilledCol = -1;
  let tally = false;
  let numbering = true;
  const end = Math.min(cells.length - 1, shape.lastCol);
  for (let col = shape.firstCol; col <= end; col++) {
    const value = cells[col];
    if (isBlankCell(value)) continue;
    filled++;
    if (firstFilledCol < 0) {
      firstFilledCol = col;
      first = value;
    }
    if (numbering && !isColumnNumber(value, filled)) numbering = false;
    if (!tally && isTallyLabel(value)) tally = true;
  }
  if (filled === 0) return BLANK;
  if (tally) return SUBTOTAL;
  if (filled <= MAX_NOTE_CELLS && (isNoteStart(first) || (afterNote && typeof first === 'string' && filled <= 2))) return NOTE;
  if (numbering && filled >= 3) return HEADER;
  if (filled >= 2 && countHeaderEchoes(cells, shape, firstFilledCol) * 2 >= Math.max(2, filled)) return HEADER;
  if (filled === 1 && firstFilledCol === shape.firstCol && typeof first === 'string') {
    // A lone date in the first column is a record begun, not a section title.
    const year = parseDate(first).ok ? null : findRegisterYear([first], '');
    if (year !== null) return { kind: 'section', year };
  }
  return RECORD;
}
