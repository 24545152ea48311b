/**
 * A stray cell at the far edge of a sheet (A1048576 in a mapped column, XFD1048576 outside them)
 * must cost a small request, not a million empty rows: readColumns asks each column where its own
 * cells end, and reads a column that runs on far below the others only where it holds cells.
 */
import { scanWorkbook } from '../../src/app/scan-workbook';
import { createStandin, type Standin } from '../excel-standin/standin';
import { PAYLOAD_CEILING, hostOn, largestPayload, totalResponse, valueBytes } from './host-harness';
import { FIRST_DATA_ROW, KEY_COLS, REGISTER, registerRow, registerSheet, rowOf } from './register-fixture';

const LAST_ROW = 1_048_576;
const ROWS = 1_000;

function withStrays(strays: ReadonlyArray<{ row: number; col: number; value: string }>): Standin {
  const s = createStandin({ sheets: [registerSheet(ROWS)] });
  const sheet = s.sheet(REGISTER);
  for (const { row, col, value } of strays) {
    const line = sheet.rows.get(row - 1) ?? [];
    line[col] = { value };
    sheet.rows.set(row - 1, line);
  }
  return s;
}

const dataBytes = (s: Standin): number => valueBytes(s, REGISTER, KEY_COLS, FIRST_DATA_ROW, rowOf(ROWS - 1));

describe('a stray cell far down the sheet', () => {
  it.each([
    ['XFD1048576, outside the mapped columns', [{ row: LAST_ROW, col: 16_383, value: '误输入' }]],
    ['A1048576, in a mapped column', [{ row: LAST_ROW, col: 0, value: '误输入' }]],
    ['both', [{ row: LAST_ROW, col: 16_383, value: '误输入' }, { row: LAST_ROW, col: 0, value: '误输入' }]],
  ])('at %s costs a small request, and the cell is still read', async (_where, strays) => {
    const s = withStrays(strays);
    s.resetCounters();
    const grid = await hostOn(s).readColumns(REGISTER, KEY_COLS, FIRST_DATA_ROW);
    expect(totalResponse(s)).toBeLessThan(2 * dataBytes(s));
    expect(largestPayload(s)).toBeLessThanOrEqual(PAYLOAD_CEILING);
    // The probe and per-column ends; the rest of the rows; the stray column's tail (where it has cells, then those cells).
    expect(s.counters.roundTrips).toBeLessThanOrEqual(4);
    expect(grid.rows[rowOf(ROWS - 1) - FIRST_DATA_ROW]?.[2]).toBe(registerRow(ROWS - 1)[2]);
    const inA = strays.some((x) => x.col === 0);
    expect(grid.rows[LAST_ROW - FIRST_DATA_ROW]?.[0]).toBe(inA ? '误输入' : undefined);
    expect(grid.rows.filter((row) => row !== undefined).length).toBe(ROWS + (inA ? 1 : 0));
  });

  it('leaves a scan of the register as small as without the stray cell', async () => {
    const plain = createStandin({ sheets: [registerSheet(ROWS)] });
    const stray = withStrays([{ row: LAST_ROW, col: 16_383, value: '误输入' }, { row: LAST_ROW, col: 0, value: '误输入' }]);
    plain.resetCounters();
    stray.resetCounters();
    const [a, b] = [await scanWorkbook(hostOn(plain)), await scanWorkbook(hostOn(stray))];
    const records = (scan: typeof a): number => scan.sheets.find((x) => x.register)?.register?.records.length ?? 0;
    expect(records(b)).toBeGreaterThanOrEqual(records(a));
    expect(records(a)).toBe(ROWS);
    expect(totalResponse(stray)).toBeLessThan(1.2 * totalResponse(plain));
    expect(stray.counters.roundTrips).toBeLessThanOrEqual(plain.counters.roundTrips + 2);
  });

  it('takes empty asked columns for no tail of the others', async () => {
    const s = createStandin({ sheets: [registerSheet(ROWS)] });
    const host = hostOn(s);
    await host.readTop(REGISTER, 40);
    s.resetCounters();
    const empty = [20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35];
    const grid = await host.readColumns(REGISTER, [...KEY_COLS, ...empty], FIRST_DATA_ROW);
    expect(s.counters.roundTrips).toBe(1);
    expect(grid.rows[rowOf(ROWS - 1) - FIRST_DATA_ROW]?.[2]).toBe(registerRow(ROWS - 1)[2]);
  });

  it('reads a column that is data all the way down (many cells in its tail) whole', async () => {
    const s = withStrays(Array.from({ length: 6_000 }, (_, i) => ({ row: rowOf(ROWS) + 2_000 + i, col: 11, value: `备注${i}` })));
    const grid = await hostOn(s).readColumns(REGISTER, KEY_COLS, FIRST_DATA_ROW);
    expect(grid.rows[rowOf(ROWS) + 2_000 + 5_999 - FIRST_DATA_ROW]?.[11]).toBe('备注5999');
    expect(grid.rows[rowOf(ROWS) + 2_000 - FIRST_DATA_ROW]?.[11]).toBe('备注0');
  });
});
