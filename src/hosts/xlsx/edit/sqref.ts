/**
 * Cell ranges as a data validation's `sqref` states them ("F3:F22 H3:H22", "$B$3", "K:K"), and
 * the two operations installing a rule needs: does a rule's column band meet a range, and what
 * is left of a range once that band is cut out of it.
 */
import { readColumnOfRef, toCellAddress, toColumnLetters } from '../patch/cell-ref';

/** Excel's last row and column (0-based XFD). */
export const LAST_ROW = 1_048_576;
export const LAST_COL = 16_383;

/** A rectangle: 1-based rows, 0-based columns, inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const REF = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?$/;

function readEnd(text: string): { col: number | null; row: number | null } | null {
  const m = REF.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  const col = m[1] === undefined ? null : readColumnOfRef(m[1]);
  const row = m[2] === undefined ? null : Number(m[2]);
  if (col !== null && col < 0) return null;
  if (row !== null && (row < 1 || row > LAST_ROW)) return null;
  return { col, row };
}

/**
 * One reference: a cell, a rectangle, whole columns ("K:K") or whole rows ("3:5").
 * @example parseRange('F3:F22') // { top: 3, left: 5, bottom: 22, right: 5 }
 */
export function parseRange(text: string): CellRange | null {
  const [a, b, extra] = text.split(':');
  if (extra !== undefined) return null;
  const from = readEnd(a);
  const to = b === undefined ? from : readEnd(b);
  if (!from || !to) return null;
  // Whole columns or rows are written as a span ("K:K", "3:3"), never alone.
  if (b === undefined && (from.col === null || from.row === null)) return null;
  // A column-only end ("K") spans every row; a row-only end ("3") every column.
  if ((from.row === null) !== (to.row === null) || (from.col === null) !== (to.col === null)) return null;
  const top = from.row ?? 1;
  const bottom = to.row ?? LAST_ROW;
  const left = from.col ?? 0;
  const right = to.col ?? LAST_COL;
  return { top: Math.min(top, bottom), bottom: Math.max(top, bottom), left: Math.min(left, right), right: Math.max(left, right) };
}

/**
 * Every range of a space-separated sqref; null when any part of it cannot be read.
 * @example parseSqref('F3:F22 H3') // [{ top: 3, left: 5, bottom: 22, right: 5 }, { top: 3, left: 7, bottom: 3, right: 7 }]
 */
export function parseSqref(text: string): CellRange[] | null {
  const parts = text.trim().split(/\s+/).filter((p) => p !== '');
  if (parts.length === 0) return null;
  const ranges: CellRange[] = [];
  for (const part of parts) {
    const range = parseRange(part);
    if (!range) return null;
    ranges.push(range);
  }
  return ranges;
}

/**
 * A range in A1 form, whole columns as "K:K" and single cells as "K3".
 * @example formatRange({ top: 3, left: 5, bottom: 22, right: 5 }) // 'F3:F22'
 */
export function formatRange(r: CellRange): string {
  if (r.top === 1 && r.bottom === LAST_ROW) return `${toColumnLetters(r.left)}:${toColumnLetters(r.right)}`;
  if (r.top === r.bottom && r.left === r.right) return toCellAddress(r.top, r.left);
  return `${toCellAddress(r.top, r.left)}:${toCellAddress(r.bottom, r.right)}`;
}

/** @example formatSqref([a, b]) // 'F3:F22 H3:H22' */
export function formatSqref(ranges: readonly CellRange[]): string {
  return ranges.map(formatRange).join(' ');
}

/** @example rangesMeet(parseRange('F3:F22')!, parseRange('F20:F40')!) // true */
export function rangesMeet(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/**
 * What is left of `range` once `cut` is taken out: up to four rectangles (above, below, left,
 * right of the cut), the range itself when they do not meet.
 * @example subtractRange(parseRange('F3:F22')!, parseRange('F10:F1000')!) // [F3:F9]
 */
export function subtractRange(range: CellRange, cut: CellRange): CellRange[] {
  if (!rangesMeet(range, cut)) return [range];
  const out: CellRange[] = [];
  const top = Math.max(range.top, cut.top);
  const bottom = Math.min(range.bottom, cut.bottom);
  if (range.top < cut.top) out.push({ ...range, bottom: cut.top - 1 });
  if (range.bottom > cut.bottom) out.push({ ...range, top: cut.bottom + 1 });
  if (range.left < cut.left) out.push({ top, bottom, left: range.left, right: cut.left - 1 });
  if (range.right > cut.right) out.push({ top, bottom, left: cut.right + 1, right: range.right });
  return out;
}
