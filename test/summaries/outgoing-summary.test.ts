import { buildOutgoingSummary } from '../../src/core/summaries/outgoing-summary';
import { DEFAULT_QUOTA_POLICY, DEFAULT_QUOTA_SETTINGS } from '../../src/core/summaries/quota/quota-policy';
import { OUTGOING } from './county-fixture';
import { contextOf, recordOf, rowOf, tableOf } from './summary-context';

const sources = [{ source: '县政府办', registers: [OUTGOING] }];

/*
 * Counted by hand: in 2025 办公室 issued 10, 财政局 3, 规划办 1; in 2026 办公室 9 (one dated
 * 2026-12-05, after the as-of day), 财政局 3, 农业局 2 (new). 1 January to 20 November 2026 is
 * 324 days of 365.
 */
describe('发文统计 and the document quota of the county fixture for 2026', () => {
  const { spec, problems } = buildOutgoingSummary(contextOf(sources));

  it('counts documents by the month issued', () => {
    expect(tableOf(spec, '按月份').rows.map((r) => r[1])).toEqual([1, 1, 2, 1, 1, 2, 1, 1, 1, 1, 1, 1]);
  });

  it('counts documents by drafting unit, the December document included', () => {
    expect(tableOf(spec, '按拟稿单位').rows.map((r) => r.slice(0, 2))).toEqual([
      ['办公室', 9],
      ['财政局', 3],
      ['农业局', 2],
      ['合计', 14],
    ]);
  });

  it('caps 办公室 at 90% of its 10 documents of 2025 and warns that its pace will pass the cap', () => {
    const quota = tableOf(spec, '2026年发文定额执行情况');
    const office = recordOf(quota, rowOf(quota, '办公室'));
    expect(office).toMatchObject({ 上年发文数: 10, 年度定额: 9, 定额依据: '2025年发文 10 件 × 90%，向下取整', 已发文: 8, 剩余: 1, 提示: '按目前进度，全年将超出定额' });
    expect(office['已用比例']).toBeCloseTo(8 / 9, 10);
    expect(office['预计全年发文']).toBeCloseTo((8 * 365) / 324, 10);
    expect(quota.rowStyles?.[quota.rows.findIndex((r) => r[0] === '办公室')]).toBe('warning');
  });

  it('rounds 90% of 3 down to 2 and says 财政局 has already passed its cap', () => {
    const quota = tableOf(spec, '发文定额执行情况');
    expect(recordOf(quota, rowOf(quota, '财政局'))).toMatchObject({ 上年发文数: 3, 年度定额: 2, 已发文: 3, 剩余: -1, 已用比例: 1.5, 提示: '已超出年度定额' });
  });

  it('gives a department new this year no cap from history, and says so', () => {
    const quota = tableOf(spec, '发文定额执行情况');
    expect(recordOf(quota, rowOf(quota, '农业局'))).toMatchObject({ 上年发文数: 0, 年度定额: null, 定额依据: '2025年无发文记录，未按历史测算定额', 已发文: 2, 剩余: null, 已用比例: null, 提示: '如需设定额，请在发文定额表中填写' });
    expect(problems).toEqual([expect.objectContaining({ code: 'summary.quota.noHistory', severity: 'info' })]);
    expect(problems[0].message.zh).toContain('“农业局”2025年没有发文记录');
  });

  it('keeps a unit silent in 2026 on its list with a cap of 0 (90% of one document, rounded down)', () => {
    const quota = tableOf(spec, '发文定额执行情况');
    expect(quota.rows.map((r) => r[0])).toEqual(['办公室', '财政局', '农业局', '规划办']);
    expect(recordOf(quota, rowOf(quota, '规划办'))).toMatchObject({ 上年发文数: 1, 年度定额: 0, 已发文: 0, 剩余: 0, 已用比例: null, 预计全年发文: 0, 提示: '' });
  });

  it('lets a typed cap win over history, and ignores caps typed for another year', () => {
    const typed = { policy: DEFAULT_QUOTA_POLICY, year: 2026, caps: [{ source: null, unit: '农 业 局', cap: 5 }, { source: null, unit: '办公室', cap: 12 }] };
    const quota = tableOf(buildOutgoingSummary(contextOf(sources, { quota: typed })).spec, '发文定额执行情况');
    expect(recordOf(quota, rowOf(quota, '农业局'))).toMatchObject({ 年度定额: 5, 定额依据: '发文定额表手填', 剩余: 3, 提示: '' });
    expect(recordOf(quota, rowOf(quota, '办公室'))).toMatchObject({ 年度定额: 12, 剩余: 4, 提示: '' });
    const stale = tableOf(buildOutgoingSummary(contextOf(sources, { quota: { ...typed, year: 2025 } })).spec, '发文定额执行情况');
    expect(recordOf(stale, rowOf(stale, '农业局'))['年度定额']).toBeNull();
  });

  it('applies the percentage and rounding the office chose', () => {
    const quota = { ...DEFAULT_QUOTA_SETTINGS, policy: { ...DEFAULT_QUOTA_POLICY, percent: 85, rounding: 'ceil' as const } };
    const table = tableOf(buildOutgoingSummary(contextOf(sources, { quota })).spec, '发文定额执行情况');
    // 85% of 10 = 8.5 → 9; of 3 = 2.55 → 3; of 1 = 0.85 → 1.
    expect(table.rows.map((r) => [r[0], r[2]])).toEqual([
      ['办公室', 9],
      ['财政局', 3],
      ['农业局', null],
      ['规划办', 1],
    ]);
  });

  it('groups by the 机关代字 series of the number when the office chooses it', () => {
    const quota = { ...DEFAULT_QUOTA_SETTINGS, policy: { ...DEFAULT_QUOTA_POLICY, groupBy: 'agency' as const } };
    const byAgency = buildOutgoingSummary(contextOf(sources, { quota })).spec;
    expect(tableOf(byAgency, '按机关代字').rows.map((r) => r.slice(0, 2))).toEqual([
      ['县政办发', 9],
      ['县财发', 3],
      ['县农发', 2],
      ['合计', 14],
    ]);
    expect(tableOf(byAgency, '发文定额执行情况').rows.map((r) => [r[0], r[2]])).toEqual([
      ['县政办发', 9],
      ['县财发', 2],
      ['县农发', null],
      ['县规划办', 0],
    ]);
  });

  it('computes no quota for a period that spans two years', () => {
    const spanning = buildOutgoingSummary(contextOf(sources, { period: { kind: 'range', from: { year: 2025, month: 10, day: 1 }, to: { year: 2026, month: 3, day: 31 } } })).spec;
    expect(spanning.tables.some((t) => t.caption?.includes('定额'))).toBe(false);
    expect(spanning.notes).toContain('统计期间跨年度，未计算发文定额。');
    expect(tableOf(spanning, '按月份').rows.map((r) => r[0])).toEqual(['2025年10月', '2025年11月', '2025年12月', '2026年1月', '2026年2月', '2026年3月']);
  });
});
