/**
 * Re-highlighting in one pass (replaceMarks) leaves the workbook exactly as clearing the previous
 * status marks and marking again does — fills, and the mark log that clears them later — in fewer
 * round trips, and a failure midway leaves the workbook as it was.
 */
import { parseMarkLog } from '../../src/core/marks/mark-log-xml';
import type { RowMark } from '../../src/core/marks/mark-types';
import { MARKED_STATUSES } from '../../src/core/marks/plan-marks';
import { MARK_LOG_NAMESPACE } from '../../src/core/settings/stored-settings';
import type { RegisterHost } from '../../src/hosts/host';
import { createStandin, type Standin } from '../excel-standin/standin';
import { hostOn, runFailingOnce } from './host-harness';
import { REGISTER, registerMarks, registerSheet } from './register-fixture';

const ROWS = 300;

/** The marks of a later day: some rows no longer marked, some newly, some of another kind. */
function laterMarks(): RowMark[] {
  const earlier = registerMarks(ROWS);
  const kept = earlier.filter((_, i) => i % 4 !== 0).map((m, i) => (i % 3 === 0 ? { ...m, kind: 'overdue' as const } : m));
  const fresh = registerMarks(ROWS).filter((m) => m.kind === 'dueSoon').map((m) => ({ ...m, kind: 'doneLate' as const }));
  return [...kept, ...fresh];
}

function logOf(s: Standin): unknown {
  return s.state.xmlParts.filter((p) => p.namespaceUri === MARK_LOG_NAMESPACE).flatMap((p) => parseMarkLog(p.xml).log.entries);
}

async function replaceOf(host: RegisterHost, marks: readonly RowMark[]): Promise<void> {
  if (!host.replaceMarks) throw new Error('the Excel host replaces marks in one pass');
  await host.replaceMarks(REGISTER, MARKED_STATUSES, marks);
}

describe('replaceMarks', () => {
  it('leaves fills and log as clear-then-mark does, in fewer round trips, and clears back to the clerk\'s fills', async () => {
    const [one, two] = [createStandin({ sheets: [registerSheet(ROWS)] }), createStandin({ sheets: [registerSheet(ROWS)] })];
    const original = one.snapshotFills(REGISTER);
    const [h1, h2] = [hostOn(one), hostOn(two)];
    await h1.applyMarks(REGISTER, registerMarks(ROWS));
    await h2.applyMarks(REGISTER, registerMarks(ROWS));
    one.resetCounters();
    two.resetCounters();
    await replaceOf(h1, laterMarks());
    await h2.clearMarks(REGISTER, MARKED_STATUSES);
    await h2.applyMarks(REGISTER, laterMarks());
    expect(one.snapshotFills(REGISTER)).toEqual(two.snapshotFills(REGISTER));
    expect(logOf(one)).toEqual(logOf(two));
    expect(one.counters.roundTrips).toBeLessThan(two.counters.roundTrips);
    await h1.clearMarks(REGISTER);
    expect(one.snapshotFills(REGISTER)).toEqual(original);
    expect(logOf(one)).toEqual([]);
  });

  it('marks a register without a log in two round trips', async () => {
    const s = createStandin({ sheets: [registerSheet(ROWS, { fills: {} })] });
    s.resetCounters();
    await replaceOf(hostOn(s), registerMarks(ROWS));
    expect(s.counters.roundTrips).toBe(2);
  });

  it('leaves fills and log as they were when a round trip fails midway', async () => {
    const clean = createStandin({ sheets: [registerSheet(ROWS)] });
    await hostOn(clean).applyMarks(REGISTER, registerMarks(ROWS));
    clean.resetCounters();
    await replaceOf(hostOn(clean), laterMarks());
    const trips = clean.counters.roundTrips;
    for (let at = 1; at <= trips; at++) {
      const s = createStandin({ sheets: [registerSheet(ROWS)] });
      await hostOn(s).applyMarks(REGISTER, registerMarks(ROWS));
      const [fills, log] = [s.snapshotFills(REGISTER), logOf(s)];
      await expect(replaceOf(hostOn(s, { run: runFailingOnce(s, at) }), laterMarks())).rejects.toBeTruthy();
      expect([at, s.snapshotFills(REGISTER)]).toEqual([at, fills]);
      expect([at, logOf(s)]).toEqual([at, log]);
    }
  });
});
