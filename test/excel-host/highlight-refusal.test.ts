/**
 * Excel refusing every request from some point of a highlight on: the registers already painted
 * cannot be taken back then, so the clerk is told which ones may still carry marks and how to take
 * them off — and once Excel answers again, doing what the message says gives every fill back.
 */
import { HighlightLeftMarksError, clearHighlights, highlightOverdue } from '../../src/app/highlight';
import { describeStepFailure } from '../../src/taskpane/views/failure-lines';
import { createStandin } from '../excel-standin/standin';
import { fixtureOfXlsx } from '../excel-standin/load-xlsx';
import { readFixture } from '../reliability/support/fixture-files';
import { refusingRun } from '../reliability/support/refusing-run';
import { hostOn } from './host-harness';

const AS_OF = { year: 2026, month: 11, day: 20 };
const bytes = readFixture('workbooks/layouts/multi-register.xlsx');
const open = () => createStandin(fixtureOfXlsx(bytes));

function fillsOf(s: ReturnType<typeof open>): Record<string, unknown> {
  return Object.fromEntries(s.state.sheets.map((sheet) => [sheet.name, s.snapshotFills(sheet.name)]));
}

describe('a highlight Excel stops answering midway', () => {
  it('names the registers left with marks, and a clear once Excel answers takes them all off', async () => {
    const clean = open();
    const counting = refusingRun(clean, { from: Infinity, code: 'GeneralException' });
    await highlightOverdue(hostOn(clean, { run: counting.run }), { asOf: AS_OF });
    let seen = 0;
    for (let at = 1; at <= counting.syncs(); at++) {
      const s = open();
      const before = fillsOf(s);
      const failure = await highlightOverdue(hostOn(s, { run: refusingRun(s, { from: at, code: 'GeneralException' }).run }), { asOf: AS_OF }).catch((e: unknown) => e);
      const changed = Object.keys(before).filter((name) => JSON.stringify(before[name]) !== JSON.stringify(fillsOf(s)[name]));
      if (!(failure instanceof HighlightLeftMarksError)) {
        // Refused before anything was painted, or taken back in full: nothing changed.
        expect([at, changed]).toEqual([at, []]);
        continue;
      }
      seen += 1;
      for (const name of changed) expect([at, failure.stillMarked]).toEqual([at, expect.arrayContaining([name])]);
      const [what, fix] = describeStepFailure(failure, 'zh-CN');
      expect(what).toContain(`“${failure.stillMarked[0]}”`);
      expect(fix).toContain('清除标记');
      await clearHighlights(hostOn(s));
      expect([at, fillsOf(s)]).toEqual([at, before]);
    }
    expect(seen).toBeGreaterThan(0);
  }, 60_000);
});
