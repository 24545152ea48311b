import { day, gridOf } from '../../../test/helpers/grid';
import type { CellValue, Grid } from '../types';
import { detectLayout } from '../layout/detect-layout';
import { readRecords } from './read-records';

const HEADER = ['序号', '收文日期', '来文单位', '文号', '标题', '承办单位', '办结日期'];

function register(rows: ReadonlyArray<ReadonlyArray<CellValue | undefined>>, options: { merges?: string[]; sheet?: string; top?: number } = {}): Grid {
  return gridOf(options.sheet ?? '收文', rows, options);
}

describe('readRecords on a plain register', () => {
  const grid = register(
    [
      ['2026年收文登记簿'],
      HEADER,
      [1, day(2026, 3, 5), '县财政局', '2026-001', '关于预算的通知', '办公室', day(2026, 3, 9)],
      [2, '2026.3.6', '市委办', '2026-002', '关于报送材料的通知', '综合股', null],
      [3, '3月9日', '县政府办', '2026-003', '关于春耕的通知', '农业股', '2026年3月20日'],
    ],
    { merges: ['A1:G1'] },
  );
  const result = readRecords(detectLayout(grid), grid);

  it('makes one record per data row, keeping its sheet row', () => {
    expect(result.records.map((r) => r.row)).toEqual([3, 4, 5]);
    expect(result.dataRows).toEqual([3, 5]);
  });

  it('keeps the raw value of every mapped field, empty cells as null', () => {
    expect(result.records[1].values).toEqual({
      serialNo: 2,
      receivedDate: '2026.3.6',
      sender: '市委办',
      docNumber: '2026-002',
      title: '关于报送材料的通知',
      handler: '综合股',
      completedDate: null,
    });
  });

  it('parses the date fields once, taking the title’s year for 3月9日', () => {
    expect(result.records[0].dates).toEqual({ receivedDate: { year: 2026, month: 3, day: 5 }, completedDate: { year: 2026, month: 3, day: 9 } });
    expect(result.records[1].dates).toEqual({ receivedDate: { year: 2026, month: 3, day: 6 } });
    expect(result.records[2].dates).toEqual({ receivedDate: { year: 2026, month: 3, day: 9 }, completedDate: { year: 2026, month: 3, day: 20 } });
    expect(result.problems).toEqual([]);
  });
});

describe('readRecords on rows that are not records', () => {
  const grid = register([
    HEADER,
    [1, day(2026, 3, 5), '县财政局', '2026-001', '关于预算的通知', '办公室', null],
    [],
    [null, '  ', null],
    [2, day(2026, 3, 6), '市委办', '2026-002', '关于报送材料的通知', '综合股', null],
    ['小 计', null, null, null, '2件'],
    [3, day(2026, 4, 1), '县政府办', '2026-003', '关于春耕的通知', '农业股', null],
    ['合计', null, null, null, '3件'],
    ['注：1. 收文日期以签收为准；'],
    ['2. 涉密文件另行登记。'],
    ['填表人：张三', null, '审核人：李四', null, '填表日期：2026年4月2日'],
  ]);
  const result = readRecords(detectLayout(grid), grid);

  it('skips blank rows, subtotals, notes and the lines that continue a note', () => {
    expect(result.records.map((r) => r.row)).toEqual([2, 5, 7]);
    expect(result.dataRows).toEqual([2, 7]);
    expect(result.problems).toEqual([]);
  });
});

describe('readRecords and date problems', () => {
  const grid = register(
    [
      ['序号', '收文编号', '来文单位', '收文日期', '标题', '承办单位', '办结日期'],
      [16, '2026-016', '县财政局', '3月32日', '关于预算的通知', '办公室', '待定'],
    ],
    { top: 16 },
  );
  const layout = detectLayout(grid);
  const result = readRecords(layout, grid);
  const [record] = result.records;

  it('attaches each problem to the cell it came from, with a stable code', () => {
    expect(record.row).toBe(17);
    expect(record.problems.map((p) => [p.code, p.at, p.field])).toEqual([
      ['read.date.invalidDay', { sheet: '收文', row: 17, col: 3 }, 'receivedDate'],
      ['read.date.unparseable', { sheet: '收文', row: 17, col: 6 }, 'completedDate'],
    ]);
    expect(result.problems).toEqual(record.problems);
  });

  it('says in plain Chinese where, what and how to write it', () => {
    expect(record.problems[0].message.zh).toBe('D17 的收文日期“3月32日”是日历上没有的日子');
    expect(record.problems[1].message.zh).toBe('G17 的办结日期“待定”无法识别为日期');
    expect(record.problems[1].fix?.zh).toBe('请写成 2026-03-05 或 2026年3月5日');
    expect(record.problems[1].severity).toBe('error');
  });

  it('keeps the raw text of a date it could not read and gives no day for it', () => {
    expect(record.values.receivedDate).toBe('3月32日');
    expect(record.dates).toEqual({});
  });
});

