import { buildIncomingSummary } from '../../src/core/summaries/incoming-summary';
import { INCOMING } from './county-fixture';
import { contextOf, recordOf, rowOf, tableOf } from './summary-context';

/*
 * Counted by hand from county-fixture.ts: 19 documents received in 2026 (lines 1–17, 21, 22);
 * lines 18–19 are from 2025 and line 20 has no 收文日期. Working days taken (2026 calendar):
 * line 1: 3, 2: 1, 3: 5, 5: 3, 7: 8, 8: 5, 9: 2, 10: 9, 12: 3, 13: 8, 21: 2, 22: 9 (端午 6-19 off).
 */
describe('收文统计 of the county fixture for 2026, as of 2026-11-20', () => {
  const ctx = contextOf([{ source: '县政府办', registers: [INCOMING] }]);
  const { spec } = buildIncomingSummary(ctx);

  it('is named for the year and has a stable purpose', () => {
    expect(spec.name).toBe('2026年度 收文统计');
    expect(spec.purpose).toBe('summary:incoming:2026');
    expect(spec.subtitle).toBe('统计期间：2026年1月1日至2026年12月31日　统计截至：2026年11月20日');
  });

  it('gives the year overall: 19 received, 12 finished (9 on time, 3 late), 7 open of which 3 overdue', () => {
    const overall = tableOf(spec, '总体情况');
    const r = recordOf(overall, overall.rows[0]);
    expect(r).toMatchObject({ 件数: 19, 已办结: 12, 其中按时办结: 9, 其中逾期办结: 3, 未办结: 7, 其中逾期未办结: 3 });
    expect(r['办结率']).toBeCloseTo(12 / 19, 10);
    expect(r['按时办结率']).toBeCloseTo(9 / 15, 10);
    expect(r['平均办理用时（工作日）']).toBeCloseTo(58 / 12, 10);
  });

  it('counts documents by the month received and completions by the month completed (a 2025 document finished in January counts)', () => {
    const months = tableOf(spec, '按月份');
    expect(months.rows).toEqual([
      ['1月', 2, 3],
      ['2月', 1, 1],
      ['3月', 5, 2],
      ['4月', 1, 2],
      ['5月', 1, 1],
      ['6月', 2, 2],
      ['7月', 1, 0],
      ['8月', 1, 1],
      ['9月', 1, 1],
      ['10月', 1, 0],
      ['11月', 3, 0],
      ['12月', 0, 0],
    ]);
    expect(spec.charts).toEqual([{ type: 'column', title: '各月收文与办结件数', table: 1, categoryColumn: 0, valueColumns: [1, 2] }]);
  });

  it('lists senders largest first, ties in the order first seen, with shares and a total', () => {
    const senders = tableOf(spec, '按来文单位');
    expect(senders.rows.map((r) => r.slice(0, 2))).toEqual([
      ['市政府办', 8],
      ['县委办', 6],
      ['市财政局', 3],
      ['市农业农村局', 1],
      ['省政府办', 1],
      ['合计', 19],
    ]);
    expect(rowOf(senders, '市政府办')[2]).toBeCloseTo(8 / 19, 10);
    expect(senders.rowStyles?.at(-1)).toBe('total');
  });

  it('groups 密级 by level, dropping the 保密期限, in the order 机密 before 秘密, empty last', () => {
    expect(tableOf(spec, '按密级').rows.map((r) => r.slice(0, 2))).toEqual([
      ['机密', 2],
      ['秘密', 3],
      ['（未填写）', 14],
      ['合计', 19],
    ]);
  });

  it('lists 紧急程度 特急 and 加急 first, other values after them', () => {
    expect(tableOf(spec, '按紧急程度').rows.map((r) => r.slice(0, 2))).toEqual([
      ['特急', 2],
      ['加急', 2],
      ['平件', 1],
      ['（未填写）', 14],
      ['合计', 19],
    ]);
  });

  it('gives each handling unit its counts, rates and average handling time', () => {
    const units = tableOf(spec, '按承办单位');
    expect(units.rows.map((r) => r[0])).toEqual(['办公室', '财政局', '农业局', '（未填写）', '合计']);
    const office = recordOf(units, rowOf(units, '办公室'));
    expect(office).toMatchObject({ 件数: 7, 已办结: 6, 其中按时办结: 4, 其中逾期办结: 2, 未办结: 1, 其中逾期未办结: 1, '平均办理用时（工作日）': 3.5 });
    expect(office['办结率']).toBeCloseTo(6 / 7, 10);
    expect(office['按时办结率']).toBeCloseTo(4 / 7, 10);
    const finance = recordOf(units, rowOf(units, '财政局'));
    expect(finance).toMatchObject({ 件数: 6, 已办结: 3, 其中按时办结: 2, 其中逾期办结: 1, 未办结: 3, 其中逾期未办结: 2, 办结率: 0.5, 按时办结率: 0.4 });
    expect(finance['平均办理用时（工作日）']).toBeCloseTo(23 / 3, 10);
    const farm = recordOf(units, rowOf(units, '农业局'));
    expect(farm).toMatchObject({ 件数: 5, 已办结: 3, 其中按时办结: 3, 未办结: 2, 其中逾期未办结: 0, 办结率: 0.6, 按时办结率: 1 });
  });

  it('leaves a rate empty when nothing is there to divide by', () => {
    const units = tableOf(spec, '按承办单位');
    expect(recordOf(units, rowOf(units, '（未填写）'))).toMatchObject({ 件数: 1, 已办结: 0, 办结率: 0, 按时办结率: null, '平均办理用时（工作日）': null });
  });

  it('says which date each figure counts by, how rates are computed, and what was left out', () => {
    expect(spec.notes).toEqual(
      expect.arrayContaining([
        expect.stringContaining('收文件数按收文日期计入统计期间'),
        '办结率 = 已办结件数 ÷ 件数。',
        expect.stringContaining('按时办结率 = 按时办结件数 ÷ 应办结件数'),
        '另有 1 条收文记录没有可识别的收文日期，未计入统计。',
      ]),
    );
  });

  it('reports the record without a 收文日期 by its cell', () => {
    const undated = ctx.data.problems.filter((p) => p.code === 'summary.undated');
    expect(undated).toHaveLength(1);
    expect(undated[0].at).toEqual({ sheet: '收文登记', row: 22, col: 1 });
    expect(undated[0].message.zh).toContain('B22');
  });

  it('counts a quarter by the same dates', () => {
    const q1 = buildIncomingSummary(contextOf([{ source: '县政府办', registers: [INCOMING] }], { period: { kind: 'quarter', year: 2026, quarter: 1 } })).spec;
    expect(q1.name).toBe('2026年第1季度 收文统计');
    expect(q1.purpose).toBe('summary:incoming:2026Q1');
    expect(tableOf(q1, '按月份').rows).toEqual([
      ['1月', 2, 3],
      ['2月', 1, 1],
      ['3月', 5, 2],
    ]);
    // Lines 1, 2, 3, 4, 5, 6, 7, 21: finished 1, 2, 5, 7, 21 on time and 3 late; 4 overdue; 6 has no deadline.
    expect(tableOf(q1, '总体情况').rows[0].slice(1, 7)).toEqual([8, 6, 5, 1, 2, 1]);
  });
});
