/**
 * Which merged range covers a cell, for the few header rows the detector looks at. Built once
 * for a band of rows, so lookups cost nothing per cell.
 */
import type { Grid, MergedRange } from '../types';

export interface MergeLookup {
  /** The merged range covering the cell, if any. */
  find(row: number, col: number): MergedRange | undefined;
}

/** Merges wider than this are clipped: no register has a header thousands of columns wide. */
const MAX_INDEXED_COLUMNS = 512;

/**
 * Indexes the merges that touch rows fromRow..toRow.
 * @example indexMerges(grid, 1, 3).find(1, 2) // the title merge A1:H1 covers C1
 */
export function indexMerges(grid: Grid, fromRow: number, toRow: number): MergeLookup {
  const byCell = new Map<string, MergedRange>();
  for (const m of grid.merges ?? []) {
    if (m.bottom < fromRow || m.top > toRow) continue;
    const right = Math.min(m.right, m.left + MAX_INDEXED_COLUMNS);
    for (let row = Math.max(m.top, fromRow); row <= Math.min(m.bottom, toRow); row++) {
      for (let col = m.left; col <= right; col++) byCell.set(`${row}:${col}`, m);
    }
  }
  return { find: (row, col) => byCell.get(`${row}:${col}`) };
}

/**
 * True when a merged range spans more than one column.
 * @example isWide({ top: 1, left: 0, bottom: 1, right: 7 }) // true
 */
export function isWide(m: MergedRange): boolean {
  return m.right > m.left;
}
