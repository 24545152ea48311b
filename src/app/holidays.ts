/**
 * Filling the holiday table from the State Council's notice: read the pasted text, show what it
 * says for confirmation, then merge it into the workbook's 节假日表 sheet (the year it covers is
 * replaced, other years kept).
 */
import { parseHolidayNotice, type HolidayNoticeParse } from '../core/calendar/holiday-notice';
import { buildHolidayTableSheet, HOLIDAY_TABLE_PURPOSE, mergeHolidayEntries } from '../core/calendar/holiday-table-sheet';
import type { RegisterHost, WriteOutcome } from '../hosts/host';
import { readHolidaySheet } from './workbook-context';

/** Reads a notice without touching the workbook: the preview a clerk confirms. */
export function previewHolidayNotice(text: string, year?: number): HolidayNoticeParse {
  return parseHolidayNotice(text, year ? { year } : {});
}

/** Writes the confirmed entries into the holiday table sheet. */
export async function saveHolidayEntries(host: RegisterHost, notice: HolidayNoticeParse): Promise<WriteOutcome> {
  const sheets = await host.listSheets();
  const table = sheets.find((s) => s.ownedPurpose === HOLIDAY_TABLE_PURPOSE);
  const existing = table ? (await readHolidaySheet(host, table.name)).entries : [];
  return host.writeSheets([buildHolidayTableSheet(mergeHolidayEntries(existing, notice.entries))]);
}
