/**
 * Column widths of a generated sheet: the width a spec gives, else one estimated from the
 * header and the values (CJK characters count two), kept between 6 and 50 characters.
 */
import type { SpecTable, SpecValue } from '../../../core/sheet-spec';
import { measureDisplayWidth } from './cell-text';

const MIN_WIDTH = 6;
const MAX_WIDTH = 50;
/** A date written as 2026年3月5日 takes about this many columns. */
const DATE_WIDTH = 12;

function valueWidth(value: SpecValue | undefined): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'string') return measureDisplayWidth(value);
  if (typeof value === 'number') return String(value).length;
  if (typeof value === 'boolean') return 5;
  if ('day' in value) return DATE_WIDTH;
  return measureDisplayWidth(value.text);
}

/**
 * One width per column (0 … width-1), in Excel's character units. Linear in the cells.
 * @example estimateColumnWidths([{ columns: [{ header: '承办单位' }], rows: [['县财政局']] }], 1) // [10]
 */
export function estimateColumnWidths(tables: readonly SpecTable[], width: number): number[] {
  const given: Array<number | undefined> = new Array(width).fill(undefined);
  const seen: number[] = new Array(width).fill(0);
  for (const table of tables) {
    table.columns.forEach((column, c) => {
      if (column.width !== undefined && column.width > 0) given[c] = Math.max(given[c] ?? 0, column.width);
      seen[c] = Math.max(seen[c], measureDisplayWidth(column.header));
    });
    for (const row of table.rows) {
      for (let c = 0; c < table.columns.length; c++) seen[c] = Math.max(seen[c], valueWidth(row[c]));
    }
  }
  return seen.map((w, c) => given[c] ?? Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2)));
}
