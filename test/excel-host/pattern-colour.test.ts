/**
 * Striped fills (a pattern over a colour) keep their stripe colour through a mark and a clear:
 * the mark log records `patternColor` and its tint (ExcelApi 1.9), and clearing sets them again,
 * whatever happened to them under the add-in's solid paint.
 */
import { parseMarkLog } from '../../src/core/marks/mark-log-xml';
import { MARK_LOG_NAMESPACE } from '../../src/core/settings/stored-settings';
import { createStandin, type Standin } from '../excel-standin/standin';
import { hostOn } from './host-harness';
import { REGISTER, registerMarks, registerSheet, rowOf } from './register-fixture';

function loggedBefore(s: Standin, row: number, col: number): unknown {
  const entries = s.state.xmlParts.filter((p) => p.namespaceUri === MARK_LOG_NAMESPACE).flatMap((p) => parseMarkLog(p.xml).log.entries);
  const entry = entries.find((e) => e.row === row && col >= e.fromCol && col <= e.toCol);
  return entry?.before[col - (entry?.fromCol ?? 0)];
}

/** Sets a cell's stripe colour directly, as another program or Excel's own paint might. */
function setPatternColor(s: Standin, address: { row: number; col: number }, color: string): void {
  const line = s.sheet(REGISTER).rows.get(address.row - 1) ?? [];
  const cell = line[address.col];
  if (!cell?.fill) throw new Error('no fill there');
  line[address.col] = { ...cell, fill: { ...cell.fill, patternColor: color } };
}

describe('stripe colours of patterned fills', () => {
  // Data row 13 (i % 131 === 13, marked since i % 10 === 3) has red stripes over white in D.
  const row = rowOf(13);

  it('are recorded in the mark log with the pattern', async () => {
    const s = createStandin({ sheets: [registerSheet(200)] });
    await hostOn(s).applyMarks(REGISTER, registerMarks(200));
    expect(loggedBefore(s, row, 3)).toEqual({ pattern: 'lightDown', color: 'FFFFFF', patternColor: 'FF0000' });
    // A solid fill's stripe colour does not show, and is not recorded.
    expect(loggedBefore(s, rowOf(3), 0)).toEqual({ pattern: 'none' });
  });

  it('come back exactly even when they changed under the paint', async () => {
    const s = createStandin({ sheets: [registerSheet(200, { fills: { [`D${rowOf(13)}`]: { color: 'FFFFFF', pattern: 'LightDown', patternColor: 'FF0000', patternTint: -0.25 } } })] });
    const host = hostOn(s);
    const before = s.snapshotFills(REGISTER);
    await host.applyMarks(REGISTER, registerMarks(200));
    setPatternColor(s, { row, col: 3 }, '#000000');
    const [cleared] = await host.clearMarks(REGISTER);
    expect(cleared.cellsKeptByUser).toBe(0);
    expect(s.snapshotFills(REGISTER)[`D${row}`]).toEqual({ color: '#FFFFFF', pattern: 'LightDown', patternColor: '#FF0000', tintAndShade: 0, patternTintAndShade: -0.25 });
    expect(s.snapshotFills(REGISTER)).toEqual(before);
  });

  it('are read cell by cell where a striped block mixes stripe colours', async () => {
    const fills = {
      [`A${rowOf(3)}:L${rowOf(3)}`]: { color: 'FFFF00', pattern: 'Gray25', patternColor: '0000FF' },
      [`E${rowOf(3)}`]: { color: 'FFFF00', pattern: 'Gray25', patternColor: '00B050' },
    };
    const s = createStandin({ sheets: [registerSheet(20, { fills })] });
    const host = hostOn(s);
    const before = s.snapshotFills(REGISTER);
    await host.applyMarks(REGISTER, registerMarks(20));
    expect(loggedBefore(s, rowOf(3), 4)).toEqual({ pattern: 'lightGray', color: 'FFFF00', patternColor: '00B050' });
    expect(loggedBefore(s, rowOf(3), 5)).toEqual({ pattern: 'lightGray', color: 'FFFF00', patternColor: '0000FF' });
    await host.clearMarks(REGISTER);
    expect(s.snapshotFills(REGISTER)).toEqual(before);
  });
});
