/**
 * A row's fingerprint, so a marked row can be found again after the clerk sorts the register or
 * inserts rows above it, and is not mistaken for its old self once the clerk edits it.
 *
 * The key is `hash@cols`: an FNV-1a 32-bit hash (hex) of the register's mapped cells of the row,
 * followed by the columns hashed. The columns travel in the key because the host that clears
 * marks has only the mark log and the sheet: it reads those columns and recomputes keys with
 * {@link makeRowKey}, and both sides agree without knowing the layout.
 */
import type { CellValue, FieldName, RegisterLayout, RegisterRecord } from '../types';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const KEY_PATTERN = /^([0-9a-f]{8})@(\d{1,5}(?:,\d{1,5}){0,500})$/;

/**
 * One cell as the fingerprint reads it: a date cell and its serial number read the same, so a
 * host that did not tag a date still finds the row; surrounding spaces do not count.
 */
function readForKey(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  // The test spares a regular-expression pass over every text cell of a sheet-wide search.
  if (typeof value === 'string') return (value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value).trim();
  if (typeof value === 'number') return `n${value}`;
  if (typeof value === 'boolean') return value ? 'b1' : 'b0';
  if (value.type === 'date') return `n${value.serial}`;
  return `e${value.code}`;
}

function hashText(text: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME) >>> 0;
  }
  return h;
}

function hashCode(code: number, seed: number): number {
  return Math.imul(seed ^ code, FNV_PRIME) >>> 0;
}

/**
 * The number a row key is made of: what {@link makeRowKey} prints. A host scanning a whole
 * sheet compares these against the keys it looks for, without a key string per row.
 * @example rowKeyHash((c) => ['1', '县财政局'][c], [0, 1]) === parseRowKey(makeRowKey((c) => ['1', '县财政局'][c], [0, 1]))?.hash // true
 */
export function rowKeyHash(cellAt: (col: number) => CellValue | undefined, cols: readonly number[]): number {
  let h = FNV_OFFSET;
  for (const col of cols) {
    // The column and a separator go in too: "ab" + "" must not hash like "a" + "b". Hashed piece
    // by piece, which FNV makes equal to hashing `${col}\u0001${cell}\u0002` at once.
    h = hashCode(2, hashText(readForKey(cellAt(col)), hashCode(1, hashText(String(col), h))));
  }
  return h;
}

/**
 * A row key from its hash and columns.
 * @example formatRowKey(0xa1b2c3d, [0, 1]) // '0a1b2c3d@0,1'
 */
export function formatRowKey(hash: number, cols: readonly number[]): string {
  return `${hash.toString(16).padStart(8, '0')}@${cols.join(',')}`;
}

/**
 * The key of a row from its cells in the given columns (0-based, ascending).
 * @example makeRowKey((c) => ['1', '县财政局'][c], [0, 1]) // '<8 hex digits>@0,1'
 */
export function makeRowKey(cellAt: (col: number) => CellValue | undefined, cols: readonly number[]): string {
  return formatRowKey(rowKeyHash(cellAt, cols), cols);
}

/**
 * A key of ours taken apart: its hash and the columns it was made from; null when the key is
 * not one of ours.
 * @example parseRowKey('0a1b2c3d@0,1,4') // { hash: 0x0a1b2c3d, cols: [0, 1, 4] }
 */
export function parseRowKey(key: string): { readonly hash: number; readonly cols: number[] } | null {
  const m = KEY_PATTERN.exec(key);
  return m ? { hash: parseInt(m[1], 16), cols: m[2].split(',').map(Number) } : null;
}

/**
 * The columns a key was made from, for the host to read before recomputing keys; null when the
 * key is not one of ours.
 * @example readKeyColumns('0a1b2c3d@0,1,4') // [0, 1, 4]
 */
export function readKeyColumns(key: string): number[] | null {
  return parseRowKey(key)?.cols ?? null;
}

/**
 * The register's mapped columns inside its own table, ascending: what a row key covers.
 * @example keyColumnsOf({ ...layout, columns: { title: 3, receivedDate: 1 }, lastCol: 6 }) // [1, 3]
 */
export function keyColumnsOf(layout: RegisterLayout): number[] {
  const cols = new Set<number>();
  for (const col of Object.values(layout.columns)) if (col !== undefined && col >= 0 && col <= layout.lastCol) cols.add(col);
  return [...cols].sort((a, b) => a - b);
}

/**
 * A function giving each record of a register its key: the record's raw mapped values stand in
 * for the row's cells, so the key equals the one a host computes from the sheet.
 * @example createRecordKeyer(layout)(record) === makeRowKey((c) => sheetRow[c], keyColumnsOf(layout)) // true
 */
export function createRecordKeyer(layout: RegisterLayout): (record: RegisterRecord) => string {
  const cols = keyColumnsOf(layout);
  const fieldAt = new Map<number, FieldName>();
  for (const [field, col] of Object.entries(layout.columns) as Array<[FieldName, number | undefined]>) {
    if (col !== undefined && !fieldAt.has(col)) fieldAt.set(col, field);
  }
  return (record) =>
    makeRowKey((col) => {
      const field = fieldAt.get(col);
      return field === undefined ? undefined : record.values[field];
    }, cols);
}
