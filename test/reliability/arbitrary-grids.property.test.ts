/**
 * The whole engine — detectLayout, readRecords, assessRegister, checkRegister, checkWorkbook —
 * on arbitrary grids of the values a host can hand over: header words in any order, titles,
 * dates, serials, text dates, document numbers, deadlines, errors, blanks, holes, odd merges and
 * hidden rows. It never throws, its parts agree, and every problem is one a clerk can read:
 * Chinese text, a code, and a cell that exists.
 */
import fc from 'fast-check';
import { serialToDay } from '../../src/core/dates/day';
import { ITEM_STATUSES, type CellValue, type Grid, type MergedRange } from '../../src/core/types';
import { allProblems, checkProblemShape, runPipeline } from './support/engine-pipeline';

const HEADERS = ['序号', '收文编号', '收文日期', '来文单位', '文号', '标题', '密级', '紧急程度', '份数', '承办单位', '办理时限', '办结日期', '办理结果', '是否督办', '备注', '督办事项', '交办日期', '批示领导', '发文字号', '发文日期', '签发人', '报送日期', '采用情况', '日期', '办理情况', '清退日期'];
const TITLES = ['2026年收文登记簿', '督查督办台账', '小计', '合计', '注：本表每月底报送', '以下空白', '填表人：'];
const TEXTS = ['县政办发〔2026〕12号', '县政办发[2026]012号', '5个工作日', '10日内', '3月底前', '长期', '持续推进', '已办结', '未办结', '正在办理', '秘密', '机密★1年', '特急', '加急', '普通', '县财政局', '是', '否', '2026-3-5', '2026.3.5', '2026年3月5日', '3月5日', '二〇二六年三月五日', '２０２６．３．５', '20260305', '1899-12-31', '2027年2月30日', '=1+1', '#N/A'];

/** What a data cell may hold: no header wording, so a register's header stays the only one. */
const dataCell: fc.Arbitrary<CellValue | undefined> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: fc.constantFrom(...TEXTS) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 80_000 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom('#N/A', '#REF!', '#VALUE!').map((code): CellValue => ({ type: 'error', code })) },
  { weight: 3, arbitrary: fc.integer({ min: -2, max: 3_000_000 }).map((serial): CellValue => ({ type: 'date', serial, day: serialToDay(serial) })) },
);

const cell: fc.Arbitrary<CellValue | undefined> = fc.oneof(
  { weight: 8, arbitrary: dataCell },
  { weight: 1, arbitrary: fc.constantFrom(...HEADERS, ...TITLES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

const headerRow = fc.shuffledSubarray(HEADERS, { minLength: 0, maxLength: 14 }).map((h): Array<CellValue | undefined> => h);

const merge: fc.Arbitrary<MergedRange> = fc
  .record({ top: fc.integer({ min: -1, max: 12 }), left: fc.integer({ min: -1, max: 14 }), h: fc.integer({ min: -1, max: 4 }), w: fc.integer({ min: -1, max: 6 }) })
  .map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));

const grid: fc.Arbitrary<Grid> = fc
  .record({
    sheet: fc.oneof(fc.constantFrom('收文登记', '督办台账', '2026年发文'), fc.string({ maxLength: 31 })),
    top: fc.integer({ min: 1, max: 4 }),
    before: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 3 }),
    header: fc.array(headerRow, { minLength: 0, maxLength: 2 }),
    body: fc.array(fc.array(cell, { maxLength: 16 }), { maxLength: 40 }),
    merges: fc.array(merge, { maxLength: 5 }),
    hidden: fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 4 }),
    holes: fc.array(fc.integer({ min: 0, max: 45 }), { maxLength: 4 }),
  })
  .map(({ sheet, top, before, header, body, merges, hidden, holes }) => {
    const rows: Array<ReadonlyArray<CellValue | undefined>> = [...before, ...header, ...body];
    // A sparse rows array, as hosts give for rows with nothing in them.
    for (const h of holes) if (h < rows.length) delete rows[h];
    return { sheet, top, rows, merges, hiddenRows: new Set(hidden) };
  });

describe('the engine on arbitrary grids', () => {
  it('never throws, and its layout, records, statuses and findings agree with each other and with the grid', () => {
    fc.assert(
      fc.property(grid, (g) => {
        const result = runPipeline(g);
        const { layout, register, assessment } = result;
        expect(layout.sheet).toBe(g.sheet);
        const rows = register.records.map((r) => r.row);
        expect(rows).toEqual([...rows].sort((a, b) => a - b));
        expect(new Set(rows).size).toBe(rows.length);
        for (const row of rows) {
          expect(row).toBeGreaterThan(layout.headerRows?.[1] ?? 0);
          expect(row).toBeLessThanOrEqual(g.top + g.rows.length - 1);
        }
        expect(assessment.items.map((i) => i.row)).toEqual(rows);
        expect(ITEM_STATUSES.reduce((n, s) => n + assessment.counts[s], 0)).toBe(rows.length);
        expect(allProblems(result).flatMap((p) => checkProblemShape(p, g))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('reads a register with a real header whatever sits around it, and finds its records among the rows under it', () => {
    const lead = fc.array(fc.oneof(fc.constant(null), fc.constantFrom(...TITLES)), { maxLength: 2 });
    const real = fc.record({ lead: fc.array(lead, { maxLength: 3 }), body: fc.array(fc.array(dataCell, { minLength: 8, maxLength: 10 }), { minLength: 1, maxLength: 30 }) });
    fc.assert(
      fc.property(real, ({ lead, body }) => {
        const header: CellValue[] = ['序号', '收文日期', '来文单位', '文号', '标题', '承办单位', '办理时限', '办结日期', '办理结果'];
        const g: Grid = { sheet: '收文登记', top: 1, rows: [...lead, header, ...body] };
        const result = runPipeline(g);
        expect(result.layout.kind).toBe('incoming');
        expect(result.layout.headerRows?.[1]).toBe(lead.length + 1);
        expect(allProblems(result).flatMap((p) => checkProblemShape(p, g))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
