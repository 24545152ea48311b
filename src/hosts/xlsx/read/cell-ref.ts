/**
 * A1 references, read without regular expressions or allocation: `r` attributes are parsed once
 * per cell on sheets with millions of them. Rows 1-based, columns 0-based (A = 0).
 */

export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_383;

/**
 * The 0-based column of a reference's letters, -1 when it has none or they pass XFD.
 * @example columnOf('AB12') // 27
 */
export function columnOf(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length && i < 4; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower-cases ASCII letters, leaves digits alone
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === 0 || col - 1 > MAX_COL) return -1;
  return col - 1;
}

/**
 * The 1-based row of a reference, -1 when missing or out of range. `$` anchors are allowed.
 * @example rowOf('AB12') // 12
 */
export function rowOf(ref: string): number {
  let i = 0;
  while (i < ref.length && ref.charCodeAt(i) > 57) i++;
  if (ref[i] === '$') i++;
  let row = 0;
  const start = i;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9 || row > MAX_ROW) return -1;
    row = row * 10 + d;
  }
  return i === start || row < 1 || row > MAX_ROW ? -1 : row;
}

/**
 * The letters of a 0-based column.
 * @example columnLetters(27) // 'AB'
 */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * A range such as `A1:C2` (or a single cell `B3`) as 1-based rows and 0-based columns; null when
 * malformed.
 * @example parseRange('A1:C2') // { top: 1, left: 0, bottom: 2, right: 2 }
 */
export function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b = a] = ref.replace(/\$/g, '').trim().split(':');
  const top = rowOf(a);
  const left = columnOf(a);
  const bottom = rowOf(b);
  const right = columnOf(b);
  if (top < 0 || left < 0 || bottom < 0 || right < 0) return null;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}
