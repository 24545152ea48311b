import { createWorkCalendar } from '../../src/core/calendar/work-calendar';
import { DEFAULT_DEADLINE_SETTINGS } from '../../src/core/deadlines/deadline-settings';
import { runYearEndPackage } from '../../src/app/summaries/run-year-end-package';
import { readSummarySettings } from '../../src/app/summaries/read-summary-settings';
import { day } from '../helpers/grid';
import { MemoryHost } from './memory-host';
import { AS_OF } from './summary-context';

const options = { year: 2026, asOf: AS_OF, deadlineSettings: DEFAULT_DEADLINE_SETTINGS, calendar: createWorkCalendar() };

/** A workbook as a clerk keeps it: a titled 发文登记簿 with 2025 and 2026 entries. */
function makeWorkbook(): MemoryHost {
  const host = new MemoryHost();
  host.addSheet('发文登记簿', [
    ['2026年发文登记簿'],
    ['序号', '发文日期', '发文字号', '标题', '拟稿单位'],
    [1, day(2025, 3, 1), '县政办发〔2025〕1号', '通知一', '办公室'],
    [2, day(2025, 4, 1), '县政办发〔2025〕2号', '通知二', '办公室'],
    [3, day(2025, 5, 1), '县政办发〔2025〕3号', '通知三', '办公室'],
    [4, day(2026, 2, 1), '县政办发〔2026〕1号', '通知四', '办公室'],
    [5, day(2026, 3, 2), '县政办发〔2026〕2号', '通知五', '办公室'],
    [6, day(2026, 4, 1), '县政办发〔2026〕3号', '通知六', '办公室'],
  ]);
  host.addSheet('说明', [['本工作簿记录本单位发文。']]);
  return host;
}

describe('running the year-end package in a workbook', () => {
  it('writes the package, then reads back the quota a clerk typed and keeps the edited tables', async () => {
    const host = makeWorkbook();
    const first = await runYearEndPackage(host, '本工作簿', options);
    expect(first.written.sheets).toContain('2026年度 发文统计');
    expect(first.written.sheets).toContain('发文定额表');
    expect(first.written.renamed).toEqual([]);

    // 90% of 3 is 2 (rounded down): 3 issued by 20 November is over the cap.
    const quotaRow = (): unknown[] => {
      const sheet = host.sheet('2026年度 发文统计');
      // The quota row is the one with a 定额依据 text in its fourth cell.
      return sheet.rows.find((r) => r[0] === '办公室' && typeof r[3] === 'string') ?? [];
    };
    expect(quotaRow().slice(0, 3)).toEqual(['办公室', 3, 2]);

    // The clerk types 5 in the 年度定额 cell of 办公室 on the quota table.
    const table = host.sheet('发文定额表');
    const unitRow = table.rows.find((r) => r[0] === '办公室');
    const capCol = table.rows.find((r) => r.includes('年度定额'))?.indexOf('年度定额') ?? -1;
    expect(unitRow).toBeDefined();
    if (unitRow) unitRow[capCol] = 5;
    const settings = await readSummarySettings(host);
    expect(settings.quota?.caps.map((c) => [c.unit, c.cap])).toEqual([['办公室', 5]]);

    const second = await runYearEndPackage(host, '本工作簿', options);
    expect(second.written.sheets).not.toContain('发文定额表');
    expect(quotaRow().slice(0, 4)).toEqual(['办公室', 3, 5, '发文定额表手填']);
    expect(host.sheet('发文定额表').rows.find((r) => r[0] === '办公室')?.[capCol]).toBe(5);
    // Regenerating replaced the add-in's sheets in place: no "(2)" copies.
    expect(host.sheets.filter((s) => s.name.includes('(2)'))).toEqual([]);
  });

  it('never overwrites a clerk’s own sheet that happens to carry a wanted name', async () => {
    const host = makeWorkbook();
    host.addSheet('2026年度 发文统计', [['我自己做的统计']]);
    const run = await runYearEndPackage(host, '本工作簿', options);
    expect(run.written.renamed).toEqual([{ wanted: '2026年度 发文统计', written: '2026年度 发文统计 (2)' }]);
    expect(host.sheet('2026年度 发文统计').rows).toEqual([['我自己做的统计']]);
  });
});
