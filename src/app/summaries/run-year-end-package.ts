/**
 * The year-end action in one workbook, through any host: read its registers and its summary
 * settings, build the package, write the sheets (replacing the add-in's own sheets of the same
 * purposes, never a user's).
 */
import type { Problem } from '../../core/types';
import type { RegisterHost, WriteOutcome } from '../../hosts/host';
import { buildYearEndPackage } from './build-year-end-package';
import { collectSummarySource } from './collect-summary-source';
import { readSummarySettings } from './read-summary-settings';
import type { YearEndOptions } from './summary-options';

export interface YearEndRun {
  readonly written: WriteOutcome;
  readonly problems: readonly Problem[];
}

/**
 * @example
 * const { written } = await runYearEndPackage(host, '本工作簿', { year: 2026, asOf, deadlineSettings, calendar });
 * written.sheets // ['2026年度 目录', '2026年度 收文统计', …]
 */
export async function runYearEndPackage(host: RegisterHost, sourceName: string, options: Omit<YearEndOptions, 'quota' | 'scheme'>): Promise<YearEndRun> {
  const settings = await readSummarySettings(host);
  const { source, problems: scanProblems } = await collectSummarySource(host, sourceName);
  const built = buildYearEndPackage([source], { ...options, quota: settings.quota, scheme: settings.scheme });
  const written = await host.writeSheets(built.specs);
  return { written, problems: [...settings.problems, ...scanProblems, ...built.problems] };
}
