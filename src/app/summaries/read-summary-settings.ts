/**
 * Reads the office's editable summary settings from the workbook through any host: the quota
 * table and the appraisal scheme, found by the add-in's own mark on the sheet (never by name).
 * A workbook without them gets undefined, and the year-end package then creates them.
 */
import type { AppraisalScheme } from '../../core/summaries/appraisal/appraisal-scheme';
import type { QuotaSettings } from '../../core/summaries/quota/quota-policy';
import { APPRAISAL_PURPOSE } from '../../core/summaries/settings/appraisal-scheme-sheet';
import { QUOTA_PURPOSE } from '../../core/summaries/settings/quota-sheet';
import { readAppraisalScheme } from '../../core/summaries/settings/read-appraisal-scheme';
import { readQuotaTable } from '../../core/summaries/settings/read-quota-table';
import type { Problem } from '../../core/types';
import type { RegisterHost, SheetInfo } from '../../hosts/host';

export interface SummarySettings {
  readonly quota?: QuotaSettings;
  readonly scheme?: AppraisalScheme;
  readonly problems: readonly Problem[];
}

/** Rows read from a settings sheet at most: the tables are short, a clerk's notes may follow. */
const MAX_ROWS = 2000;
const MAX_COLS = 12;

function rowsOf(info: SheetInfo): number {
  return Math.max(1, Math.min(MAX_ROWS, info.rowCount || MAX_ROWS));
}

/**
 * @example
 * const settings = await readSummarySettings(host);
 * buildYearEndPackage(sources, { year: 2026, asOf, deadlineSettings, calendar, quota: settings.quota, scheme: settings.scheme });
 */
export async function readSummarySettings(host: RegisterHost): Promise<SummarySettings> {
  const sheets = await host.listSheets();
  const find = (purpose: string): SheetInfo | undefined => sheets.find((s) => s.ownedPurpose === purpose);
  const problems: Problem[] = [];
  const quotaSheet = find(QUOTA_PURPOSE);
  const schemeSheet = find(APPRAISAL_PURPOSE);
  let quota: QuotaSettings | undefined;
  let scheme: AppraisalScheme | undefined;
  if (quotaSheet) {
    const read = readQuotaTable(await host.readTop(quotaSheet.name, rowsOf(quotaSheet), MAX_COLS));
    quota = read.settings;
    problems.push(...read.problems);
  }
  if (schemeSheet) {
    const read = readAppraisalScheme(await host.readTop(schemeSheet.name, rowsOf(schemeSheet), MAX_COLS));
    scheme = read.scheme;
    problems.push(...read.problems);
  }
  return { ...(quota ? { quota } : {}), ...(scheme ? { scheme } : {}), problems };
}
