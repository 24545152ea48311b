import { createWorkCalendar } from '../../src/core/calendar/work-calendar';
import { DEFAULT_DEADLINE_SETTINGS } from '../../src/core/deadlines/deadline-settings';
import { DEFAULT_APPRAISAL_SCHEME } from '../../src/core/summaries/appraisal/appraisal-scheme';
import { DEFAULT_QUOTA_SETTINGS } from '../../src/core/summaries/quota/quota-policy';
import { isValidSheetName } from '../../src/core/summaries/sheet-names';
import { buildSummary } from '../../src/app/summaries/build-summary';
import { buildYearEndPackage } from '../../src/app/summaries/build-year-end-package';
import type { YearEndOptions } from '../../src/app/summaries/summary-options';
import { COUNTY_REGISTERS, INCOMING } from './county-fixture';
import { registerOf } from './register-fixture';
import { AS_OF, recordOf, rowOf, tableOf } from './summary-context';

const options = (more: Partial<YearEndOptions> = {}): YearEndOptions => ({
  year: 2026,
  asOf: AS_OF,
  deadlineSettings: DEFAULT_DEADLINE_SETTINGS,
  calendar: createWorkCalendar(),
  ...more,
});
const county = [{ source: '县政府办', registers: COUNTY_REGISTERS }];

describe('the year-end package of the county fixture', () => {
  const { specs, problems } = buildYearEndPackage(county, options());

  it('holds a contents sheet, every summary, both lists and the two editable tables', () => {
    expect(specs.map((s) => s.name)).toEqual([
      '2026年度 目录',
      '2026年度 收文统计',
      '2026年度 发文统计',
      '2026年度 督办统计',
      '2026年度 信息报送统计',
      '2026年度 考核汇总',
      '2026年度 逾期未办结清单',
      '2026年度 涉密文件清退清单',
      '发文定额表',
      '考核计分办法',
    ]);
    expect(specs.map((s) => s.purpose)).toEqual([
      'summary:contents:2026',
      'summary:incoming:2026',
      'summary:outgoing:2026',
      'summary:supervision:2026',
      'summary:submissions:2026',
      'summary:appraisal:2026',
      'summary:overdue:2026',
      'summary:classified:2026',
      'settings:quota',
      'settings:appraisal',
    ]);
  });

  it('links the contents to every other sheet', () => {
    const links = specs[0].tables[0].rows.map((r) => r[1]);
    expect(links).toEqual(specs.slice(1).map((s) => ({ text: s.name, linkToSheet: s.name })));
  });

  it('names every sheet as Excel allows', () => {
    for (const spec of specs) expect(isValidSheetName(spec.name)).toBe(true);
  });

  it('gives every row as many cells as its table has columns, and a style per row where styled', () => {
    for (const spec of specs) {
      for (const table of spec.tables) {
        for (const row of table.rows) expect({ sheet: spec.name, caption: table.caption, cells: row.length }).toEqual({ sheet: spec.name, caption: table.caption, cells: table.columns.length });
        if (table.rowStyles) expect(table.rowStyles).toHaveLength(table.rows.length);
      }
    }
  });

  it('draws charts only from tables without a 合计 row, so no bar shows the total', () => {
    const charted = specs.flatMap((spec) => (spec.charts ?? []).map((chart) => ({ spec, chart })));
    expect(charted.length).toBe(4);
    for (const { spec, chart } of charted) {
      const table = spec.tables[chart.table];
      expect(table.rows.some((r) => r[0] === '合计')).toBe(false);
      expect(Math.max(chart.categoryColumn, ...chart.valueColumns)).toBeLessThan(table.columns.length);
    }
  });

  it('gives the same specs when built again', () => {
    expect(buildYearEndPackage(county, options())).toEqual({ specs, problems });
  });

  it('reports the record without a date and the new department once each, and no missing holiday year', () => {
    expect(problems.map((p) => p.code).sort()).toEqual(['summary.quota.noHistory', 'summary.undated']);
  });

  it('leaves the editable tables out when the workbook already has them', () => {
    const again = buildYearEndPackage(county, options({ quota: DEFAULT_QUOTA_SETTINGS, scheme: DEFAULT_APPRAISAL_SCHEME }));
    expect(again.specs.map((s) => s.purpose)).not.toContain('settings:quota');
    expect(again.specs.map((s) => s.purpose)).not.toContain('settings:appraisal');
  });

  it('offers the quota table filled with last year’s counts and the computed caps, the cap column empty for the clerk', () => {
    const quota = specs.find((s) => s.purpose === 'settings:quota');
    const units = quota?.tables[1];
    expect(units?.rows).toEqual([
      ['办公室', 10, 9, null, ''],
      ['财政局', 3, 2, null, ''],
      ['农业局', 0, null, null, '上年无发文记录，如需定额请手填'],
      ['规划办', 1, 0, null, ''],
    ]);
  });

  it('builds only what the registers allow: an office with only an incoming register gets no 发文 or 督办 sheets', () => {
    const only = buildYearEndPackage([{ source: '县政府办', registers: [INCOMING] }], options());
    expect(only.specs.map((s) => s.purpose)).toEqual([
      'summary:contents:2026',
      'summary:incoming:2026',
      'summary:appraisal:2026',
      'summary:overdue:2026',
      'summary:classified:2026',
      'settings:appraisal',
    ]);
  });

  it('names a year without holiday data once, on the package and on the sheets', () => {
    const next = buildYearEndPackage(county, options({ year: 2027, asOf: { year: 2027, month: 2, day: 1 } }));
    expect(next.problems.filter((p) => p.code === 'calendar.holidaysMissing').map((p) => p.message.zh)).toEqual(['2027年放假安排未载入，按周一至周五计算，可在节假日表中补充']);
    expect(next.specs[1].notes).toContain('注意：2027年放假安排未载入，工作日按周一至周五计算。');
  });
});

