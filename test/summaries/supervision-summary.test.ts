import { buildSupervisionSummary } from '../../src/core/summaries/supervision-summary';
import { SUPERVISION, rowOf as sheetRow } from './county-fixture';
import { contextOf, recordOf, rowOf, tableOf } from './summary-context';

/*
 * Counted by hand: 11 items assigned in 2026 (DB-1…DB-10, DB-12). Done on time: DB-1, 3, 4, 6, 8,
 * 10; late: DB-2; overdue: DB-5, DB-7, DB-12 (阅办件, default 5 working days: due 2026-05-25);
 * due soon: DB-9. Working days taken: DB-1 8, 2 5, 3 9, 4 11 (劳动节 5-1…5-5 off), 6 5, 8 9,
 * 10 20 (10-10 was a 调休 working Saturday).
 */
describe('督办统计 of the county fixture for 2026, as of 2026-11-20', () => {
  const ctx = contextOf([{ source: '县政府办', registers: [SUPERVISION] }]);
  const { spec } = buildSupervisionSummary(ctx);

  it('gives the year overall', () => {
    const overall = tableOf(spec, '总体情况');
    const r = recordOf(overall, overall.rows[0]);
    expect(r).toMatchObject({ 件数: 11, 已办结: 7, 其中按时办结: 6, 其中逾期办结: 1, 未办结: 4, 其中逾期未办结: 3, 按时办结率: 0.6 });
    expect(r['办结率']).toBeCloseTo(7 / 11, 10);
    expect(r['平均办理用时（工作日）']).toBeCloseTo(67 / 7, 10);
  });

  it('counts items by the month assigned and by the month completed', () => {
    expect(tableOf(spec, '按月份').rows).toEqual([
      ['1月', 0, 0],
      ['2月', 1, 1],
      ['3月', 1, 1],
      ['4月', 2, 1],
      ['5月', 1, 1],
      ['6月', 1, 0],
      ['7月', 1, 1],
      ['8月', 1, 0],
      ['9月', 1, 1],
      ['10月', 1, 0],
      ['11月', 1, 1],
      ['12月', 0, 0],
    ]);
  });

  it('breaks items down by source, with each source its rates', () => {
    const sources = tableOf(spec, '按事项来源');
    expect(sources.rows.map((r) => r.slice(0, 2))).toEqual([
      ['会议', 4],
      ['建议提案', 3],
      ['领导批示', 2],
      ['来信来访', 1],
      ['文件', 1],
      ['合计', 11],
    ]);
    const meetings = recordOf(sources, rowOf(sources, '会议'));
    expect(meetings).toMatchObject({ 已办结: 2, 其中按时办结: 2, 未办结: 2, 其中逾期未办结: 1, 办结率: 0.5, '平均办理用时（工作日）': 6.5 });
    expect(meetings['按时办结率']).toBeCloseTo(2 / 3, 10);
  });

  it('breaks items down by category and by leader, an empty leader last', () => {
    expect(tableOf(spec, '按类别').rows.map((r) => r.slice(0, 2))).toEqual([
      ['查办件', 4],
      ['急办件', 2],
      ['建议', 2],
      ['阅办件', 2],
      ['提案', 1],
      ['合计', 11],
    ]);
    expect(tableOf(spec, '按批示领导').rows.map((r) => r.slice(0, 2))).toEqual([
      ['张书记', 4],
      ['李县长', 4],
      ['王副县长', 2],
      ['（未填写）', 1],
      ['合计', 11],
    ]);
  });

  it('gives each handling unit its rates', () => {
    const units = tableOf(spec, '按承办单位');
    expect(units.rows.map((r) => r[0])).toEqual(['农业局', '财政局', '办公室', '（未填写）', '合计']);
    const farm = recordOf(units, rowOf(units, '农业局'));
    expect(farm).toMatchObject({ 件数: 4, 已办结: 3, 其中按时办结: 2, 其中逾期办结: 1, 其中逾期未办结: 1, 办结率: 0.75, 按时办结率: 0.5 });
    expect(farm['平均办理用时（工作日）']).toBeCloseTo(34 / 3, 10);
    expect(recordOf(units, rowOf(units, '办公室'))).toMatchObject({ 件数: 3, 已办结: 2, 未办结: 1, 其中逾期未办结: 0, 按时办结率: 1, '平均办理用时（工作日）': 7 });
  });

  it('counts 满意 and 基本满意 as satisfied, and leaves out items without a verdict', () => {
    const satisfaction = tableOf(spec, '满意度');
    expect(satisfaction.rows).toEqual([
      ['财政局', 2, 1, 0, 1, 0.5],
      ['农业局', 2, 1, 1, 0, 1],
      ['办公室', 1, 1, 0, 0, 1],
      ['合计', 5, 3, 1, 1, 0.8],
    ]);
  });

  it('counts 建议提案 results by grade', () => {
    const grades = tableOf(spec, '建议提案办理结果');
    expect(grades.rows.map((r) => r.slice(0, 1).concat(r.slice(2, 3)))).toEqual([
      ['A类', 1],
      ['B类', 1],
      ['C类', 1],
      ['D类', 0],
      ['合计', 3],
    ]);
  });

  it('lists the overdue items still open, most late first, with the deadline and its unit', () => {
    const overdue = tableOf(spec, '逾期未办结事项');
    expect(overdue.caption).toContain('（3 件）');
    expect(overdue.rows.map((r) => r[2])).toEqual(['DB-12', 'DB-5', 'DB-7']);
    const seven = recordOf(overdue, overdue.rows[2]);
    // Due 2026-08-06; 8-07 … 11-20 has 72 working days (国庆 10-1…10-7 off, 9-20 and 10-10 worked).
    expect(seven).toMatchObject({ 登记表: '督办台账', 行号: sheetRow(7), 事项: '落实批示戊', 承办单位: '财政局', 责任人: '孙八', 办理时限: '2026-08-06', 逾期工作日: 72, 逾期自然日: 106 });
    expect(recordOf(overdue, overdue.rows[0])['办理时限']).toBe('2026-05-25（默认时限：阅办件 5个工作日，自2026-05-18次日起算）');
  });

  it('says how the satisfaction rate is computed', () => {
    expect(spec.notes).toEqual(expect.arrayContaining(['满意率 =（满意件数 + 基本满意件数）÷ 已评价件数；未填写或无法识别评价的事项不计入。']));
  });
});

describe('a supervision ledger without satisfaction, leader or grades', () => {
  it('leaves those tables out and says so', () => {
    const bare = { ...SUPERVISION, layout: { ...SUPERVISION.layout, columns: { serialNo: 0, assignedDate: 1, handler: 6, deadline: 8, completedDate: 9 } } };
    const stripped = { ...bare, records: bare.records.map((r) => ({ ...r, values: { serialNo: r.values.serialNo ?? null, assignedDate: r.values.assignedDate ?? null, handler: r.values.handler ?? null, deadline: r.values.deadline ?? null, completedDate: r.values.completedDate ?? null } })) };
    const { spec } = buildSupervisionSummary(contextOf([{ source: '县政府办', registers: [stripped] }]));
    const captions = spec.tables.map((t) => t.caption);
    expect(captions.some((c) => c?.includes('满意度'))).toBe(false);
    expect(captions.some((c) => c?.includes('建议提案'))).toBe(false);
    expect(captions.some((c) => c?.includes('按批示领导'))).toBe(false);
    expect(spec.notes).toEqual(expect.arrayContaining(['台账没有“批示领导”列，未按批示领导统计。']));
  });
});
