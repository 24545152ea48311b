import fc from 'fast-check';
import { createWorkCalendar } from '../../src/core/calendar/work-calendar';
import { DEFAULT_DEADLINE_SETTINGS } from '../../src/core/deadlines/deadline-settings';
import { assessRegister } from '../../src/core/status/assess-register';
import { MISSING_HOLIDAY_YEAR_CODE } from '../../src/core/calendar/missing-years';
import { prepareSummaryData } from '../../src/core/summaries/prepare-summary-data';
import type { SummarySource } from '../../src/core/summaries/summary-types';
import type { FieldName, Problem } from '../../src/core/types';
import { registerOf, type FixtureCell } from './register-fixture';
import { AS_OF } from './summary-context';

const FIELDS: readonly FieldName[] = ['receivedDate', 'urgency', 'deadline', 'completedDate', 'result', 'handler'];
const pad = (n: number): string => String(n).padStart(2, '0');
const dayText = fc.tuple(fc.integer({ min: 2025, max: 2027 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`);
// Deadlines of every form the rules read, some unreadable (each gives a problem), some missing.
const deadline = fc.option(fc.oneof(dayText, fc.constantFrom('5个工作日', '10日内', '3个月', '长期', '3月底前', '尽快', '下周一')), { freq: 3 });
const row = fc.tuple(
  fc.option(dayText, { freq: 4 }),
  fc.option(fc.constantFrom('特急', '加急', '平件'), { freq: 3 }),
  deadline,
  fc.option(dayText, { freq: 2 }),
  fc.option(fc.constantFrom('已办结', '办理中'), { freq: 2 }),
  fc.constantFrom('办公室', '财政局'),
);
// Two sheet names, so that registers of one layout and of another mix in one package.
const workbook = fc.array(fc.tuple(fc.constantFrom('收文登记', '收文登记2026'), fc.array(row, { maxLength: 12 })), { minLength: 1, maxLength: 3 });

function sourcesOf(books: ReadonlyArray<ReadonlyArray<readonly [string, ReadonlyArray<ReadonlyArray<FixtureCell>>]>>): SummarySource[] {
  return books.map((sheets, b) => ({ source: `乡镇${b}`, registers: sheets.map(([sheet, rows]) => registerOf('incoming', sheet, FIELDS, rows)) }));
}

describe('prepareSummaryData', () => {
  it('assesses registers of one layout with one assessor, giving each item and problem as assessing each register alone does', () => {
    fc.assert(
      fc.property(fc.array(workbook, { minLength: 1, maxLength: 5 }), (books) => {
        const sources = sourcesOf(books);
        const calendar = createWorkCalendar();
        const data = prepareSummaryData(sources, { asOf: AS_OF, deadlineSettings: DEFAULT_DEADLINE_SETTINGS, calendar });
        const alone = sources.flatMap((s) => s.registers).map((r) => assessRegister(r, { asOf: AS_OF, settings: DEFAULT_DEADLINE_SETTINGS, calendar: createWorkCalendar() }));
        expect(data.items.incoming.map((i) => i.assessment)).toEqual(alone.flatMap((a) => a.items));
        const expected: Problem[] = alone.flatMap((a) => a.problems.filter((p) => p.code !== MISSING_HOLIDAY_YEAR_CODE));
        expect(data.problems.filter((p) => p.code !== 'summary.undated')).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('names each problem of a shared assessor once, under the register it came from', () => {
    const rows: FixtureCell[][] = [[null, null, '5个工作日', null, null, '办公室']];
    const sources = sourcesOf([[['收文登记', rows]], [['收文登记', rows]]]);
    const data = prepareSummaryData(sources, { asOf: AS_OF, deadlineSettings: DEFAULT_DEADLINE_SETTINGS, calendar: createWorkCalendar() });
    // Per register: the missing start day, then the undated record.
    expect(data.problems.map((p) => p.code)).toEqual(['deadline.noStartDay', 'summary.undated', 'deadline.noStartDay', 'summary.undated']);
  });
});
