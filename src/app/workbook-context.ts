/**
 * What every workflow needs besides the registers: the workbook's deadline settings, its
 * working-day calendar (bundled holidays overridden by the clerk's 节假日表) and the as-of day.
 */
import type { CalendarDay } from '../core/dates/day';
import type { Problem } from '../core/types';
import type { RegisterHost, SheetInfo } from '../hosts/host';
import type { StoredSettings } from '../core/settings/stored-settings';
import { createWorkCalendar, type WorkCalendar } from '../core/calendar/work-calendar';
import type { HolidayOverride } from '../core/calendar/holiday-override';
import { readHolidayTable } from '../core/calendar/holiday-table';
import { HOLIDAY_TABLE_PURPOSE } from '../core/calendar/holiday-table-sheet';
import { readDeadlineSettings } from '../core/deadlines/read-deadline-settings';
import type { DeadlineSettings } from '../core/deadlines/deadline-settings';
import { resolveAsOf } from '../core/status/as-of';

/** Rows of the holiday table read: some forty days a year, for many years. */
const HOLIDAY_TABLE_ROWS = 5000;

export interface WorkbookContext {
  readonly settings: StoredSettings;
  readonly deadlines: DeadlineSettings;
  readonly calendar: WorkCalendar;
  readonly asOf: CalendarDay;
  readonly problems: readonly Problem[];
}

export interface ContextOptions {
  /** Overrides the settings' fixed day and today. */
  readonly asOf?: CalendarDay;
  /** "Now", for tests; defaults to the clock. */
  readonly now?: Date;
  readonly settings?: StoredSettings;
  /** The workbook's sheets, when already listed (spares a round trip). */
  readonly sheetInfos?: readonly SheetInfo[];
}

/**
 * @example const ctx = await loadWorkbookContext(host, { asOf: { year: 2026, month: 11, day: 20 } });
 */
export async function loadWorkbookContext(host: RegisterHost, options: ContextOptions = {}): Promise<WorkbookContext> {
  const settings = options.settings ?? (await host.readSettings());
  const { settings: deadlines, problems } = readDeadlineSettings(settings['deadlines']);
  const sheets = options.sheetInfos ?? (await host.listSheets());
  const holidaySheet = sheets.find((s) => s.ownedPurpose === HOLIDAY_TABLE_PURPOSE);
  const all: Problem[] = [...problems];
  const holidays = holidaySheet ? await readHolidaySheet(host, holidaySheet.name) : null;
  if (holidays) all.push(...holidays.problems);
  const calendar = createWorkCalendar(holidays?.entries ?? []);
  const asOf = options.asOf ?? resolveAsOf(deadlines, options.now ?? new Date());
  return { settings, deadlines, calendar, asOf, problems: all };
}

/** The clerk's holiday table, read from the sheet the add-in created (and the clerk may edit). */
export async function readHolidaySheet(host: RegisterHost, sheet: string): Promise<{ entries: HolidayOverride[]; problems: Problem[] }> {
  return readHolidayTable(await host.readTop(sheet, HOLIDAY_TABLE_ROWS, 8));
}
