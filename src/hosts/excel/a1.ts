/**
 * A1 addresses as Office.js writes and reads them. Rows here are 1-based sheet rows and columns
 * 0-based (A = 0), the convention of src/core/types.ts.
 */
import type { MergedRange } from '../../core/types';

/**
 * Column letters of a 0-based column.
 * @example columnLetters(0) // 'A'
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
 * The address of a rectangle, without a sheet name (what `worksheet.getRange` takes).
 * @example formatArea({ top: 5, left: 0, bottom: 5, right: 5 }) // 'A5:F5'
 */
export function formatArea(area: MergedRange): string {
  const start = `${columnLetters(area.left)}${area.top}`;
  if (area.top === area.bottom && area.left === area.right) return start;
  return `${start}:${columnLetters(area.right)}${area.bottom}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function columnIndexOf(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Splits on top-level commas, keeping quoted sheet names ('a,b'!A1) whole. */
function splitTopLevel(address: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/**
 * Reads one rectangle such as `Sheet1!$A$1:$C$2`, `'收文 登记'!B3` or `A1:C2`; null when the text
 * is not a cell rectangle (whole rows or columns included).
 * @example parseArea("'收文'!$A$1:$C$2") // { top: 1, left: 0, bottom: 2, right: 2 }
 */
export function parseArea(address: string): MergedRange | null {
  const bang = address.lastIndexOf('!');
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const [first, second = first] = local.split(':');
  const a = CELL.exec(first);
  const b = CELL.exec(second);
  if (!a || !b) return null;
  const r1 = Number(a[2]);
  const r2 = Number(b[2]);
  const c1 = columnIndexOf(a[1]);
  const c2 = columnIndexOf(b[1]);
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

/**
 * Reads the comma-separated address of a multi-area range (`RangeAreas.address`).
 * @example parseAreaList('S!A1:C1,S!A3') // [{ top: 1, left: 0, bottom: 1, right: 2 }, { top: 3, left: 0, bottom: 3, right: 0 }]
 */
export function parseAreaList(address: string): MergedRange[] {
  const out: MergedRange[] = [];
  for (const part of splitTopLevel(address)) {
    const area = parseArea(part);
    if (area) out.push(area);
  }
  return out;
}
