import { ExcelHostError } from '../../src/hosts/excel/excel-errors';
import { day, err } from '../helpers/grid';
import { createStandin } from '../excel-standin/standin';
import { PAYLOAD_CEILING, hostOn, largestPayload, totalResponse, valueBytes } from './host-harness';
import { FIRST_DATA_ROW, KEY_COLS, REGISTER, registerRow, registerSheet } from './register-fixture';

describe('readTop reads the head of a sheet in one round trip (two when text reads like an error)', () => {
  it('takes one round trip when no text looks like an error', async () => {
    const s = createStandin({ sheets: [registerSheet(100)] });
    s.resetCounters();
    const grid = await hostOn(s).readTop(REGISTER, 40);
    expect(s.counters.roundTrips).toBe(1);
    expect(grid.rows[2]).toEqual(registerRow(0));
  });

  it('gives values, date cells, errors, merges and hidden rows of the first rows', async () => {
    const s = createStandin({
      sheets: [
        {
          name: '督办台账',
          rows: [['2026年督查督办台账'], ['督办编号', '交办日期', '督办事项'], [1, day(2026, 3, 5), err('#REF!')], [2, '2026.3.6', '#N/A']],
          merges: ['A1:C1'],
          hiddenRows: [3],
        },
      ],
    });
    s.resetCounters();
    const grid = await hostOn(s).readTop('督办台账', 30);
    // '#REF!' and '#N/A' read alike: their value types tell the error from the text.
    expect(s.counters.roundTrips).toBe(2);
    expect(grid.rows).toEqual([['2026年督查督办台账'], ['督办编号', '交办日期', '督办事项'], [1, day(2026, 3, 5), err('#REF!')], [2, '2026.3.6', '#N/A']]);
    expect(grid.merges).toEqual([{ top: 1, left: 0, bottom: 1, right: 2 }]);
    expect([...(grid.hiddenRows ?? [])]).toEqual([3]);
  });

  it('reports no merges, without failing, where Excel cannot read them (ExcelApi below 1.13)', async () => {
    const s = createStandin({ sheets: [{ name: 'S', rows: [['标题'], ['序号']], merges: ['A1:B1'] }] });
    const grid = await hostOn(s, { mergesSupported: false }).readTop('S', 10);
    expect(grid.merges).toEqual([]);
    expect(grid.rows).toEqual([['标题'], ['序号']]);
  });

  it('names a missing sheet in plain Chinese', async () => {
    const s = createStandin({ sheets: [{ name: 'S', rows: [['x']] }] });
    const failure = await hostOn(s).readTop('收文登记', 10).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ExcelHostError);
    expect((failure as ExcelHostError).text.zh).toContain('找不到工作表“收文登记”');
  });
});

describe('readColumns reads only the asked columns, in round trips that grow only with payload chunks', () => {
  it.each([
    [100, 2],
    [10_000, 4],
  ])('reads a register of %i rows in %i round trips with every value and date right', async (rows, trips) => {
    const s = createStandin({ sheets: [registerSheet(rows)] });
    s.resetCounters();
    const grid = await hostOn(s).readColumns(REGISTER, KEY_COLS, FIRST_DATA_ROW);
    expect(grid.top).toBe(FIRST_DATA_ROW);
    expect(grid.rows).toHaveLength(rows);
    expect(grid.rows[0]).toEqual(registerRow(0));
    expect(grid.rows[rows - 1]).toEqual(registerRow(rows - 1));
    expect(grid.rows.every((r, i) => JSON.stringify(r) === JSON.stringify(registerRow(i)))).toBe(true);
    expect(s.counters.roundTrips).toBeLessThanOrEqual(trips);
    expect(largestPayload(s)).toBeLessThanOrEqual(PAYLOAD_CEILING);
  });

  it('reads 100,000 rows in payload-sized chunks, none over 4 MB, at most 1.5 × the values’ own bytes', async () => {
    const rows = 100_000;
    const s = createStandin({ sheets: [registerSheet(rows)] });
    const cols = [1, 2, 4, 8, 9, 10];
    s.resetCounters();
    const grid = await hostOn(s).readColumns(REGISTER, cols, FIRST_DATA_ROW);
    const own = valueBytes(s, REGISTER, cols, FIRST_DATA_ROW, FIRST_DATA_ROW + rows - 1);
    expect(grid.rows).toHaveLength(rows);
    expect(grid.rows[54_321][9]).toEqual(registerRow(54_321)[9]);
    expect(grid.rows[54_321][3]).toBeUndefined();
    expect(largestPayload(s)).toBeLessThanOrEqual(PAYLOAD_CEILING);
    expect(totalResponse(s)).toBeLessThanOrEqual(1.5 * own);
    // Each sync carries a real share of the payload: round trips follow the bytes, not the rows.
    const fullSyncs = Math.ceil(totalResponse(s) / 1_500_000);
    expect(s.counters.roundTrips).toBeLessThanOrEqual(fullSyncs + 3);
  });

  it('keeps round trips flat as rows grow when the payload fits one chunk', async () => {
    const trips: number[] = [];
    for (const rows of [300, 3_000, 30_000]) {
      const s = createStandin({ sheets: [registerSheet(rows)] });
      s.resetCounters();
      await hostOn(s, { chunkBytes: 4_000_000 }).readColumns(REGISTER, [0, 1], FIRST_DATA_ROW);
      trips.push(s.counters.roundTrips);
    }
    expect(trips).toEqual([3, 3, 3]);
  });

  it('reads a date-formatted number as a DateValue and a typed "#N/A" as text', async () => {
    const s = createStandin({
      sheets: [{ name: 'S', rows: [['日期', '备注'], [46086, '#N/A'], [46087, err('#N/A')]], numberFormats: { A2: 'yyyy"年"m"月"d"日"' } }],
    });
    const grid = await hostOn(s).readColumns('S', [0, 1], 2);
    expect(grid.rows).toEqual([
      [day(2026, 3, 5), '#N/A'],
      [46087, err('#N/A')],
    ]);
  });

  it('stops at the last used row and gives the rows the clerk hid', async () => {
    const s = createStandin({ sheets: [{ name: 'S', rows: [['a'], ['b'], ['c'], ['d']], hiddenRows: [3] }] });
    const grid = await hostOn(s).readColumns('S', [0], 2);
    expect(grid.rows).toEqual([['b'], ['c'], ['d']]);
    expect([...(grid.hiddenRows ?? [])]).toEqual([3]);
  });
});