describe('a package over two townships', () => {
  const township = registerOf(
    'incoming',
    '收文',
    ['receivedDate', 'sender', 'handler', 'deadline', 'completedDate'],
    [
      ['2026-02-02', '县政府办', '办公室', '2026-02-06', '2026-02-05'],
      ['2026-03-02', '县政府办', '办公室', '2026-03-06', null],
      ['2026-04-01', '县委办', '民政办', null, null],
    ],
  );
  const sources = [
    { source: '县政府办', registers: [INCOMING] },
    { source: '城关镇', registers: [township] },
  ];
  const { specs } = buildSummary('incoming', sources, options());
  const spec = specs[0];

  it('keeps units of different workbooks apart, even with the same name', () => {
    const units = tableOf(spec, '按承办单位');
    expect(units.columns.slice(0, 2).map((c) => c.header)).toEqual(['工作簿', '承办单位']);
    expect(rowOf(units, '县政府办', '办公室')[2]).toBe(7);
    expect(recordOf(units, rowOf(units, '城关镇', '办公室'))).toMatchObject({ 件数: 2, 已办结: 1, 其中逾期未办结: 1 });
    expect(rowOf(units, '合计')[2]).toBe(22);
  });

  it('adds up senders across workbooks', () => {
    expect(rowOf(tableOf(spec, '按来文单位'), '县政府办')[1]).toBe(2);
    expect(rowOf(tableOf(spec, '按来文单位'), '县委办')[1]).toBe(7);
  });

  it('gives each workbook its row in the per-workbook table', () => {
    const perSource = tableOf(spec, '按工作簿');
    expect(perSource.rows.map((r) => r.slice(0, 2))).toEqual([
      ['县政府办', 19],
      ['城关镇', 3],
      ['合计', 22],
    ]);
  });

  it('counts a single summary over the year of the as-of day by default', () => {
    expect(spec.purpose).toBe('summary:incoming:2026');
  });
});
