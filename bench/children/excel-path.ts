/**
 * The Excel path on the strict in-memory stand-in (test/excel-standin): round trips and request
 * and response bytes of scan, highlight, clear, check and the year-end package, each on the same
 * register loaded from the bench's workbook. The stand-in refuses any request or response over
 * Excel on the web's 5 MB, as Excel does.
 *
 * Usage: excel-path.ts REGISTER
 */
import { readFileSync } from 'node:fs';
import { checkWorkbookOn } from '../../src/app/check/check-workbook-findings';
import { clearHighlights, highlightOverdue } from '../../src/app/highlight';
import { scanWorkbook } from '../../src/app/scan-workbook';
import { runYearEndPackage } from '../../src/app/summaries/run-year-end-package';
import { createWorkCalendar } from '../../src/core/calendar/work-calendar';
import { DEFAULT_DEADLINE_SETTINGS } from '../../src/core/deadlines/deadline-settings';
import { createExcelHost } from '../../src/hosts/excel/excel-host';
import type { RegisterHost } from '../../src/hosts/host';
import { MAX_ROW } from '../../src/hosts/xlsx/read/cell-ref';
import { readSheetTop } from '../../src/hosts/xlsx/read/sheet-readers';
import { WorkbookPackage } from '../../src/hosts/xlsx/package';
import { colToLetters } from '../../test/excel-standin/standin-a1';
import { sheetFixtureOfGrid, type WorkbookFixture } from '../../test/excel-standin/load-fixture';
import { createStandin, type Standin } from '../../test/excel-standin/standin';
import { reportResult } from '../lib/child-result';
import { timeOnce } from '../lib/stats';
import { BENCH_AS_OF, BENCH_YEAR } from '../generate/register-rows';
import { SHEET_NAME } from '../generate/registers';

export interface ExcelStep {
  readonly roundTrips: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly largestRequest: number;
  readonly largestResponse: number;
  readonly ms: number;
}

export interface ExcelPathResult {
  readonly scan: ExcelStep;
  readonly highlight: ExcelStep;
  readonly clear: ExcelStep;
  readonly check: ExcelStep;
  readonly yearEnd: ExcelStep;
  /** JSON bytes of the mapped columns' values over the data rows, as `range.values` gives them. */
  readonly mappedValueBytes: number;
}

function fixtureOf(file: string): WorkbookFixture {
  const pkg = WorkbookPackage.open(new Uint8Array(readFileSync(file)));
  const sheet = pkg.findSheet(SHEET_NAME);
  if (!sheet) throw new Error(`no sheet ${SHEET_NAME}`);
  const grid = readSheetTop(pkg, sheet, MAX_ROW);
  return { sheets: [{ ...sheetFixtureOfGrid(grid), dateFormat: 'yyyy"年"m"月"d"日"' }] };
}

async function step(standin: Standin, work: () => unknown): Promise<ExcelStep> {
  standin.resetCounters();
  const { ms } = await timeOnce(work);
  const { roundTrips, requestBytes, responseBytes } = standin.counters;
  const sum = (list: readonly number[]): number => list.reduce((a, b) => a + b, 0);
  return { roundTrips, requestBytes: sum(requestBytes), responseBytes: sum(responseBytes), largestRequest: Math.max(0, ...requestBytes), largestResponse: Math.max(0, ...responseBytes), ms };
}

function mappedValueBytes(standin: Standin, cols: readonly number[], fromRow: number, toRow: number): number {
  const encoder = new TextEncoder();
  return cols.reduce((n, c) => {
    const col = colToLetters(c);
    return n + encoder.encode(JSON.stringify(standin.valuesOf(SHEET_NAME, `${col}${fromRow}:${col}${toRow}`))).length;
  }, 0);
}

async function measure(file: string): Promise<ExcelPathResult> {
  const fixture = fixtureOf(file);
  const standin = createStandin(fixture);
  const host: RegisterHost = createExcelHost({ run: standin.run, retryDelayMs: 0, mergesSupported: true });
  const asOf = BENCH_AS_OF;
  let mapped = 0;
  const scan = await step(standin, async () => {
    const result = await scanWorkbook(host);
    const register = result.sheets.find((s) => s.register)?.register;
    if (register && register.dataRows) {
      const firstCol = register.layout.headers.findIndex((h) => h !== undefined && h !== '');
      const cols = [...new Set([...Object.values(register.layout.columns), Math.max(firstCol, 0)])];
      mapped = mappedValueBytes(standin, cols, register.layout.firstDataRow ?? 1, register.dataRows[1]);
    }
  });
  const highlight = await step(standin, () => highlightOverdue(host, { asOf }));
  const clear = await step(standin, () => clearHighlights(host));
  const check = await step(standin, () => checkWorkbookOn(host, { asOf }));
  const yearEnd = await step(standin, () =>
    runYearEndPackage(host, SHEET_NAME, { year: BENCH_YEAR, asOf, deadlineSettings: DEFAULT_DEADLINE_SETTINGS, calendar: createWorkCalendar() }),
  );
  return { scan, highlight, clear, check, yearEnd, mappedValueBytes: mapped };
}

const [file] = process.argv.slice(2);
measure(file).then(reportResult, (e: unknown) => {
  console.error(e instanceof Error ? e.stack : String(e));
  process.exit(1);
});
