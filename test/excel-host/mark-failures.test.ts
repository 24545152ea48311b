import { ExcelHostError } from '../../src/hosts/excel/excel-errors';
import { createStandin } from '../excel-standin/standin';
import { hostOn, runFailingOnce, runWithSabotage } from './host-harness';
import { logEntries } from './mark-helpers';
import { REGISTER, registerMarks, registerSheet } from './register-fixture';

describe('a mark that cannot be completed leaves the register as it was', () => {
  it('refuses a protected sheet before painting anything, in plain Chinese', async () => {
    const s = createStandin({ sheets: [registerSheet(100, { protected: true })] });
    const before = s.snapshotFills(REGISTER);
    const failure = await hostOn(s).applyMarks(REGISTER, registerMarks(100)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ExcelHostError);
    expect((failure as ExcelHostError).code).toBe('protected');
    expect((failure as ExcelHostError).text.zh).toBe('工作表“收文登记”受保护，请先撤销保护再标记');
    expect(s.snapshotFills(REGISTER)).toEqual(before);
    expect(logEntries(s)).toBe(0);
  });

  /** Round trips of a mark on a fresh copy, to aim a failure at its last write. */
  async function syncsOfMark(rows: number, chunkBytes: number): Promise<number> {
    const dry = createStandin({ sheets: [registerSheet(rows)] });
    await hostOn(dry, { chunkBytes }).applyMarks(REGISTER, registerMarks(rows));
    return dry.counters.roundTrips;
  }

  it('keeps the log of what it painted when the sheet gets protected midway, so a later clear gives everything back', async () => {
    const s = createStandin({ sheets: [registerSheet(3_000)] });
    const before = s.snapshotFills(REGISTER);
    // Small chunks: the paint takes several syncs; the sheet gets protected before the last one.
    const last = await syncsOfMark(3_000, 20_000);
    const run = runWithSabotage(s, last, () => (s.sheet(REGISTER).protected = true));
    const failure = await hostOn(s, { run, chunkBytes: 20_000 }).applyMarks(REGISTER, registerMarks(3_000)).catch((e: unknown) => e);
    expect((failure as ExcelHostError).code).toBe('protected');
    expect(s.snapshotFills(REGISTER)).not.toEqual(before);
    s.sheet(REGISTER).protected = false;
    await hostOn(s).clearMarks(REGISTER);
    expect(s.snapshotFills(REGISTER)).toEqual(before);
  });

  it('puts every fill and the log back when a write fails after some chunks went through', async () => {
    const s = createStandin({ sheets: [registerSheet(3_000)] });
    const before = s.snapshotFills(REGISTER);
    const last = await syncsOfMark(3_000, 20_000);
    const failure = await hostOn(s, { run: runFailingOnce(s, last), chunkBytes: 20_000 }).applyMarks(REGISTER, registerMarks(3_000)).catch((e: unknown) => e);
    expect((failure as ExcelHostError).code).toBe('failed');
    expect(s.snapshotFills(REGISTER)).toEqual(before);
    expect(logEntries(s)).toBe(0);
  });
});

describe('cell-edit mode', () => {
  it('retries once when the clerk is typing in a cell, and then succeeds', async () => {
    const s = createStandin({ sheets: [registerSheet(50)] });
    s.enterEditMode(1);
    s.resetCounters();
    const outcome = await hostOn(s).applyMarks(REGISTER, registerMarks(50));
    expect(outcome.rowsMarked).toBe(registerMarks(50).length);
    expect(s.counters.runs).toBe(2);
  });

  it('gives up after the retry with a message telling the clerk to leave the cell', async () => {
    const s = createStandin({ sheets: [registerSheet(50)] });
    const before = s.snapshotFills(REGISTER);
    s.enterEditMode(2);
    const failure = await hostOn(s).applyMarks(REGISTER, registerMarks(50)).catch((e: unknown) => e);
    expect((failure as ExcelHostError).code).toBe('editMode');
    expect((failure as ExcelHostError).text.zh).toContain('请按回车键');
    expect(s.snapshotFills(REGISTER)).toEqual(before);
  });

  it('waits instead of failing when asked to (ribbon commands)', async () => {
    const s = createStandin({ sheets: [registerSheet(50)] });
    s.enterEditMode(5);
    s.resetCounters();
    await hostOn(s, { delayForCellEdit: true }).applyMarks(REGISTER, registerMarks(50));
    expect(s.counters.runs).toBe(1);
  });
});
