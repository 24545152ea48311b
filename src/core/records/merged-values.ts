/**
 * Values of cells merged down over several records (承办单位 merged over three rows): each row the
 * merge covers reads the merge's value. Built once from the merge list, so reading stays linear.
 */
import type { CellValue, Grid } from '../types';
import { readCell } from '../layout/grid-cells';

export interface MergedValues {
  /** The value a merge from a row above gives this cell, if any. */
  find(row: number, col: number): CellValue | undefined;
}

const NONE: MergedValues = { find: () => undefined };

/**
 * Indexes the merges that reach down over data rows in the given columns.
 * @example indexMergedValues(grid, [5], 3).find(4, 5) // the value of F3 when F3:F5 is merged
 */
export function indexMergedValues(grid: Grid, cols: readonly number[], firstRow: number): MergedValues {
  const wanted = new Set(cols);
  const byCell = new Map<string, CellValue>();
  for (const m of grid.merges ?? []) {
    if (m.bottom <= m.top || m.bottom < firstRow) continue;
    const value = readCell(grid, m.top, m.left);
    if (value === undefined || value === null) continue;
    for (let col = m.left; col <= m.right; col++) {
      if (!wanted.has(col)) continue;
      for (let row = Math.max(m.top + 1, firstRow); row <= m.bottom; row++) byCell.set(`${row}:${col}`, value);
    }
  }
  return byCell.size === 0 ? NONE : { find: (row, col) => byCell.get(`${row}:${col}`) };
}
