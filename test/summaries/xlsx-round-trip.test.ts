import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWorkCalendar } from '../../src/core/calendar/work-calendar';
import { DEFAULT_DEADLINE_SETTINGS } from '../../src/core/deadlines/deadline-settings';
import { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import { readSummarySettings } from '../../src/app/summaries/read-summary-settings';
import { runYearEndPackage } from '../../src/app/summaries/run-year-end-package';

const options = { year: 2026, asOf: { year: 2026, month: 11, day: 20 }, deadlineSettings: DEFAULT_DEADLINE_SETTINGS, calendar: createWorkCalendar() };

/** A register written by openpyxl (test/xlsx-read/samples): a 收文登记 sheet and a 说明 sheet. */
function openSample(): XlsxHost {
  return XlsxHost.open(new Uint8Array(readFileSync(join(__dirname, '../xlsx-read/samples/openpyxl-register.xlsx'))));
}

describe('the year-end package through the .xlsx host', () => {
  it('writes its sheets beside the clerk’s, marked as the add-in’s own, and replaces them in place when run again', async () => {
    const host = openSample();
    const first = await runYearEndPackage(host, '样例', options);
    expect(first.written.sheets).toEqual(['2026年度 目录', '2026年度 收文统计', '2026年度 考核汇总', '2026年度 逾期未办结清单', '2026年度 涉密文件清退清单', '考核计分办法']);

    const reopened = XlsxHost.open(host.save());
    const sheets = await reopened.listSheets();
    expect(sheets.map((s) => [s.name, s.ownedPurpose])).toEqual([
      ['收文登记', null],
      ['说明', null],
      ['2026年度 目录', 'summary:contents:2026'],
      ['2026年度 收文统计', 'summary:incoming:2026'],
      ['2026年度 考核汇总', 'summary:appraisal:2026'],
      ['2026年度 逾期未办结清单', 'summary:overdue:2026'],
      ['2026年度 涉密文件清退清单', 'summary:classified:2026'],
      ['考核计分办法', 'settings:appraisal'],
    ]);
    expect((await readSummarySettings(reopened)).problems).toEqual([]);

    const second = await runYearEndPackage(reopened, '样例', options);
    expect(second.written.sheets).not.toContain('考核计分办法');
    expect((await reopened.listSheets()).map((s) => s.name)).toEqual(sheets.map((s) => s.name));
  });
});
