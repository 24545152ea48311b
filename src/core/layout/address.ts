/** Column letters and A1 addresses, the way a clerk names cells. Columns are 0-based (A = 0). */

/** Excel's last column, XFD. */
export const MAX_COLUMN = 16_383;

/**
 * The letters of a 0-based column.
 * @example columnLetter(0) // 'A'
 * @example columnLetter(27) // 'AB'
 */
export function columnLetter(col: number): string {
  let n = Math.floor(col) + 1;
  if (!(n >= 1)) return '';
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * The 0-based column of letters such as "D" or "ab" (case and surrounding spaces ignored), or
 * null when they do not name a column of a worksheet (A..XFD).
 * @example columnIndex('D') // 3
 * @example columnIndex('1A') // null
 */
export function columnIndex(letters: string): number | null {
  const text = letters.trim().toUpperCase();
  if (text.length === 0 || text.length > 3) return null;
  let n = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) return null;
    n = n * 26 + (code - 64);
  }
  return n - 1 <= MAX_COLUMN ? n - 1 : null;
}

/**
 * The A1 address of a 1-based row and a 0-based column.
 * @example cellAddress(17, 3) // 'D17'
 */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}
