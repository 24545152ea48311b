/**
 * Values of cells merged down over several records (承办单位 merged over three rows): each row the
 * merge covers reads the merge's value. Built once from the merge list, so reading stays linear.
 */
import type { CellValue, Grid, MergedRange } from '../types';
import { readCell } from '../layout/grid-cells';

export interface MergedValues {
  /** The value a merge from a row above gives this cell, if any. */
  find(row: number, col: number): CellValue | undefined;
}

const NONE: MergedValues = { find: () => undefined };

/**
 * Indexes the merges that reach down over data rows in the given columns, within the grid's rows.
 * `anchorValue` gives a merge's value when its top-left cell lies above the grid (a band read
 * after the one that held it).
 * @example indexMergedValues(grid, [5], 3).find(4, 5) // the value of F3 when F3:F5 is merged
 */
export function indexMergedValues(
  grid: Grid,
  cols: readonly number[],
  firstRow: number,
  anchorValue: (m: MergedRange) => CellValue | undefined = (m) => readCell(grid, m.top, m.left),
): MergedValues {
  const wanted = new Set(cols);
  const byCell = new Map<string, CellValue>();
  const lastRow = grid.top + grid.rows.length - 1;
  for (const m of grid.merges ?? []) {
    if (m.bottom <= m.top || m.bottom < firstRow || m.bottom < grid.top || m.top > lastRow) continue;
    const value = anchorValue(m);
    if (value === undefined || value === null) continue;
    for (let col = m.left; col <= m.right; col++) {
      if (!wanted.has(col)) continue;
      // Only the grid's own rows: a merge down to row 1,048,576 must not cost a million entries.
      for (let row = Math.max(m.top + 1, firstRow, grid.top); row <= Math.min(m.bottom, lastRow); row++) byCell.set(`${row}:${col}`, value);
    }
  }
  return byCell.size === 0 ? NONE : { find: (row, col) => byCell.get(`${row}:${col}`) };
}
