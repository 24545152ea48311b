import { DEFAULT_APPRAISAL_SCHEME } from '../../src/core/summaries/appraisal/appraisal-scheme';
import type { QuotaRow } from '../../src/core/summaries/quota/compute-quotas';
import { DEFAULT_QUOTA_SETTINGS } from '../../src/core/summaries/quota/quota-policy';
import { buildAppraisalSchemeSheet } from '../../src/core/summaries/settings/appraisal-scheme-sheet';
import { buildQuotaSheet } from '../../src/core/summaries/settings/quota-sheet';
import { readAppraisalScheme } from '../../src/core/summaries/settings/read-appraisal-scheme';
import { readQuotaTable } from '../../src/core/summaries/settings/read-quota-table';
import { gridOf } from '../helpers/grid';
import { gridOfSpec } from './memory-host';

const row = (unit: string, previous: number, cap: number | null, capSource: QuotaRow['capSource'], source: string | null = null): QuotaRow => ({
  source, unit, previous, cap, capSource, used: 0, remaining: null, shareUsed: null, projected: null, warning: null,
});

describe('the quota table (发文定额表)', () => {
  it('reads back, from the sheet the add-in wrote, the rules and the caps a clerk typed (and only those)', () => {
    const spec = buildQuotaSheet({ year: 2026, settings: DEFAULT_QUOTA_SETTINGS, rows: [row('办公室', 10, 9, 'history'), row('农业局', 0, 6, 'typed')], bySource: false });
    const { settings, problems } = readQuotaTable(gridOfSpec(spec));
    expect(problems).toEqual([]);
    expect(settings.year).toBe(2026);
    expect(settings.policy).toEqual(DEFAULT_QUOTA_SETTINGS.policy);
    expect(settings.caps.map((c) => [c.source, c.unit, c.cap])).toEqual([[null, '农业局', 6]]);
  });

  it('keeps the workbook of each cap when several are summarised', () => {
    const spec = buildQuotaSheet({ year: 2026, settings: DEFAULT_QUOTA_SETTINGS, rows: [row('办公室', 10, 12, 'typed', '城关镇')], bySource: true });
    expect(readQuotaTable(gridOfSpec(spec)).settings.caps.map((c) => [c.source, c.unit, c.cap])).toEqual([['城关镇', '办公室', 12]]);
  });

  it('reads a table a clerk rearranged, with full-width digits, a percentage sign and spaced labels', () => {
    const grid = gridOf('发文定额表', [
      ['发文定额表'],
      [],
      ['定 额 比 例（%）', '85%'],
      ['取整方式', '四舍五入'],
      ['统计口径', '按机关代字'],
      ['适用年度', '２０２６'],
      [],
      ['备注', '单位', '年度定额'],
      ['', '办公室', '３０'],
      ['', '财政局', ''],
      ['', '合计', 30],
    ]);
    const { settings, problems } = readQuotaTable(grid);
    expect(problems).toEqual([]);
    expect(settings.policy).toEqual({ percent: 85, rounding: 'round', groupBy: 'agency' });
    expect(settings.year).toBe(2026);
    expect(settings.caps).toEqual([{ source: null, unit: '办公室', cap: 30, at: { sheet: '发文定额表', row: 9, col: 2 } }]);
  });

  it('names the cell of every entry it cannot use and keeps the default', () => {
    const grid = gridOf('发文定额表', [
      ['定额比例（%）', '九成'],
      ['取整方式', '随便'],
      ['单位', '年度定额'],
      ['办公室', '三十'],
      ['财政局', 12.5],
      ['农业局', 4],
      ['农 业 局', 5],
    ]);
    const { settings, problems } = readQuotaTable(grid);
    expect(settings.policy).toEqual(DEFAULT_QUOTA_SETTINGS.policy);
    expect(settings.caps.map((c) => [c.unit, c.cap])).toEqual([['农业局', 4]]);
    expect(problems.map((p) => [p.code, p.at?.row, p.at?.col])).toEqual([
      ['settings.quota.invalid', 1, 1],
      ['settings.quota.invalid', 2, 1],
      ['settings.quota.invalid', 4, 1],
      ['settings.quota.invalid', 5, 1],
      ['settings.quota.invalid', 7, 1],
    ]);
    expect(problems[2].message.zh).toBe('“发文定额表”B4 的“办公室”的年度定额“三十”无法识别，已忽略');
    expect(problems[2].fix?.zh).toBe('请填写不小于 0 的整数，如 36；不设定额请留空');
    expect(problems[4].message.zh).toBe('“发文定额表”B7 的“农 业 局”的年度定额“5”与前面一行重复，已忽略');
  });
});

describe('the appraisal scheme (考核计分办法)', () => {
  it('reads back every item of the sheet it wrote as the scheme it came from', () => {
    const { scheme, problems } = readAppraisalScheme(gridOfSpec(buildAppraisalSchemeSheet(DEFAULT_APPRAISAL_SCHEME)));
    expect(problems).toEqual([]);
    expect(scheme).toEqual(DEFAULT_APPRAISAL_SCHEME);
  });

  it('takes the points a clerk edited, negative numbers typed as text included', () => {
    const spec = buildAppraisalSchemeSheet(DEFAULT_APPRAISAL_SCHEME);
    const grid = gridOfSpec(spec);
    const edit = (label: string, value: string | number): void => {
      const line = grid.rows.find((r) => r[0] === label) as Array<unknown>;
      line[1] = value;
    };
    edit('逾期未办结（每件）', '－3');
    edit('信息被省级采用（每篇）', 8);
    edit('优秀比例（%）', '15%');
    edit('优秀名额取整', '四舍五入');
    edit('督查督办权重', 1.5);
    const { scheme, problems } = readAppraisalScheme(grid);
    expect(problems).toEqual([]);
    expect(scheme.overdue).toBe(-3);
    expect(scheme.adoption.find((l) => l.level === '省级')?.points).toBe(8);
    expect(scheme.excellentPercent).toBe(15);
    expect(scheme.excellentRounding).toBe('round');
    expect(scheme.weights).toEqual({ incoming: 1, supervision: 1.5 });
  });

  it('reports a value it cannot read and an item it does not know, by cell, keeping the defaults', () => {
    const grid = gridOf('考核计分办法', [
      ['考核计分办法'],
      ['项目', '分值/设定', '说明'],
      ['基础分', '一百', ''],
      ['按时办结', 2, ''],
      ['领导表扬（每次）', 3, ''],
      ['收文办理权重', -1, ''],
    ]);
    const { scheme, problems } = readAppraisalScheme(grid);
    expect(scheme.base).toBe(100);
    expect(scheme.onTime).toBe(2);
    expect(scheme.weights.incoming).toBe(1);
    expect(problems.map((p) => `${p.at?.row}:${p.at?.col}`)).toEqual(['3:1', '5:0', '6:1']);
    expect(problems[1].message.zh).toBe('“考核计分办法”A5 的计分项目“领导表扬（每次）”无法识别，已忽略');
  });
});
