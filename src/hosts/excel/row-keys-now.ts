/**
 * Row keys as they are now, computed from raw Office.js values with core's makeRowKey, so that
 * clearMarks finds a marked row again after a sort. A date's serial keys like its DateValue, so
 * no number formats are needed; an error shows as its code string and is keyed as an error.
 */
import { makeRowKey, readKeyColumns } from '../../core/marks/row-key';
import type { MarkLogEntry } from '../../core/marks/mark-types';
import type { CellValue } from '../../core/types';
import { looksLikeError } from './cell-values';

function keyValue(raw: unknown): CellValue {
  if (raw === '' || raw === null || raw === undefined) return null;
  if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (looksLikeError(raw)) return { type: 'error', code: raw };
  return String(raw);
}

/**
 * The key of one row from its raw values (indexed by sheet column).
 * @example keyOfRow(['1', '县财政局'], [0, 1]) === makeRowKey((c) => ['1', '县财政局'][c], [0, 1]) // true
 */
export function keyOfRow(raw: readonly unknown[] | undefined, cols: readonly number[]): string {
  return makeRowKey((c) => keyValue(raw?.[c]), cols);
}

/** The columns each entry's key covers (none for a key that is not the add-in's). */
export function keyColumnsOfEntry(entry: MarkLogEntry): number[] {
  return readKeyColumns(entry.key) ?? [];
}

/**
 * Current rows by key, for every column set the entries' keys use. `rows[i]` is sheet row `top + i`.
 * @example rowsByKeyOf(entries, rows, 1).get(entries[0].key) // [12]
 */
export function rowsByKeyOf(entries: readonly MarkLogEntry[], rows: ReadonlyArray<readonly unknown[] | undefined>, top: number): Map<string, number[]> {
  const sets = new Map<string, number[]>();
  for (const e of entries) {
    const cols = keyColumnsOfEntry(e);
    sets.set(cols.join(','), cols);
  }
  const out = new Map<string, number[]>();
  for (const cols of sets.values()) {
    rows.forEach((raw, i) => {
      const key = keyOfRow(raw, cols);
      const list = out.get(key);
      if (list) list.push(top + i);
      else out.set(key, [top + i]);
    });
  }
  return out;
}
