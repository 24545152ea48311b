/**
 * Finds the registers of a workbook through any host: probe the top rows of each sheet, detect the
 * layout (or take the mapping a clerk confirmed), then read only the mapped columns.
 */
import type { Grid, Problem, Register, RegisterLayout, RegisterRecord } from '../core/types';
import type { OpenedWorkbook, RegisterHost, SheetInfo } from '../hosts/host';
import type { StoredSettings } from '../core/settings/stored-settings';
import { detectLayout } from '../core/layout/detect-layout';
import { applyConfirmedMapping } from '../core/layout/apply-mapping';
import { createRecordReader, readRecords, type RecordsRead } from '../core/records/read-records';

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
  const infos = sheetsToScan(options.sheetInfos ?? opened?.sheets ?? (await host.listSheets()), options.sheets);
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
 * The sheets a scan reads: the clerk's own (not the add-in's, not very hidden), only the named
 * ones when some are named.
 * @example sheetsToScan(await host.listSheets(), ['收文登记'])
 */
export function sheetsToScan(infos: readonly SheetInfo[], names?: readonly string[]): SheetInfo[] {
  const wanted = names ? new Set(names) : null;
  return infos.filter((s) => s.ownedPurpose === null && s.visibility !== 'veryHidden' && (!wanted || wanted.has(s.name)));
}

/**
 * Settings, sheets and their top rows in one call where the host offers it (Excel: two round
 * trips instead of four or more); null where it does not.
 */
export async function openWorkbook(host: RegisterHost): Promise<OpenedWorkbook | null> {
  return host.openWorkbook ? host.openWorkbook(PROBE_ROWS) : null;
}

async function scanSheet(host: RegisterHost, info: SheetInfo, settings: StoredSettings, readTop?: Grid): Promise<SheetScan> {
  const layout = await detectSheet(host, info, settings, readTop);
  if (!layout.kind || layout.firstDataRow === null) return { info, layout, register: null };
  let records: RegisterRecord[] = [];
  const read = await streamRecords(host, info.name, layout, () => {
    records = [];
    return (band) => {
      for (const r of band) records.push(r);
    };
  });
  return { info, layout, register: { layout, records, ...read } };
}

/**
 * A sheet's layout: its top rows probed and detected, or the mapping the clerk confirmed.
 * @example const layout = await detectSheet(host, info, settings); layout.kind // 'incoming'
 */
export async function detectSheet(host: RegisterHost, info: SheetInfo, settings: StoredSettings, readTop?: Grid): Promise<RegisterLayout> {
  const top = readTop ?? (await host.readTop(info.name, PROBE_ROWS));
  const detected = withReadProblems(detectLayout(top), top.problems ?? []);
  const confirmed = settings.mappings?.[info.name];
  const layout = confirmed ? applyConfirmedMapping(detected, confirmed) : detected;
  return layout;
}

/** Where read records go: `start()` gives the sink, and is called again when reading starts over. */
export type RecordSink = () => (records: readonly RegisterRecord[]) => void;

/**
 * Reads a register's records and hands them to a sink as they are read: band by band where the
 * host reads in bands (an .xlsx package: no grid of the whole sheet is held), all at once
 * otherwise. A banded read the host gives up (rows stored out of order) starts over with a
 * fresh sink from `start`. Returns the register without its records: its data rows and its
 * reading problems (the host's own first).
 */
export async function streamRecords(host: RegisterHost, sheet: string, layout: RegisterLayout, start: RecordSink): Promise<Omit<Register, 'records' | 'layout'>> {
  if (layout.firstDataRow === null) return { dataRows: null, problems: [] };
  // The table's first column too: subtotal labels (小计, 合计) and notes (注：) usually sit there,
  // and the reader needs them to tell those rows from records.
  const firstCol = layout.headers.findIndex((h) => h !== undefined && h !== '');
  const cols = [...new Set([...Object.values(layout.columns), Math.max(firstCol, 0)])].sort((a, b) => a - b);
  const topProblems = new Set(layout.problems);
  if (host.readColumnBands) {
    const reader = createRecordReader(layout);
    const sink = start();
    // Bands are handed over as they are read; nothing of a band is kept but its records.
    const read = await host.readColumnBands(sheet, cols, layout.firstDataRow, (band) => sink(reader.read(band)));
    if (read) return withHostProblems(reader.finish(), read.problems, topProblems);
  }
  const grid = await host.readColumns(sheet, cols, layout.firstDataRow);
  const register = readRecords(layout, grid);
  start()(register.records);
  return withHostProblems(register, grid.problems ?? [], topProblems);
}

/** The host's reading problems before the reader's, less those the probe already reported. */
function withHostProblems(read: RecordsRead, hostProblems: readonly Problem[], known: ReadonlySet<Problem>): RecordsRead {
  const more = hostProblems.filter((p) => !known.has(p));
  return more.length ? { dataRows: read.dataRows, problems: [...more, ...read.problems] } : { dataRows: read.dataRows, problems: read.problems };
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
