/**
 * Everything `summary` reads before it builds: each file's registers (on worker threads when they
 * are worth it) and the package's context and settings, which come from the first workbook that
 * opens and yields them, as they always have — the same answers however the files were read.
 */
import { promises as fs } from 'node:fs';
import type { CalendarDay } from '../../core/dates/day';
import { readSummarySettings, type SummarySettings } from '../../app/summaries/read-summary-settings';
import { loadWorkbookContext, type WorkbookContext } from '../../app/workbook-context';
import { toFailure } from '../failure';
import { openWorkbook } from '../open-workbook';
import { failureData, type FileReading } from './file-reading';
import { readInWorkers } from './read-pool';
import { collectFrom, readSummaryFile } from './read-summary-file';
import { dispatchOrder, plannedWorkers } from './worker-plan';
import { createStringPool, type StringPool } from '../../hosts/xlsx/read/string-pool';
import type { OpenFileOptions } from '../open-workbook';
import { ReadAhead } from './read-ahead';

export interface PackageInputs {
  /** One reading per file, in the order given. */
  readonly readings: readonly FileReading[];
  /** Null when no file yielded one. */
  readonly context: WorkbookContext | null;
  readonly settings: SummarySettings | null;
  /** How many of the files worker threads read (0: all read in this thread). */
  readonly byWorkers: number;
}

export interface ReadOptions {
  readonly asOf?: CalendarDay;
  /** Worker threads reading the files besides this one; planned from the files' sizes and the cores when omitted. */
  readonly workers?: number;
  /** False: this thread leaves every file to the workers (tests, to be sure the workers' path is taken). */
  readonly readsHere?: boolean;
}

/**
 * @example const { readings, context, settings } = await readPackageInputs(['城关镇.xlsx', '青山镇.xlsx'], { asOf });
 */
export async function readPackageInputs(files: readonly string[], options: ReadOptions = {}): Promise<PackageInputs> {
  const sizes = await Promise.all(files.map((f) => fs.stat(f).then((s) => s.size, () => 0)));
  const workers = plannedWorkers(sizes, options.workers);
  // One workbook's shared strings are one copy each already; many workbooks' are made so.
  const strings = files.length > 1 ? createStringPool() : undefined;
  if (workers === 0) return readHere(files, options.asOf, strings);
  const found: Found = { context: null, settings: null };
  if (options.readsHere === false) {
    // Every file to the workers: this thread opens the first files only for the context.
    const pooled = readInWorkers(files, workers, dispatchOrder(sizes), { readsHere: false, strings });
    return merge(await pooled, await loadContext(files, 0, options.asOf, found), found);
  }
  // This thread reads the first file itself, context and registers from one opening, while the
  // workers start; opening it a second time for the context alone cost a file's reading.
  const first = { index: 0, read: () => readKeepingContext(files[0], options.asOf, found, { strings }) };
  const pooled = await readInWorkers(files, workers, dispatchOrder(sizes), { first, strings });
  return merge(pooled, await loadContext(files, 1, options.asOf, found), found);
}

interface Found {
  context: WorkbookContext | null;
  settings: SummarySettings | null;
}

function merge(pooled: { readings: FileReading[]; byWorkers: number }, failures: Map<number, FileReading>, found: Found): PackageInputs {
  return { ...found, readings: pooled.readings.map((r, i) => failures.get(i) ?? r), byWorkers: pooled.byWorkers };
}

/**
 * The context and settings of the first files in order from `from`, unless already found, stopping
 * once both are read; a file that fails here fails in the summary too, as when each file was read
 * in turn.
 */
async function loadContext(files: readonly string[], from: number, asOf: CalendarDay | undefined, found: Found): Promise<Map<number, FileReading>> {
  const failures = new Map<number, FileReading>();
  for (let i = from; i < files.length && (!found.context || !found.settings); i++) {
    try {
      const { host } = await openWorkbook(files[i]);
      found.context ??= await loadWorkbookContext(host, { asOf });
      found.settings ??= await readSummarySettings(host);
    } catch (e) {
      failures.set(i, { ok: false, failure: failureData(toFailure(files[i], e)) });
    }
  }
  return failures;
}

/** One file's registers, and from the same opening the context and settings while `found` lacks them. */
async function readKeepingContext(file: string, asOf: CalendarDay | undefined, found: Found, open: OpenFileOptions): Promise<FileReading> {
  try {
    const { host } = await openWorkbook(file, open);
    const sheetInfos = await host.listSheets();
    const settings = await host.readSettings();
    found.context ??= await loadWorkbookContext(host, { asOf, settings, sheetInfos });
    found.settings ??= await readSummarySettings(host);
    return await collectFrom(host, file, { settings, sheetInfos });
  } catch (e) {
    return { ok: false, failure: failureData(toFailure(file, e)) };
  }
}

/** Every file in this thread, in turn; the files that give the context are opened once. */
async function readHere(files: readonly string[], asOf: CalendarDay | undefined, strings: StringPool | undefined): Promise<PackageInputs> {
  const found: Found = { context: null, settings: null };
  const readings: FileReading[] = [];
  const ahead = new ReadAhead(files);
  for (const [i, file] of files.entries()) {
    ahead.start(i + 1);
    const open = { strings, bytes: ahead.take(i) };
    readings.push(found.context && found.settings ? await readSummaryFile(file, open) : await readKeepingContext(file, asOf, found, open));
  }
  return { ...found, readings, byWorkers: 0 };
}
