/**
 * The header of each column, read from one or two header rows. With two rows, a parent merged
 * across several columns ("办理情况" over "办结日期" and "办理结果") leaves the meaning to its
 * children, and a parent merged down over both rows is the whole header of its column.
 */
import type { Grid } from '../types';
import { readCellText } from '../text/cell-text';
import { normalizeHeader } from '../text/normalize';
import { readCell } from './grid-cells';
import type { MergeLookup } from './merges';

export interface HeaderCell {
  readonly col: number;
  /** As the clerk wrote it, line breaks kept; a parent and child read "办理情况/办结日期". */
  readonly text: string;
  /** Folded wordings to match, surest first, each with how much a match through it counts. */
  readonly wordings: ReadonlyArray<{ readonly folded: string; readonly weight: number }>;
}

/** Matching the parent and child read together ("来文" over "单位") counts a little less. */
const JOINED_WEIGHT = 0.9;

/** The text of the cell at row/col, taken from its merge's top-left cell; '' for the rest of a merge. */
function readOwnText(grid: Grid, merges: MergeLookup, row: number, col: number): string {
  const m = merges.find(row, col);
  if (m && m.left !== col) return '';
  const value = m ? readCell(grid, m.top, m.left) : readCell(grid, row, col);
  return readCellText(value).trim();
}

/** The text of whatever covers row/col, a wide parent included. */
function readCoveringText(grid: Grid, merges: MergeLookup, row: number, col: number): string {
  const m = merges.find(row, col);
  return readCellText(m ? readCell(grid, m.top, m.left) : readCell(grid, row, col)).trim();
}

function single(col: number, text: string): HeaderCell {
  return { col, text, wordings: [{ folded: normalizeHeader(text), weight: 1 }] };
}

function readTwoRowCell(grid: Grid, merges: MergeLookup, top: number, col: number): HeaderCell | null {
  const topMerge = merges.find(top, col);
  const bottomMerge = merges.find(top + 1, col);
  if (topMerge && topMerge === bottomMerge) {
    // One cell merged down over both rows: the header of its column.
    const text = readOwnText(grid, merges, top, col);
    return text ? single(col, text) : null;
  }
  const parent = readCoveringText(grid, merges, top, col);
  const child = readOwnText(grid, merges, top + 1, col);
  if (!child) {
    const own = readOwnText(grid, merges, top, col);
    return own ? single(col, own) : null;
  }
  if (!parent) return single(col, child);
  const childFolded = normalizeHeader(child);
  return {
    col,
    text: `${parent}/${child}`,
    wordings: [
      { folded: childFolded, weight: 1 },
      { folded: normalizeHeader(parent) + childFolded, weight: JOINED_WEIGHT },
    ],
  };
}

/**
 * Reads the header cell of every column up to `width`, from the rows top..bottom (one or two).
 * @example readHeaderCells(grid, merges, [2, 3], 10).map((c) => c.text) // ['序号', …, '办理情况/办结日期', '办理情况/办理结果']
 */
export function readHeaderCells(
  grid: Grid,
  merges: MergeLookup,
  rows: readonly [number, number],
  width: number,
): HeaderCell[] {
  const cells: HeaderCell[] = [];
  for (let col = 0; col < width; col++) {
    if (rows[0] === rows[1]) {
      const text = readOwnText(grid, merges, rows[0], col);
      if (text) cells.push(single(col, text));
    } else {
      const cell = readTwoRowCell(grid, merges, rows[0], col);
      if (cell) cells.push(cell);
    }
  }
  return cells;
}
