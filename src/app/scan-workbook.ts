/**
 * Finds the registers of a workbook through any host: probe the top rows of each sheet, detect the
 * layout (or take the mapping a clerk confirmed), then read only the mapped columns.
 */
import type { Grid, Problem, Register, RegisterLayout } from '../core/types';
import type { OpenedWorkbook, RegisterHost, SheetInfo } from '../hosts/host';
import type { StoredSettings } from '../core/settings/stored-settings';
import { detectLayout } from '../core/layout/detect-layout';
import { applyConfirmedMapping } from '../core/layout/apply-mapping';
import { readRecords } from '../core/records/read-records';

/** Rows probed for the header: titles, two-row headers and a sample of data all fit in them. */
export const PROBE_ROWS = 40;

export interface SheetScan {
  readonly info: SheetInfo;
  readonly layout: RegisterLayout;
  /** Null when the sheet is not a register. */
  readonly register: Register | null;
}

export interface WorkbookScan {
  readonly sheets: readonly SheetScan[];
  readonly settings: StoredSettings;
}

export interface ScanOptions {
  /** Only these sheets (by name); all sheets when omitted. */
  readonly sheets?: readonly string[];
  /** Settings already read, to spare a round trip. */
  readonly settings?: StoredSettings;
  /** The workbook's sheets, when already listed. */
  readonly sheetInfos?: readonly SheetInfo[];
  /** Top rows already read (PROBE_ROWS of them), by sheet name. */
  readonly tops?: ReadonlyMap<string, Grid>;
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number, sheet: string) => void;
}

/**
 * Scans every sheet the clerk made (not the add-in's own, not very-hidden ones).
 * @example const scan = await scanWorkbook(host); scan.sheets.filter((s) => s.register)
 */
export async function scanWorkbook(host: RegisterHost, options: ScanOptions = {}): Promise<WorkbookScan> {
  const opened = options.settings || options.sheetInfos ? null : await openWorkbook(host);
  const settings = options.settings ?? opened?.settings ?? (await host.readSettings());
  const tops = options.tops ?? opened?.tops;
  const wanted = options.sheets ? new Set(options.sheets) : null;
  const infos = (options.sheetInfos ?? opened?.sheets ?? (await host.listSheets())).filter(
    (s) => s.ownedPurpose === null && s.visibility !== 'veryHidden' && (!wanted || wanted.has(s.name)),
  );
  const sheets: SheetScan[] = [];
  for (const [i, info] of infos.entries()) {
    options.signal?.throwIfAborted();
    options.onProgress?.(i, infos.length, info.name);
    sheets.push(await scanSheet(host, info, settings, tops?.get(info.name)));
  }
  options.onProgress?.(infos.length, infos.length, '');
  return { sheets, settings };
}

/**
 * Settings, sheets and their top rows in one call where the host offers it (Excel: two round
 * trips instead of four or more); null where it does not.
 */
export async function openWorkbook(host: RegisterHost): Promise<OpenedWorkbook | null> {
  return host.openWorkbook ? host.openWorkbook(PROBE_ROWS) : null;
}

async function scanSheet(host: RegisterHost, info: SheetInfo, settings: StoredSettings, readTop?: Grid): Promise<SheetScan> {
  const top = readTop ?? (await host.readTop(info.name, PROBE_ROWS));
  const detected = withReadProblems(detectLayout(top), top.problems ?? []);
  const confirmed = settings.mappings?.[info.name];
  const layout = confirmed ? applyConfirmedMapping(detected, confirmed) : detected;
  if (!layout.kind || layout.firstDataRow === null) return { info, layout, register: null };
  // The table's first column too: subtotal labels (小计, 合计) and notes (注：) usually sit there,
  // and the reader needs them to tell those rows from records.
  const firstCol = layout.headers.findIndex((h) => h !== undefined && h !== '');
  const cols = [...new Set([...Object.values(layout.columns), Math.max(firstCol, 0)])].sort((a, b) => a - b);
  const grid = await host.readColumns(info.name, cols, layout.firstDataRow);
  const register = readRecords(layout, grid);
  const more = (grid.problems ?? []).filter((p) => !top.problems?.includes(p));
  return { info, layout, register: more.length ? { ...register, problems: [...more, ...register.problems] } : register };
}

/**
 * A sheet the host could not read (a damaged part, a refused DOCTYPE) looks empty to the detector;
 * the clerk must hear that it could not be read, not that it is empty.
 */
function withReadProblems(layout: RegisterLayout, problems: readonly Problem[]): RegisterLayout {
  if (problems.length === 0) return layout;
  const unreadable = problems.some((p) => p.severity === 'error');
  const own = unreadable ? layout.problems.filter((p) => p.code !== 'layout.empty') : layout.problems;
  return { ...layout, problems: [...problems, ...own] };
}

/** Every problem of a scan (layout and reading), in sheet order. */
export function collectScanProblems(scan: WorkbookScan): Problem[] {
  return scan.sheets.flatMap((s) => [...s.layout.problems, ...(s.register?.problems ?? [])]);
}
