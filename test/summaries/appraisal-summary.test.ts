import { DEFAULT_APPRAISAL_SCHEME } from '../../src/core/summaries/appraisal/appraisal-scheme';
import { buildAppraisalSummary } from '../../src/core/summaries/appraisal-summary';
import type { SpecTable, SpecValue } from '../../src/core/sheet-spec';
import { COUNTY_REGISTERS } from './county-fixture';
import { registerOf } from './register-fixture';
import { contextOf, recordOf, tableOf } from './summary-context';

const sources = [{ source: '县政府办', registers: COUNTY_REGISTERS }];

const SCORE_PARTS = ['基础分', '按时办结得分', '逾期办结得分', '逾期未办结得分', '信息采用得分', '满意度得分'];

function sumParts(table: SpecTable, row: readonly SpecValue[]): number {
  const r = recordOf(table, row);
  return SCORE_PARTS.reduce((s, h) => s + Number(r[h]), 0);
}

/*
 * Counted by hand for 2026 (default scheme: base 100, +1 on time, −1 late, −2 overdue, adoption
 * points by level, 满意 +1 / 基本满意 0 / 不满意 −1):
 * 办公室: on time 4 incoming + 2 supervised, late 2, overdue 1, adoptions 13, 满意 1 → 116
 * 财政局: on time 2 + 2, late 1, overdue 2 + 1, adoptions 7, 满意 1 不满意 1 → 104
 * 农业局: on time 3 + 2, late 1, overdue 1, adoptions 1, 基本满意 1 满意 1 → 104
 * 档案馆: only a 2025 submission → the base, 100.
 */
describe('考核汇总 of the county fixture for 2026', () => {
  const { spec } = buildAppraisalSummary(contextOf(sources));
  const units = tableOf(spec, '承办单位考核');

  it('shows every unit its components, total, rank, grade and 末位 mark, best first', () => {
    expect(units.rows.map((r) => recordOf(units, r))).toEqual([
      expect.objectContaining({ 承办单位: '办公室', 基础分: 100, '按时办结（件）': 6, 按时办结得分: 6, '逾期办结（件）': 2, 逾期办结得分: -2, '逾期未办结（件）': 1, 逾期未办结得分: -2, '信息采用（篇）': 4, 信息采用得分: 13, '满意度评价（件）': 1, 满意度得分: 1, 总分: 116, 名次: 1, 等次: '合格', 末位警示: '' }),
      expect.objectContaining({ 承办单位: '财政局', '按时办结（件）': 4, '逾期办结（件）': 1, '逾期未办结（件）': 3, 逾期未办结得分: -6, 信息采用得分: 7, '满意度评价（件）': 2, 满意度得分: 0, 总分: 104, 名次: 2 }),
      expect.objectContaining({ 承办单位: '农业局', '按时办结（件）': 5, '逾期办结（件）': 1, '逾期未办结（件）': 1, 信息采用得分: 1, 满意度得分: 1, 总分: 104, 名次: 2 }),
      expect.objectContaining({ 承办单位: '档案馆', '按时办结（件）': 0, 按时办结得分: 0, '信息采用（篇）': 0, 总分: 100, 名次: 4, 等次: '合格', 末位警示: '末位' }),
    ]);
  });

  it('makes every total the sum of the components beside it', () => {
    for (const row of units.rows) expect(recordOf(units, row)['总分']).toBeCloseTo(sumParts(units, row), 10);
  });

  it('gives no 优秀 place when 20% of 4 units rounds down to none', () => {
    expect(units.rows.filter((r) => recordOf(units, r)['等次'] === '优秀')).toHaveLength(0);
    expect(units.rowStyles).toEqual(['body', 'body', 'body', 'warning']);
  });

  it('never lets a tie push 优秀 past the cap: with 2 places, the tied pair behind the leader gets none', () => {
    const scheme = { ...DEFAULT_APPRAISAL_SCHEME, excellentPercent: 50 };
    const table = tableOf(buildAppraisalSummary(contextOf(sources, { scheme })).spec, '承办单位考核');
    expect(table.rows.map((r) => [r[0], recordOf(table, r)['名次'], recordOf(table, r)['等次']])).toEqual([
      ['办公室', 1, '优秀'],
      ['财政局', 2, '合格'],
      ['农业局', 2, '合格'],
      ['档案馆', 4, '合格'],
    ]);
  });

  it('weights supervised items as the scheme says', () => {
    const scheme = { ...DEFAULT_APPRAISAL_SCHEME, weights: { incoming: 0.5, supervision: 2 } };
    const table = tableOf(buildAppraisalSummary(contextOf(sources, { scheme })).spec, '承办单位考核');
    // 办公室: on time 4 × 0.5 + 2 × 2 = 6; late 2 × −0.5 = −1; overdue 1 × −1 = −1 (incoming).
    expect(recordOf(table, table.rows[0])).toMatchObject({ 承办单位: '办公室', 按时办结得分: 6, 逾期办结得分: -1, 逾期未办结得分: -1, 总分: 118 });
  });

  it('ranks people too, the tied last three all marked 末位 and the one 优秀 place to the leader', () => {
    const people = tableOf(spec, '个人考核');
    expect(people.rows.map((r) => { const p = recordOf(people, r); return [p['姓名'], p['单位'], p['总分'], p['名次'], p['等次'], p['末位警示']]; })).toEqual([
      ['钱七', '办公室', 116, 1, '优秀', ''],
      ['王五', '财政局', 107, 2, '合格', ''],
      ['赵六', '农业局', 101, 3, '合格', ''],
      ['孙八', '财政局', 100, 4, '合格', '末位'],
      ['吴十', '档案馆', 100, 4, '合格', '末位'],
      ['周九', '办公室', 100, 4, '合格', '末位'],
    ]);
  });

  it('says how scores, places and ties are decided, and what was left out', () => {
    expect(spec.notes).toEqual(
      expect.arrayContaining([
        '优秀名额 = 参评单位数 × 20%，向下取整（本表 4 个单位，0 个名额；按人考核另行计算）。',
        expect.stringContaining('同分同名次（如 1、1、3）'),
        '另有 2 件办理事项未填写承办单位，未计入单位考核。',
      ]),
    );
  });
});

describe('考核汇总 of registers that name no unit', () => {
  it('says there is nobody to appraise', () => {
    const { spec } = buildAppraisalSummary(contextOf([{ source: '县政府办', registers: [registerOf('incoming', '收文', ['receivedDate', 'title'], [['2026-03-02', '通知']])] }]));
    expect(spec.tables[0].rows).toEqual([]);
    expect(spec.notes?.[0]).toBe('没有可考核的单位：登记簿中没有填写承办单位（或报送单位）的记录。');
  });
});
