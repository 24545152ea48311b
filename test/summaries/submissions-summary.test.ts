import { DEFAULT_APPRAISAL_SCHEME } from '../../src/core/summaries/appraisal/appraisal-scheme';
import { buildSubmissionsSummary } from '../../src/core/summaries/submissions-summary';
import { SUBMISSIONS } from './county-fixture';
import { contextOf, recordOf, rowOf, tableOf } from './summary-context';

/*
 * Counted by hand: 9 pieces submitted in 2026; adopted: 县级 2 (信息一, 信息七), 市级 2 (信息二
 * "市委办采用", 信息九), 省级 1, 国家级 1, and 信息八 "采用" without a level. Points by default:
 * 县级 1, 市级 2, 省级 5, 国家级 10.
 */
describe('信息报送统计 of the county fixture for 2026', () => {
  const { spec } = buildSubmissionsSummary(contextOf([{ source: '县政府办', registers: [SUBMISSIONS] }]));

  it('counts submissions and adoptions by the month submitted', () => {
    expect(tableOf(spec, '按月份').rows).toEqual([
      ['1月', 1, 1],
      ['2月', 1, 1],
      ['3月', 2, 1],
      ['4月', 1, 0],
      ['5月', 1, 1],
      ['6月', 1, 1],
      ['7月', 1, 1],
      ['8月', 0, 0],
      ['9月', 1, 1],
      ['10月', 0, 0],
      ['11月', 0, 0],
      ['12月', 0, 0],
    ]);
  });

  it('gives each unit its submissions, adoptions by level and points', () => {
    const units = tableOf(spec, '按报送单位');
    expect(units.columns.map((c) => c.header)).toEqual(['报送单位', '报送件数', '采用件数', '采用率', '国家级采用', '省级采用', '市级采用', '县级采用', '级别未注明', '得分']);
    expect(units.rows).toEqual([
      ['办公室', 4, 4, 1, 1, 0, 1, 1, 1, 13],
      ['财政局', 3, 2, 2 / 3, 0, 1, 1, 0, 0, 7],
      ['农业局', 2, 1, 0.5, 0, 0, 0, 1, 0, 1],
      ['合计', 9, 7, 7 / 9, 1, 1, 2, 2, 1, 21],
    ]);
  });

  it('holds each person against the yearly quota of 12 pieces', () => {
    const people = tableOf(spec, '按报送人');
    expect(people.rows.map((r) => r.slice(0, 3))).toEqual([
      ['钱七', '办公室', 3],
      ['王五', '财政局', 2],
      ['赵六', '农业局', 2],
      ['周九', '办公室', 1],
      ['孙八', '财政局', 1],
      ['合计', '', 9],
    ]);
    expect(recordOf(people, rowOf(people, '钱七'))).toMatchObject({ 全年任务: 12, 任务完成率: 0.25, 采用件数: 3, 得分: 13 });
    expect(recordOf(people, rowOf(people, '合计'))).toMatchObject({ 全年任务: 60, 任务完成率: 9 / 60, 得分: 21 });
  });

  it('scores adoptions with the points the office set', () => {
    const scheme = { ...DEFAULT_APPRAISAL_SCHEME, adoption: DEFAULT_APPRAISAL_SCHEME.adoption.map((l) => ({ ...l, points: l.level === '市级' ? 3 : l.points })) };
    const units = tableOf(buildSubmissionsSummary(contextOf([{ source: '县政府办', registers: [SUBMISSIONS] }], { scheme })).spec, '按报送单位');
    expect(rowOf(units, '合计').at(-1)).toBe(23);
  });
});
