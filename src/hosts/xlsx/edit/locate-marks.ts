/**
 * Where the logged marks of one sheet are now. Status marks cover a row each and are found as
 * the .xlsx host's clear finds them (by row key, one entry per row). A validation mark covers
 * one cell, and a row may carry several, so each is found on its own: the row holding its key
 * (its own row first, when that still does), else where it was.
 */
import { locateMarkedRows } from '../../../core/marks/find-marked-row';
import type { FillState, MarkKind, MarkLogEntry } from '../../../core/marks/mark-types';
import { readKeyColumns } from '../../../core/marks/row-key';

/**
 * The sheet's rows by the key their cells in `cols` give now. Only the `wanted` keys matter: a
 * reader may leave every other row out (and should, on a large sheet).
 */
export type KeyRowsOf = (cols: readonly number[], wanted: ReadonlySet<string>) => ReadonlyMap<string, readonly number[]>;

/** A status mark over a cell: its kind and what was under it. */
export interface CoveringMark {
  readonly kind: MarkKind;
  readonly before: FillState;
  readonly entry: MarkLogEntry;
}

/** A logged mark and the row it is on now (null: not found). */
export interface LocatedMark {
  readonly entry: MarkLogEntry;
  readonly row: number | null;
}

/**
 * The current rows of every key the entries name, one read per set of key columns.
 * @example readEntryKeys(entries, keyRowsOf).get(entries[0].key) // [16]
 */
export function readEntryKeys(entries: readonly MarkLogEntry[], keyRowsOf: KeyRowsOf): Map<string, readonly number[]> {
  const byCols = new Map<string, { cols: number[]; keys: Set<string> }>();
  for (const e of entries) {
    const cols = readKeyColumns(e.key);
    if (!cols) continue;
    const group = byCols.get(cols.join(','));
    if (group) group.keys.add(e.key);
    else byCols.set(cols.join(','), { cols, keys: new Set([e.key]) });
  }
  const all = new Map<string, readonly number[]>();
  // Keys carry their columns, so reads over different column sets never collide.
  for (const { cols, keys } of byCols.values()) for (const [key, rows] of keyRowsOf(cols, keys)) if (keys.has(key)) all.set(key, rows);
  return all;
}

/**
 * Status entries found as the host's clear finds them.
 * @example locateStatusMarks(statusEntries, keys)[0].row // 16
 */
export function locateStatusMarks(entries: readonly MarkLogEntry[], keys: ReadonlyMap<string, readonly number[]>): LocatedMark[] {
  return locateMarkedRows(entries, keys, () => true).map(({ entry, at }) => ({ entry, row: at?.row ?? null }));
}

/**
 * Validation (single-cell) entries, each found on its own.
 * @example locateCellMarks(invalidEntries, keys)[0].row // 16
 */
export function locateCellMarks(entries: readonly MarkLogEntry[], keys: ReadonlyMap<string, readonly number[]>): LocatedMark[] {
  return entries.map((entry) => {
    const rows = keys.get(entry.key) ?? [];
    return { entry, row: rows.includes(entry.row) ? entry.row : (rows[0] ?? entry.row) };
  });
}

/**
 * Row → column → the status mark covering that cell now.
 * @example mapCoverage(locateStatusMarks(statusEntries, keys)).get(16)?.get(3)?.kind // 'overdue'
 */
export function mapCoverage(located: readonly LocatedMark[]): Map<number, Map<number, CoveringMark>> {
  const out = new Map<number, Map<number, CoveringMark>>();
  for (const { entry, row } of located) {
    if (row === null) continue;
    const cols = out.get(row) ?? new Map<number, CoveringMark>();
    entry.before.forEach((before, i) => {
      if (!cols.has(entry.fromCol + i)) cols.set(entry.fromCol + i, { kind: entry.kind, before, entry });
    });
    out.set(row, cols);
  }
  return out;
}
