import { serializeMarkLog } from '../../src/core/marks/mark-log-xml';
import { MARK_PALETTE } from '../../src/core/marks/palette';
import { MARK_LOG_NAMESPACE } from '../../src/core/settings/stored-settings';
import { createStandin } from '../excel-standin/standin';
import { hostOn } from './host-harness';
import { logEntries } from './mark-helpers';
import { LAST_COL, REGISTER, registerMarks, registerSheet, rowOf } from './register-fixture';

describe('clearing finds rows where they are now', () => {
  it('finds a row the clerk edited since by its paint, and rows pushed down by inserted rows by their key', async () => {
    const s = createStandin({ sheets: [registerSheet(60)] });
    const host = hostOn(s);
    const before = s.snapshotFills(REGISTER);
    await host.applyMarks(REGISTER, registerMarks(60));
    const rows = s.sheet(REGISTER).rows;
    // The clerk types a completion date into marked row 3, then inserts two rows above the data.
    const edited = rows.get(rowOf(3) - 1) ?? [];
    edited[9] = { ...(edited[9] ?? { value: null }), value: 46100 };
    const moved = [...rows.entries()].filter(([r]) => r >= rowOf(0) - 1).sort((a, b) => b[0] - a[0]);
    for (const [r, line] of moved) {
      rows.delete(r);
      rows.set(r + 2, line);
    }
    const [cleared] = await host.clearMarks(REGISTER);
    expect(cleared.rowsNotFound).toBe(1);
    expect(cleared.rowsRestored).toBe(registerMarks(60).length - 1);
    const shifted = Object.fromEntries(
      Object.entries(before).map(([a1, fill]) => {
        const [, col, row] = /^([A-Z]+)(\d+)$/.exec(a1) ?? [];
        return [Number(row) >= rowOf(0) ? `${col}${Number(row) + 2}` : a1, fill];
      }),
    );
    const after = s.snapshotFills(REGISTER);
    // The edited row moved too and its key changed: nothing found it, so it keeps the paint.
    const stillPainted = Object.keys(after).filter((a1) => after[a1].color === `#${MARK_PALETTE.overdue.rgb}`);
    expect(stillPainted.every((a1) => a1.endsWith(String(rowOf(3) + 2)))).toBe(true);
    for (const a1 of Object.keys(shifted)) if (!a1.endsWith(String(rowOf(3) + 2))) expect(after[a1]).toEqual(shifted[a1]);
  });

  it('finds a row edited in place by its paint', async () => {
    const s = createStandin({ sheets: [registerSheet(60)] });
    const host = hostOn(s);
    const before = s.snapshotFills(REGISTER);
    await host.applyMarks(REGISTER, registerMarks(60));
    const line = s.sheet(REGISTER).rows.get(rowOf(3) - 1) ?? [];
    line[10] = { ...(line[10] ?? { value: null }), value: '已办结' };
    const [cleared] = await host.clearMarks(REGISTER);
    expect(cleared).toEqual({ sheet: REGISTER, rowsRestored: registerMarks(60).length, cellsKeptByUser: 0, rowsNotFound: 0 });
    expect(s.snapshotFills(REGISTER)).toEqual(before);
  });

  it('clears every sheet when no sheet is named', async () => {
    const other = { ...registerSheet(40), name: '督办台账' };
    const s = createStandin({ sheets: [registerSheet(40), other] });
    const host = hostOn(s);
    const before = [s.snapshotFills(REGISTER), s.snapshotFills('督办台账')];
    await host.applyMarks(REGISTER, registerMarks(40));
    await host.applyMarks('督办台账', registerMarks(40));
    const outcomes = await host.clearMarks();
    expect(outcomes.map((o) => [o.sheet, o.rowsRestored])).toEqual([
      [REGISTER, registerMarks(40).length],
      ['督办台账', registerMarks(40).length],
    ]);
    expect([s.snapshotFills(REGISTER), s.snapshotFills('督办台账')]).toEqual(before);
  });

  it('restores entries the .xlsx host logged by their colour, and keeps in the log a theme fill it cannot express', async () => {
    const rows = 20;
    const s = createStandin({ sheets: [registerSheet(rows, { fills: {} })] });
    const host = hostOn(s);
    const marks = registerMarks(rows);
    await host.applyMarks(REGISTER, marks);
    const entries = marks.map((m, i) => ({
      sheet: REGISTER,
      kind: m.kind,
      row: m.row,
      fromCol: 0,
      toCol: LAST_COL,
      key: m.key,
      before: Array.from({ length: LAST_COL + 1 }, (_, c) =>
        c === 0 ? (i === 0 ? { pattern: 'solid', theme: 4, tint: 0.6, styleIndex: 9 } : { pattern: 'solid', color: 'FFFFFF00', styleIndex: 7 }) : { pattern: 'none', styleIndex: 3 },
      ),
    }));
    const part = s.state.xmlParts.find((p) => p.namespaceUri === MARK_LOG_NAMESPACE);
    if (!part) throw new Error('no log');
    part.xml = serializeMarkLog({ version: 1, entries });
    await host.clearMarks(REGISTER);
    const after = s.snapshotFills(REGISTER);
    expect(after[`A${marks[1].row}`].color).toBe('#FFFF00');
    expect(after[`A${marks[0].row}`].color).toBe(`#${MARK_PALETTE[marks[0].kind].rgb}`);
    expect(after[`B${marks[0].row}`]).toBeUndefined();
    expect(logEntries(s)).toBe(1);
  });
});
