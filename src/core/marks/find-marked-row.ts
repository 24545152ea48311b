/**
 * Finding a painted row again when clearing, and deciding cell by cell what to give back. The
 * row is the one holding the entry's key now (the clerk may have sorted or inserted rows), else
 * the original row if its cells still show the add-in's paint. A cell whose fill the clerk changed
 * since is the clerk's: it is left alone.
 */
import type { FillState, MarkLogEntry } from './mark-types';
import { showsMarkFill } from './palette';

export interface MarkedRow {
  readonly row: number;
  readonly foundBy: 'key' | 'original';
}

/**
 * Where a logged row is now, or null when it cannot be found (deleted, or edited and repainted).
 * `rowsByKey` holds the sheet's current keys (recomputed with makeRowKey over the key's columns);
 * rows in `taken` were already given to another entry (two identical rows share a key).
 * @example findMarkedRow(entry, new Map([[entry.key, [12]]]), () => true) // { row: 12, foundBy: 'key' }
 */
export function findMarkedRow(
  entry: MarkLogEntry,
  rowsByKey: ReadonlyMap<string, readonly number[]>,
  isPainted: (row: number, col: number) => boolean,
  taken: ReadonlySet<number> = new Set(),
): MarkedRow | null {
  const candidates = (rowsByKey.get(entry.key) ?? []).filter((r) => !taken.has(r));
  const byKey = candidates.includes(entry.row) ? entry.row : candidates[0];
  if (byKey !== undefined) return { row: byKey, foundBy: 'key' };
  if (taken.has(entry.row)) return null;
  for (let col = entry.fromCol; col <= entry.toCol; col++) if (isPainted(entry.row, col)) return { row: entry.row, foundBy: 'original' };
  return null;
}

/**
 * Finds every entry of one sheet, giving each current row to one entry only.
 * @example locateMarkedRows(entries, rowsByKey, isPainted).filter((x) => x.at === null).length // rows not found
 */
export function locateMarkedRows(
  entries: readonly MarkLogEntry[],
  rowsByKey: ReadonlyMap<string, readonly number[]>,
  isPainted: (row: number, col: number) => boolean,
): Array<{ readonly entry: MarkLogEntry; readonly at: MarkedRow | null }> {
  const taken = new Set<number>();
  // Entries found by key first, so an original-row fallback never steals a row a key points to.
  const byKey = entries.map((entry) => {
    const at = rowsByKey.get(entry.key)?.length ? findMarkedRow(entry, rowsByKey, () => false, taken) : null;
    if (at) taken.add(at.row);
    return at;
  });
  return entries.map((entry, i) => {
    const at = byKey[i] ?? findMarkedRow(entry, new Map(), isPainted, taken);
    if (at && !byKey[i]) taken.add(at.row);
    return { entry, at };
  });
}

export interface CellRestore {
  readonly col: number;
  readonly fill: FillState;
}

/**
 * Which cells of a found row get their old fill back: those still showing the add-in's paint.
 * `current[i]` is column `entry.fromCol + i` now.
 * @example planRestore(entry, currentFills) // { restore: [{ col: 0, fill: { pattern: 'none' } }, …], keptByUser: 1 }
 */
export function planRestore(entry: MarkLogEntry, current: ReadonlyArray<FillState | undefined>): { restore: CellRestore[]; keptByUser: number } {
  const restore: CellRestore[] = [];
  let keptByUser = 0;
  entry.before.forEach((fill, i) => {
    if (showsMarkFill(current[i])) restore.push({ col: entry.fromCol + i, fill });
    else keptByUser++;
  });
  return { restore, keptByUser };
}
