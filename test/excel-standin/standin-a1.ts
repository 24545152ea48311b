/**
 * The stand-in's own A1 reader and writer, deliberately separate from the host's (src/hosts/excel/a1.ts)
 * so that a mistake in one is caught by the other. Rows and columns are 0-based here, like Excel's
 * rowIndex/columnIndex.
 */
import { StandinError } from './standin-error';

export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

function lettersToCol(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function colToLetters(col: number): string {
  let out = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

type Ref = { row: number | null; col: number | null };

function parseRef(text: string): Ref | null {
  const cell = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(text);
  if (cell) return { col: lettersToCol(cell[1]), row: Number(cell[2]) - 1 };
  const colOnly = /^\$?([A-Z]{1,3})$/i.exec(text);
  if (colOnly) return { col: lettersToCol(colOnly[1]), row: null };
  const rowOnly = /^\$?(\d{1,7})$/.exec(text);
  if (rowOnly) return { col: null, row: Number(rowOnly[1]) - 1 };
  return null;
}

/** Reads `A1`, `$A$1:$C$5`, `A:C`, `3:5` (no sheet name: worksheet.getRange takes none). */
export function parseRect(address: string): Rect {
  const text = address.trim();
  const [a, b = a, extra] = text.split(':');
  const p = parseRef(a);
  const q = parseRef(b);
  const bad = (): never => {
    throw new StandinError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: '${address}'`);
  };
  if (extra !== undefined || !p || !q) return bad();
  const wholeRows = p.col === null && q.col === null && p.row !== null && q.row !== null;
  const wholeCols = p.row === null && q.row === null && p.col !== null && q.col !== null;
  if (!wholeRows && !wholeCols && (p.row === null || p.col === null || q.row === null || q.col === null)) return bad();
  const r1 = wholeCols ? 0 : (p.row as number);
  const r2 = wholeCols ? MAX_ROWS - 1 : (q.row as number);
  const c1 = wholeRows ? 0 : (p.col as number);
  const c2 = wholeRows ? MAX_COLS - 1 : (q.col as number);
  const rect = { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
  if (rect.row < 0 || rect.col < 0 || rect.row + rect.rows > MAX_ROWS || rect.col + rect.cols > MAX_COLS) return bad();
  return rect;
}

/** Excel quotes a sheet name in an address unless it is letters, digits and underscores. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatRect(sheet: string, r: Rect): string {
  const a = `${colToLetters(r.col)}${r.row + 1}`;
  const single = r.rows === 1 && r.cols === 1;
  return `${quoteSheet(sheet)}!${single ? a : `${a}:${colToLetters(r.col + r.cols - 1)}${r.row + r.rows}`}`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}
