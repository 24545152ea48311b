import { MARK_PALETTE } from '../../src/core/marks/palette';
import { createStandin } from '../excel-standin/standin';
import { PAYLOAD_CEILING, hostOn, largestPayload } from './host-harness';
import { OVERDUE, logEntries, sortRows, tripsAllowed } from './mark-helpers';
import { REGISTER, registerMarks, registerSheet, rowOf } from './register-fixture';

describe('marks go on and come off leaving every fill as it was', () => {
  it.each([[100], [10_000], [100_000]])('on %i rows, in round trips that grow only with the bytes exchanged, none over 4 MB', async (rows) => {
    const s = createStandin({ sheets: [registerSheet(rows)] });
    const host = hostOn(s);
    const marks = registerMarks(rows);
    const before = s.snapshotFills(REGISTER);
    s.resetCounters();
    const marked = await host.applyMarks(REGISTER, marks);
    expect(marked.rowsMarked).toBe(marks.length);
    expect(marked.byKind.overdue).toBe(marks.filter((m) => m.kind === 'overdue').length);
    // Log ids with the protection and first fill checks; checks of mixed runs; cells; the paint.
    expect(s.counters.roundTrips).toBeLessThanOrEqual(tripsAllowed(s, 4));
    expect(largestPayload(s)).toBeLessThanOrEqual(PAYLOAD_CEILING);
    expect(s.snapshotFills(REGISTER)[`L${rowOf(3)}`]).toEqual(OVERDUE);
    expect(logEntries(s)).toBe(marks.length);
    s.resetCounters();
    const [cleared] = await host.clearMarks(REGISTER);
    expect(cleared).toEqual({ sheet: REGISTER, rowsRestored: marks.length, cellsKeptByUser: 0, rowsNotFound: 0 });
    // Log ids, log XML, keys with the first checks, checks of runs, cells, the restore.
    expect(s.counters.roundTrips).toBeLessThanOrEqual(tripsAllowed(s, 6));
    expect(largestPayload(s)).toBeLessThanOrEqual(PAYLOAD_CEILING);
    expect(s.snapshotFills(REGISTER)).toEqual(before);
    expect(logEntries(s)).toBe(0);
  });

  it('marks and clears a small register in a handful of round trips', async () => {
    const s = createStandin({ sheets: [registerSheet(100)] });
    const host = hostOn(s);
    s.resetCounters();
    await host.applyMarks(REGISTER, registerMarks(100));
    expect(s.counters.roundTrips).toBe(3);
    s.resetCounters();
    await host.clearMarks(REGISTER);
    // Log ids; log XML; keys with fill checks by mark colour (painted rows settle there); the restore.
    expect(s.counters.roundTrips).toBe(4);
  });

  it('marks a register without fills in two round trips whatever its length', async () => {
    for (const rows of [100, 20_000]) {
      const s = createStandin({ sheets: [registerSheet(rows, { fills: {} })] });
      s.resetCounters();
      await hostOn(s).applyMarks(REGISTER, registerMarks(rows));
      expect(s.counters.roundTrips).toBe(2);
    }
  });

  it('gives back clerk fills, patterns and theme-derived colours, losing only the theme link', async () => {
    const s = createStandin({ sheets: [registerSheet(200)] });
    const host = hostOn(s);
    const before = s.snapshotFills(REGISTER, { withTheme: true });
    // Row 3 of the data (sheet row 6) is marked and carries a tinted theme colour in C.
    expect(before[`C${rowOf(3)}`]).toEqual({ color: '#B4C6E7', pattern: 'Solid', patternColor: '#000000', tintAndShade: 0.6, patternTintAndShade: 0, theme: 'accent1' });
    await host.applyMarks(REGISTER, registerMarks(200));
    await host.clearMarks(REGISTER);
    const after = s.snapshotFills(REGISTER, { withTheme: true });
    const { theme: _lost, ...sameLook } = before[`C${rowOf(3)}`];
    expect(after[`C${rowOf(3)}`]).toEqual(sameLook);
    expect(after[`D${rowOf(13)}`]).toEqual(before[`D${rowOf(13)}`]);
    expect(after[`A${rowOf(7)}`]).toEqual(before[`A${rowOf(7)}`]);
    expect(s.snapshotFills(REGISTER)).toEqual(s.snapshotFills(REGISTER, { withTheme: false }));
  });

  it('does not stack when the same rows are marked twice', async () => {
    const s = createStandin({ sheets: [registerSheet(300)] });
    const host = hostOn(s);
    const before = s.snapshotFills(REGISTER);
    const marks = registerMarks(300);
    await host.applyMarks(REGISTER, marks);
    await host.applyMarks(REGISTER, marks.map((m) => ({ ...m, kind: 'dueSoon' as const })));
    expect(logEntries(s)).toBe(marks.length);
    const [cleared] = await host.clearMarks(REGISTER);
    expect(cleared.cellsKeptByUser).toBe(0);
    expect(s.snapshotFills(REGISTER)).toEqual(before);
  });

  it('finds marked rows again after the clerk sorts the register', async () => {
    const rows = 500;
    const s = createStandin({ sheets: [registerSheet(rows)] });
    const host = hostOn(s);
    await host.applyMarks(REGISTER, registerMarks(rows));
    const first = rowOf(0);
    const last = rowOf(rows - 1);
    const reversed = (i: number): number => rows - 1 - i;
    sortRows(s, first, last, reversed);
    const [cleared] = await host.clearMarks(REGISTER);
    expect(cleared.rowsRestored).toBe(registerMarks(rows).length);
    expect(cleared.rowsNotFound).toBe(0);
    const fresh = createStandin({ sheets: [registerSheet(rows)] });
    sortRows(fresh, first, last, reversed);
    expect(s.snapshotFills(REGISTER)).toEqual(fresh.snapshotFills(REGISTER));
  });

  it('leaves the cells the clerk re-coloured since, and counts them', async () => {
    const s = createStandin({ sheets: [registerSheet(100)] });
    const host = hostOn(s);
    await host.applyMarks(REGISTER, registerMarks(100));
    const green = { color: '#00B050', pattern: 'Solid', patternColor: '#000000', tintAndShade: 0, patternTintAndShade: 0 };
    const sheet = s.sheet(REGISTER);
    for (const col of [0, 1]) {
      const row = rowOf(3) - 1;
      const line = sheet.rows.get(row) ?? [];
      line[col] = { ...(line[col] ?? { value: null }), fill: green };
    }
    const [cleared] = await host.clearMarks(REGISTER);
    expect(cleared.cellsKeptByUser).toBe(2);
    expect(s.snapshotFills(REGISTER)[`A${rowOf(3)}`]).toEqual(green);
    expect(s.snapshotFills(REGISTER)[`C${rowOf(3)}`]?.color).toBe('#B4C6E7');
  });

  it('clears only the kinds asked for, and reports rows the clerk deleted', async () => {
    const s = createStandin({ sheets: [registerSheet(100)] });
    const host = hostOn(s);
    await host.applyMarks(REGISTER, registerMarks(100));
    const dueSoonRow = rowOf(5);
    s.sheet(REGISTER).rows.delete(rowOf(13) - 1);
    const [cleared] = await host.clearMarks(REGISTER, ['overdue']);
    expect(cleared.rowsNotFound).toBe(1);
    expect(s.snapshotFills(REGISTER)[`A${dueSoonRow}`]?.color).toBe(`#${MARK_PALETTE.dueSoon.rgb}`);
    expect(logEntries(s)).toBe(registerMarks(100).filter((m) => m.kind !== 'overdue').length);
  });
});
