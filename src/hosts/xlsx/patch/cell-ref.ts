/** A1-style references: column letters and cell addresses, 0-based columns and 1-based rows. */

/**
 * Column letters of a 0-based column.
 * @example toColumnLetters(0) // "A"; toColumnLetters(27) // "AB"
 */
export function toColumnLetters(col: number): string {
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
 * The A1 address of a cell.
 * @example toCellAddress(5, 1) // "B5"
 */
export function toCellAddress(row: number, col: number): string {
  return `${toColumnLetters(col)}${row}`;
}

/**
 * The 0-based column of a cell reference such as "B5" or "$AB$12" (letters only are read);
 * -1 when it holds no column letters or a column past XFD.
 * @example readColumnOfRef('AB12') // 27
 */
export function readColumnOfRef(ref: string): number {
  let n = 0;
  let seen = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~32; // upper-case
    if (c >= 65 && c <= 90) {
      n = n * 26 + (c - 64);
      if (++seen > 3) return -1;
    } else if (ref[i] !== '$') break;
  }
  return seen === 0 || n > 16384 ? -1 : n - 1;
}

/**
 * Parses an unsigned decimal attribute value; null when it is not one.
 * @example parseIndex('12') // 12; parseIndex('x') // null
 */
export function parseIndex(text: string | null): number | null {
  if (text === null || !/^\s*\d{1,9}\s*$/.test(text)) return null;
  return Number(text);
}
