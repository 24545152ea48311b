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

/**
 * One cell as the fingerprint reads it: a date cell and its serial number read the same, so a
 * host that did not tag a date still finds the row; surrounding spaces do not count.
 */
function readForKey(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n').trim();
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

/**
 * The key of a row from its cells in the given columns (0-based, ascending).
 * @example makeRowKey((c) => ['1', '县财政局'][c], [0, 1]) // '<8 hex digits>@0,1'
 */
export function makeRowKey(cellAt: (col: number) => CellValue | undefined, cols: readonly number[]): string {
  let h = FNV_OFFSET;
  for (const col of cols) {
    // The column and a separator go in too: "ab" + "" must not hash like "a" + "b".
    h = hashText(`${col}\u0001${readForKey(cellAt(col))}\u0002`, h);
  }
  return `${h.toString(16).padStart(8, '0')}@${cols.join(',')}`;
}

/**
 * The columns a key was made from, for the host to read before recomputing keys; null when the
 * key is not one of ours.
 * @example readKeyColumns('0a1b2c3d@0,1,4') // [0, 1, 4]
 */
export function readKeyColumns(key: string): number[] | null {
  const m = /^[0-9a-f]{8}@(\d{1,5}(?:,\d{1,5}){0,500})$/.exec(key);
  return m ? m[1].split(',').map(Number) : null;
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
