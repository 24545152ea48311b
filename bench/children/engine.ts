/**
 * The engine alone on grids held in memory — detect, read, validate, assess, and the year-end
 * package — beside what the .xlsx host takes to read the register's mapped columns from the
 * workbook's bytes. The grids are read once through the host, as the command line reads them.
 *
 * Usage: engine.ts REGISTER ROUNDS
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildYearEndPackage } from '../../src/app/summaries/build-year-end-package';
import { PROBE_ROWS } from '../../src/app/scan-workbook';
import { createWorkCalendar } from '../../src/core/calendar/work-calendar';
import { DEFAULT_DEADLINE_SETTINGS } from '../../src/core/deadlines/deadline-settings';
import { detectLayout } from '../../src/core/layout/detect-layout';
import { readRecords } from '../../src/core/records/read-records';
import { checkWorkbook } from '../../src/core/rules/check-workbook';
import { DEFAULT_RULE_SETTINGS } from '../../src/core/rules/settings/rule-settings';
import { assessRegister } from '../../src/core/status/assess-register';
import type { Grid, RegisterLayout } from '../../src/core/types';
import { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import { reportResult } from '../lib/child-result';
import { timeInterleaved, type Timing } from '../lib/stats';
import { BENCH_AS_OF, BENCH_YEAR } from '../generate/register-rows';
import { SHEET_NAME } from '../generate/registers';

export interface EngineResult {
  readonly detect: Timing;
  readonly read: Timing;
  readonly validate: Timing;
  readonly assess: Timing;
  readonly yearEnd: Timing;
  /** The .xlsx host opening the workbook's bytes and reading the mapped columns. */
  readonly hostRead: Timing;
  readonly records: number;
  readonly overdue: number;
  readonly findings: number;
  readonly sheets: number;
}

/** The columns the app reads: the mapped fields and the table's first column (see scan-workbook). */
function columnsOf(layout: RegisterLayout): number[] {
  const firstCol = layout.headers.findIndex((h) => h !== undefined && h !== '');
  return [...new Set([...Object.values(layout.columns), Math.max(firstCol, 0)])].sort((a, b) => a - b);
}

async function readGrids(bytes: Uint8Array): Promise<{ top: Grid; grid: Grid; layout: RegisterLayout; cols: number[] }> {
  const host = XlsxHost.open(bytes);
  const top = await host.readTop(SHEET_NAME, PROBE_ROWS);
  const layout = detectLayout(top);
  if (layout.firstDataRow === null) throw new Error('the bench register was not detected');
  const cols = columnsOf(layout);
  return { top, grid: await host.readColumns(SHEET_NAME, cols, layout.firstDataRow), layout, cols };
}

async function measure(file: string, rounds: number): Promise<EngineResult> {
  const bytes = new Uint8Array(readFileSync(file));
  const { top, grid, layout, cols } = await readGrids(bytes);
  const calendar = createWorkCalendar();
  const asOf = BENCH_AS_OF;
  const register = readRecords(layout, grid);
  const assessment = assessRegister(register, { asOf, settings: DEFAULT_DEADLINE_SETTINGS, calendar });
  const deadlines = new Map([[register.layout.sheet, assessment.items]]);
  let findings = 0;
  let sheets = 0;
  const steps = {
    detect: () => detectLayout(top),
    read: () => readRecords(layout, grid),
    validate: () => (findings = checkWorkbook([register], { asOf, settings: DEFAULT_RULE_SETTINGS, deadlines }).length),
    assess: () => assessRegister(register, { asOf, settings: DEFAULT_DEADLINE_SETTINGS, calendar }),
    yearEnd: () => {
      const source = { source: path.basename(file), registers: [register] };
      sheets = buildYearEndPackage([source], { year: BENCH_YEAR, asOf, deadlineSettings: DEFAULT_DEADLINE_SETTINGS, calendar }).specs.length;
    },
    hostRead: () => XlsxHost.open(bytes).readColumns(SHEET_NAME, cols, layout.firstDataRow ?? 1),
  };
  await timeInterleaved(steps, 1);
  const t = await timeInterleaved(steps, rounds);
  return { ...t, records: register.records.length, overdue: assessment.counts.overdue, findings, sheets };
}

const [file, rounds] = process.argv.slice(2);
measure(file, Number(rounds)).then(reportResult, (e: unknown) => {
  console.error(e instanceof Error ? e.stack : String(e));
  process.exit(1);
});
