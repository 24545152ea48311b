/**
 * Keeping the mark log true when the clerk marks twice. The second time, the cells already carry
 * the add-in's paint, so the host's snapshot of "what was there before" is the add-in's own fill:
 * the log must keep the first `before` of every cell, or clearing would leave the paint on.
 */
import type { FillState, MarkLog, MarkLogEntry } from './mark-types';

function spanBefore(old: MarkLogEntry, fresh: MarkLogEntry): { fromCol: number; toCol: number; before: FillState[] } {
  const fromCol = Math.min(old.fromCol, fresh.fromCol);
  const toCol = Math.max(old.toCol, fresh.toCol);
  const before: FillState[] = [];
  for (let col = fromCol; col <= toCol; col++) {
    before.push(col >= old.fromCol && col <= old.toCol ? old.before[col - old.fromCol] : fresh.before[col - fresh.fromCol]);
  }
  return { fromCol, toCol, before };
}

/** Spans that overlap or touch can be one entry; a gap between them could not be restored. */
function canJoin(a: MarkLogEntry, b: MarkLogEntry): boolean {
  return a.fromCol <= b.toCol + 1 && b.fromCol <= a.toCol + 1;
}

/**
 * Adds freshly painted rows to the log. A row already in it — found by its key on the same sheet
 * (it may have moved in a sort), else by its row number (the clerk may have edited it) — keeps its
 * first `before` for the columns it had, and takes the new kind, row and key.
 * @example mergeMarkLog(log, [sameRowAgain]).entries.length === log.entries.length // true
 */
export function mergeMarkLog(log: MarkLog, fresh: readonly MarkLogEntry[]): MarkLog {
  const used = new Set<number>();
  const byKey = new Map<string, number[]>();
  const byRow = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, k: string, i: number): void => {
    const list = map.get(k);
    if (list) list.push(i);
    else map.set(k, [i]);
  };
  log.entries.forEach((e, i) => {
    push(byKey, `${e.sheet}\u0000${e.key}`, i);
    push(byRow, `${e.sheet}\u0000${e.row}`, i);
  });
  const take = (candidates: number[] | undefined, fresh: MarkLogEntry): number | undefined => {
    const free = candidates?.filter((i) => !used.has(i) && canJoin(log.entries[i], fresh)) ?? [];
    return free.find((i) => log.entries[i].row === fresh.row) ?? free[0];
  };
  const merged: MarkLogEntry[] = [];
  for (const entry of fresh) {
    const found = take(byKey.get(`${entry.sheet}\u0000${entry.key}`), entry) ?? take(byRow.get(`${entry.sheet}\u0000${entry.row}`), entry);
    if (found === undefined) {
      merged.push(entry);
      continue;
    }
    used.add(found);
    merged.push({ ...entry, ...spanBefore(log.entries[found], entry) });
  }
  const kept = log.entries.filter((_, i) => !used.has(i));
  return { version: 1, entries: [...kept, ...merged] };
}

/**
 * The log without the entries a clear has dealt with.
 * @example removeMarkEntries(log, (e) => e.sheet === '收文登记').entries // the other sheets' entries
 */
export function removeMarkEntries(log: MarkLog, remove: (entry: MarkLogEntry) => boolean): MarkLog {
  return { version: 1, entries: log.entries.filter((e) => !remove(e)) };
}
