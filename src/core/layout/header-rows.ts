/**
 * Finds the header among the first rows of a sheet: the row whose cells most read like field
 * names, below any merged title, combined with the row above or below when the header spans two
 * rows (a merged parent over its children, or parents merged down over both rows).
 */
import type { CellValue, Grid } from '../types';
import { readCellText, isBlankCell } from '../text/cell-text';
import { normalizeHeader } from '../text/normalize';
import { readsAsDate } from './reads-as-date';
import { readCell } from './grid-cells';
import { isWide, type MergeLookup } from './merges';
import { isGenericDateHeader, matchHeader } from './match-header';
import { memoizeByText } from '../deadlines/memo-by-text';

/** How many rows from the top of the sheet the header may sit in. */
export const HEADER_SCAN_ROWS = 30;
/** A header cell counts as a field name from this match score on. */
const STRONG_MATCH = 0.6;

export interface RowReading {
  readonly row: number;
  /** Cells holding something, a merge counted once. */
  readonly filled: number;
  /** Cells that name a field. */
  readonly named: number;
  /** Cells that hold numbers or dates, as data rows do and header rows do not. */
  readonly dataLike: number;
  /** Columns (0-based) that hold something. */
  readonly cols: readonly number[];
  /** Columns whose cell names a field. */
  readonly namedCols: readonly number[];
  /** Cells written as a form line, "单位：青山镇党政办", which a header cell never is. */
  readonly formCells: number;
}

/** "填报单位：县政府督查室", "年度: 2026": a label, a colon, then a value. */
const FORM_LINE = /[:：]\s*\S/;

function isDataLike(value: CellValue | undefined): boolean {
  if (typeof value === 'number' || typeof value === 'boolean') return true;
  if (typeof value === 'object' && value !== null && value.type === 'date') return true;
  return typeof value === 'string' && value.length <= 40 && readsAsDate(value);
}

/** What a text says as a cell of a possible header row. */
interface HeaderText {
  readonly formLine: boolean;
  readonly names: boolean;
}

/**
 * What a text says as a header cell, remembered by the text as written. Every text cell of the
 * top rows is asked, and the workbooks of one summary (one per township) repeat each other's
 * headers, units and names: a repeated text is a lookup, not a folding and a match. Bounded, for
 * a task pane that stays open all day.
 */
const readHeaderText = memoizeByText((text: string): HeaderText => {
  const folded = normalizeHeader(text);
  const best = folded.length > 30 ? undefined : matchHeader(folded)[0];
  const names = folded.length <= 30 && ((best !== undefined && best.score >= STRONG_MATCH) || isGenericDateHeader(folded));
  return { formLine: FORM_LINE.test(text.slice(0, 60)), names };
}, 20_000);

/**
 * Reads one row as a possible header row: what it holds, and which cells name a field.
 * @example readRow(gridOf('S', [['序号', '收文日期', 3]]), merges, 1, 3) // { row: 1, filled: 3, named: 2, dataLike: 1, formCells: 0, … }
 */
export function readRow(grid: Grid, merges: MergeLookup, row: number, width: number): RowReading {
  const cols: number[] = [];
  const namedCols: number[] = [];
  let dataLike = 0;
  let formCells = 0;
  for (let col = 0; col < width; col++) {
    const m = merges.find(row, col);
    if (m && (m.left !== col || m.top !== row)) continue;
    const value = readCell(grid, row, col);
    if (isBlankCell(value)) continue;
    cols.push(col);
    if (isDataLike(value)) {
      dataLike++;
      continue;
    }
    const reading = readHeaderText(readCellText(value));
    if (reading.formLine) formCells++;
    if (reading.names) namedCols.push(col);
  }
  return { row, filled: cols.length, named: namedCols.length, dataLike, cols, namedCols, formCells };
}

function scoreRow(r: RowReading): number {
  if (r.filled < 2 || r.named < 2) return 0;
  return r.named + 0.1 * (r.filled - r.named - r.dataLike) - 0.5 * r.dataLike;
}

function hasMergeDownFrom(merges: MergeLookup, row: number, cols: readonly number[]): boolean {
  return cols.some((col) => {
    const m = merges.find(row, col);
    return m !== undefined && m.top === row && m.bottom === row + 1;
  });
}

function hasWideParentOver(merges: MergeLookup, parent: RowReading, child: RowReading): boolean {
  return parent.cols.some((col) => {
    const m = merges.find(parent.row, col);
    return m !== undefined && isWide(m) && m.bottom === parent.row && child.cols.some((c) => c >= m.left && c <= m.right);
  });
}

/** True when `child` reads as the second row of a header whose first row is `parent`. */
function isChildRow(merges: MergeLookup, parent: RowReading, child: RowReading): boolean {
  if (child.filled === 0 || child.dataLike > 0 || parent.filled < 2 || parent.formCells > 0) return false;
  if (hasMergeDownFrom(merges, parent.row, parent.cols)) return true;
  // A merged title over the table is wide too, but names no field.
  if (parent.named > 0 && hasWideParentOver(merges, parent, child)) return true;
  // Without merges: the second row names fields, some of them under blank cells of the first.
  const underBlank = child.namedCols.some((c) => !parent.cols.includes(c));
  return underBlank && child.named * 2 >= child.filled;
}

/**
 * The first and last header rows (equal for a one-row header), or null when no row among the
 * first {@link HEADER_SCAN_ROWS} reads like a header.
 * @example findHeaderRows(gridOf('收文', [['2026年收文登记簿'], ['序号', '收文日期', '来文单位']]), merges, 3) // [2, 2]
 */
export function findHeaderRows(grid: Grid, merges: MergeLookup, width: number): readonly [number, number] | null {
  const last = Math.min(grid.top + grid.rows.length - 1, grid.top + HEADER_SCAN_ROWS - 1);
  const readings: RowReading[] = [];
  let best: RowReading | null = null;
  let bestScore = 0;
  for (let row = grid.top; row <= last; row++) {
    const reading = readRow(grid, merges, row, width);
    readings.push(reading);
    const score = scoreRow(reading);
    if (score > bestScore) {
      best = reading;
      bestScore = score;
    }
  }
  if (!best) return null;
  const index = best.row - grid.top;
  const above = readings[index - 1];
  const below = readings[index + 1] ?? (best.row < grid.top + grid.rows.length - 1 ? readRow(grid, merges, best.row + 1, width) : undefined);
  if (below && isChildRow(merges, best, below)) return [best.row, best.row + 1];
  if (above && isChildRow(merges, above, best)) return [above.row, best.row];
  return [best.row, best.row];
}