describe('readRecords and dates without a year', () => {
  it('takes the year of the nearest record above with a full date, and reports a first one with none', () => {
    const grid = register([
      HEADER,
      [1, '3月2日', '县财政局', '2026-001', '关于预算的通知', '办公室', null],
      [2, '2025-12-30', '市委办', '2026-002', '关于报送材料的通知', '综合股', null],
      [3, '1月4日', '县政府办', '2026-003', '关于春耕的通知', '农业股', null],
    ]);
    const layout = detectLayout(grid);
    expect(layout.year).toBeNull();
    const result = readRecords(layout, grid);
    expect(result.records[0].problems).toMatchObject([{ code: 'read.date.noYear', severity: 'warning', at: { row: 2, col: 1 } }]);
    expect(result.records[0].problems[0].fix?.zh).toContain('请写上年份');
    expect(result.records[2].dates.receivedDate).toEqual({ year: 2025, month: 1, day: 4 });
  });

  it('takes the year from section titles when several years share one sheet', () => {
    const grid = register(
      [
        HEADER,
        ['2025年'],
        [1, '12月30日', '县财政局', '2025-101', '关于年终决算的通知', '办公室', null],
        ['2026年'],
        [1, '1月4日', '县政府办', '2026-001', '关于春耕的通知', '农业股', '1月9日'],
      ],
      { merges: ['A2:G2', 'A4:G4'] },
    );
    const result = readRecords(detectLayout(grid), grid);
    expect(result.records.map((r) => r.row)).toEqual([3, 5]);
    expect(result.records[0].dates.receivedDate).toEqual({ year: 2025, month: 12, day: 30 });
    expect(result.records[1].dates).toEqual({ receivedDate: { year: 2026, month: 1, day: 4 }, completedDate: { year: 2026, month: 1, day: 9 } });
  });

  it('lets the caller name the year', () => {
    const grid = register([HEADER, [1, '3月2日', '县财政局', '2026-001', '关于预算的通知', '办公室', null]]);
    const result = readRecords(detectLayout(grid), grid, { year: 2024 });
    expect(result.records[0].dates.receivedDate).toEqual({ year: 2024, month: 3, day: 2 });
  });
});

describe('readRecords on sheets as clerks keep them', () => {
  it('skips a header repeated inside the data and a row of column numbers', () => {
    const grid = register([
      HEADER,
      [1, 2, 3, 4, 5, 6, 7],
      [1, day(2026, 3, 5), '县财政局', '2026-001', '关于预算的通知', '办公室', null],
      HEADER,
      [2, day(2026, 3, 6), '市委办', '2026-002', '关于报送材料的通知', '综合股', null],
    ]);
    const result = readRecords(detectLayout(grid), grid);
    expect(result.records.map((r) => r.row)).toEqual([3, 5]);
  });

  it('gives every row under a cell merged down the merged value, reporting its problem once', () => {
    const grid = register(
      [
        HEADER,
        [1, '3月32日', '县财政局', '2026-001', '关于预算的通知', '办公室', null],
        [2, null, '市委办', '2026-002', '关于报送材料的通知', null, null],
        [3, null, '县政府办', '2026-003', '关于春耕的通知', null, null],
      ],
      { merges: ['B2:B4', 'F2:F4'] },
    );
    const result = readRecords(detectLayout(grid), grid, { year: 2026 });
    expect(result.records.map((r) => r.values.handler)).toEqual(['办公室', '办公室', '办公室']);
    expect(result.problems).toHaveLength(1);
  });

  it('reads the same records from a grid of only the mapped columns, from the first data row on', () => {
    const whole = register([
      HEADER,
      [1, day(2026, 3, 5), '县财政局', '2026-001', '关于预算的通知', '办公室', null],
      ['合计'],
      [2, '2026/3/6', '市委办', '2026-002', '关于报送材料的通知', '综合股', null],
    ]);
    const layout = detectLayout(whole);
    const sparse: Grid = {
      sheet: '收文',
      top: 2,
      rows: whole.rows.slice(1).map((r) => {
        const only: Array<CellValue | undefined> = [];
        for (const col of Object.values(layout.columns)) only[col] = r[col];
        return only;
      }),
    };
    const fromSparse = readRecords(layout, sparse);
    expect(fromSparse.records).toEqual(readRecords(layout, whole).records);
    expect(fromSparse.records.map((r) => r.row)).toEqual([2, 4]);
  });

  it('reads bare serial numbers in the 1904 system when told to', () => {
    const grid = register([HEADER, [1, 44624, '县财政局', '2026-001', '关于预算的通知', '办公室', null]]);
    const result = readRecords(detectLayout(grid), grid, { date1904: true });
    expect(result.records[0].dates.receivedDate).toEqual({ year: 2026, month: 3, day: 5 });
  });

  it('reads no records from a sheet that is not a register', () => {
    const grid = gridOf('说明', [['填表说明'], ['收文日期请写成 2026-03-05']]);
    expect(readRecords(detectLayout(grid), grid)).toMatchObject({ records: [], dataRows: null, problems: [] });
  });
});

describe('readRecords speed', () => {
});

describe('readRecords on a long register', () => {
  it('keeps one date cell object per date, equal to what the host gave', () => {
    // A host hands over a fresh object per cell; 100,000 rows of a few hundred days keep a few hundred.
    const grid = register([HEADER, ...[1, 2, 3].map((n) => [n, day(2026, 3, 5), '县财政局', `2026-00${n}`, '通知', '办公室', n === 3 ? day(2026, 3, 6) : day(2026, 3, 5)])]);
    const records = readRecords(detectLayout(grid), grid).records;
    expect(records[0].values.receivedDate).toEqual(day(2026, 3, 5));
    expect(records[1].values.receivedDate).toBe(records[0].values.receivedDate);
    expect(records[2].values.completedDate).not.toBe(records[0].values.completedDate);
    expect(records[2].values.completedDate).toEqual(day(2026, 3, 6));
    expect(records[1].dates.receivedDate).toEqual({ year: 2026, month: 3, day: 5 });
  });
});
