/** Reading cells out of a Grid by sheet row and column, whatever band of rows it holds. */
import type { CellValue, Grid } from '../types';

/**
 * The value at a 1-based sheet row and 0-based column, or undefined outside the grid.
 * @example readCell(grid, 3, 0) // the value of A3
 */
export function readCell(grid: Grid, row: number, col: number): CellValue | undefined {
  const cells = grid.rows[row - grid.top];
  return cells === undefined ? undefined : cells[col];
}

/**
 * The 1-based sheet row of the grid's last row (grid.top - 1 for an empty grid).
 * @example lastGridRow({ sheet: 'S', top: 5, rows: [[1], [2]] }) // 6
 */
export function lastGridRow(grid: Grid): number {
  return grid.top + grid.rows.length - 1;
}

/**
 * One past the last column any of the given sheet rows reaches.
 * @example countColumns(grid, 1, 30)
 */
export function countColumns(grid: Grid, fromRow: number, toRow: number): number {
  let width = 0;
  for (let row = Math.max(fromRow, grid.top); row <= Math.min(toRow, lastGridRow(grid)); row++) {
    width = Math.max(width, grid.rows[row - grid.top]?.length ?? 0);
  }
  return width;
}
