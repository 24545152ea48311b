/**
 * The loop both round-trip suites share: run operations one by one and, after each, hold the
 * workbook to the promise of design.md ("Data never lost") as seen by a host-specific reader.
 */
import { describeOperation, runOperation, type HostSession, type Operation } from './host-operations';

export interface WorkbookReader<S> {
  /** What the clerk's own sheets hold now. */
  snapshot(): S;
  /** Differences in words; `ignoreFill` while marks may be on. */
  diff(before: S, after: S, ignoreFill: boolean): string[];
  /** Fills that changed since `before` and are no mark colour. */
  foreignFills(before: S, after: S): string[];
}

/**
 * Runs `ops`; returns [] when, after every operation, no value, formula, number format or font of
 * the clerk's cells changed, only mark colours appeared, a refused operation changed nothing at
 * all, and a final clear of every mark gave every fill back.
 * @example expect(await runAndCheck(session, ops, reader)).toEqual([])
 */
export async function runAndCheck<S>(session: HostSession, ops: readonly Operation[], reader: WorkbookReader<S>): Promise<string[]> {
  const start = reader.snapshot();
  let previous = start;
  for (const op of ops) {
    const error = await runOperation(session, op);
    const now = reader.snapshot();
    const what = describeOperation(op);
    if (error) {
      const changed = reader.diff(previous, now, false);
      if (changed.length) return [`${what} was refused (${String(error)}) but changed cells:`, ...changed];
    }
    const lost = reader.diff(start, now, true);
    if (lost.length) return [`after ${what}:`, ...lost];
    const foreign = reader.foreignFills(start, now);
    if (foreign.length) return [`after ${what}, fills that are no mark colour:`, ...foreign];
    previous = now;
  }
  const error = await runOperation(session, { kind: 'clear' });
  const left = await session.host().clearMarks().then(() => null, (e: unknown) => e);
  const end = reader.snapshot();
  return [...(error || left ? [`final clear failed: ${String(error ?? left)}`] : []), ...reader.diff(start, end, false)];
}
