/**
 * Issue 11's acceptance: statuses, deadlines, how they were derived and lateness on the deadline
 * fixtures, against test/fixtures/expected/statuses.json — worked out by hand, day by day, from the
 * State Council's 2026 notice (国庆, 调休 working Sundays and Saturdays, the as-of boundary).
 */
import { readExpected, readWorkbookBytes, type StatusesFile } from '../fixtures/checks/expected-files';
import { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import { assessWorkbook } from '../../src/app/assess-workbook';
import { formatDay, parseIsoDay } from '../../src/core/dates/day';

const expected = readExpected<StatusesFile>('statuses.json');
const asOf = parseIsoDay(expected.asOf);

const cases = Object.entries(expected.workbooks).flatMap(([file, sheets]) =>
  Object.entries(sheets).map(([sheet, rows]) => ({ file, sheet, rows })),
);

describe.each(cases)('$file › $sheet', ({ file, sheet, rows }) => {
  let found: Map<number, { status: string; deadline?: string; source?: string; working?: number; calendar?: number }>;

  beforeAll(async () => {
    if (!asOf) throw new Error('bad asOf in statuses.json');
    const result = await assessWorkbook(XlsxHost.open(readWorkbookBytes(file)), { asOf });
    const s = result.sheets.find((x) => x.info.name === sheet);
    found = new Map(
      (s?.assessment?.items ?? []).map((a) => [
        a.row,
        {
          status: a.status,
          deadline: a.deadline ? formatDay(a.deadline.day) : undefined,
          source: a.deadline?.source,
          working: a.daysLate?.working,
          calendar: a.daysLate?.calendar,
        },
      ]),
    );
  });

  it.each(rows.map((r) => [r.row, r.case, r] as const))('row %i: %s', (_row, _case, answer) => {
    const got = found.get(answer.row);
    expect(got?.status).toBe(answer.status);
    if (answer.deadline) expect(got?.deadline).toBe(answer.deadline);
    if (answer.source) expect(got?.source).toBe(answer.source);
    if (answer.status === 'overdue' || answer.status === 'doneLate') {
      if (answer.workingDaysLate !== undefined) expect(got?.working).toBe(answer.workingDaysLate);
      if (answer.calendarDaysLate !== undefined) expect(got?.calendar).toBe(answer.calendarDaysLate);
    }
  });
});
