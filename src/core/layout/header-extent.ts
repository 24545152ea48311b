/**
 * Where the register's own table ends: the run of header cells from the first, allowing one
 * blank header between neighbours. A note or a second table further right is not the register.
 */
import type { HeaderCell } from './header-cells';
import type { MergeLookup } from './merges';

/** Header cells may sit this many blank columns apart and still be one table. */
const MAX_GAP = 1;

/**
 * The header cells of the table and its last column.
 * @example findTableExtent(cells, merges, [2, 2]).lastCol // 9
 */
export function findTableExtent(
  cells: readonly HeaderCell[],
  merges: MergeLookup,
  rows: readonly [number, number],
): { readonly cells: HeaderCell[]; readonly lastCol: number } {
  const kept: HeaderCell[] = [];
  let lastCol = -1;
  for (const cell of cells) {
    if (kept.length > 0 && cell.col > lastCol + MAX_GAP + 1) break;
    kept.push(cell);
    let right = cell.col;
    for (let row = rows[0]; row <= rows[1]; row++) {
      const m = merges.find(row, cell.col);
      if (m && m.left === cell.col) right = Math.max(right, m.right);
    }
    lastCol = Math.max(lastCol, right);
  }
  return { cells: kept, lastCol };
}
