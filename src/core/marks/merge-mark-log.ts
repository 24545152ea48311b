/**
 * Keeping the mark log true when the clerk marks twice. The second time, the cells already carry
 * the add-in's paint, so the host's snapshot of "what was there before" is the add-in's own fill:
 * the log must keep the first `before` of every cell, or clearing would leave the paint on.
 *
 * Status marks (a whole row) and validation marks (single cells) are two layers a row may carry
 * at once, so they stay separate entries; a mark laid over the other layer records the clerk's
 * fill that layer recorded, never the other layer's paint.
 */
import type { FillState, MarkKind, MarkLog, MarkLogEntry } from './mark-types';
import { showsMarkFill } from './palette';

type Layer = 'status' | 'cell';

/**
 * Which layer a kind of mark belongs to: validation marks lie over status marks.
 * @example markLayerOf('dueSoon') // 'status'
 */
export function markLayerOf(kind: MarkKind): Layer {
  return kind === 'invalid' ? 'cell' : 'status';
}

function spanBefore(old: MarkLogEntry, fresh: MarkLogEntry): { fromCol: number; toCol: number; before: FillState[] } {
  const fromCol = Math.min(old.fromCol, fresh.fromCol);
  const toCol = Math.max(old.toCol, fresh.toCol);
  const before: FillState[] = [];
  for (let col = fromCol; col <= toCol; col++) {
    before.push(col >= old.fromCol && col <= old.toCol ? old.before[col - old.fromCol] : fresh.before[col - fresh.fromCol]);
  }
  return { fromCol, toCol, before };
}

/**
 * Whether a logged entry is the same mark again: a status row whose span overlaps or touches
 * (a gap between them could not be restored), or a validation mark on the very same cells.
 */
function isSameMark(old: MarkLogEntry, fresh: MarkLogEntry): boolean {
  if (markLayerOf(old.kind) !== markLayerOf(fresh.kind)) return false;
  if (markLayerOf(fresh.kind) === 'cell') return old.fromCol === fresh.fromCol && old.toCol === fresh.toCol;
  return old.fromCol <= fresh.toCol + 1 && fresh.fromCol <= old.toCol + 1;
}

function covers(entry: MarkLogEntry, col: number): boolean {
  return col >= entry.fromCol && col <= entry.toCol;
}

function indexBy(entries: readonly MarkLogEntry[], keyOf: (e: MarkLogEntry) => string): Map<string, number[]> {
  const map = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const k = keyOf(e);
    const list = map.get(k);
    if (list) list.push(i);
    else map.set(k, [i]);
  });
  return map;
}

const keyAt = (e: { sheet: string; key: string }): string => `${e.sheet}\u0000${e.key}`;
const rowAt = (e: { sheet: string; row: number }): string => `${e.sheet}\u0000${e.row}`;

/**
 * Adds freshly painted rows to the log. A mark already in it — the same layer, found by its key on
 * the same sheet (it may have moved in a sort), else by its row number (the clerk may have edited
 * it) — keeps its first `before` for the columns it had, and takes the new kind, row and key. A
 * cell whose fresh `before` is the paint of the other layer takes that layer's record instead.
 * @example mergeMarkLog(log, [sameRowAgain]).entries.length === log.entries.length // true
 */
export function mergeMarkLog(log: MarkLog, fresh: readonly MarkLogEntry[]): MarkLog {
  const entries = log.entries;
  const used = new Set<number>();
  const byKey = indexBy(entries, keyAt);
  const byRow = indexBy(entries, rowAt);
  const byKeyAndRow = indexBy(entries, (e) => `${keyAt(e)}\u0000${e.row}`);
  // Where each candidate list's unused entries start: a list is walked past its used entries
  // once, not again for every fresh entry (many identical rows share one key).
  const starts = new Map<number[], number>();
  const firstFree = (candidates: number[] | undefined, entry: MarkLogEntry): number | undefined => {
    if (!candidates) return undefined;
    let start = starts.get(candidates) ?? 0;
    while (start < candidates.length && used.has(candidates[start])) start++;
    starts.set(candidates, start);
    for (let j = start; j < candidates.length; j++) {
      const i = candidates[j];
      if (!used.has(i) && isSameMark(entries[i], entry)) return i;
    }
    return undefined;
  };
  // By key: the first free same mark on the entry's own row, else the first free one.
  const takeByKey = (entry: MarkLogEntry): number | undefined =>
    firstFree(byKeyAndRow.get(`${keyAt(entry)}\u0000${entry.row}`), entry) ?? firstFree(byKey.get(keyAt(entry)), entry);
  // The other layer's record of a cell: the entry of the same row key first, else of the row.
  const underneath = (entry: MarkLogEntry, col: number): FillState | undefined => {
    const layer = markLayerOf(entry.kind);
    const find = (candidates: number[] | undefined): MarkLogEntry | undefined =>
      candidates?.map((i) => entries[i]).find((e) => markLayerOf(e.kind) !== layer && covers(e, col));
    const other = find(byKey.get(keyAt(entry))) ?? find(byRow.get(rowAt(entry)));
    return other?.before[col - other.fromCol];
  };
  const clerkFills = (entry: MarkLogEntry): MarkLogEntry => {
    if (!entry.before.some(showsMarkFill)) return entry;
    const before = entry.before.map((fill, i) => (showsMarkFill(fill) ? (underneath(entry, entry.fromCol + i) ?? fill) : fill));
    return { ...entry, before };
  };
  const merged: MarkLogEntry[] = [];
  for (const raw of fresh) {
    const entry = clerkFills(raw);
    const found = takeByKey(entry) ?? firstFree(byRow.get(rowAt(entry)), entry);
    if (found === undefined) {
      merged.push(entry);
      continue;
    }
    used.add(found);
    merged.push({ ...entry, ...spanBefore(entries[found], entry) });
  }
  const kept = entries.filter((_, i) => !used.has(i));
  return { version: 1, entries: [...kept, ...merged] };
}

/**
 * The log without the entries a clear has dealt with.
 * @example removeMarkEntries(log, (e) => e.sheet === '收文登记').entries // the other sheets' entries
 */
export function removeMarkEntries(log: MarkLog, remove: (entry: MarkLogEntry) => boolean): MarkLog {
  return { version: 1, entries: log.entries.filter((e) => !remove(e)) };
}
