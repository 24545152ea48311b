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
  if (workers === 0) return readHere(files, options.asOf);
  // The workers start first: while they read, this thread reads the context from the first files.
  const pooled = readInWorkers(files, workers, dispatchOrder(sizes), { readsHere: options.readsHere });
  const first = await loadContext(files, options.asOf);
  const { readings, byWorkers } = await pooled;
  return { ...first.found, readings: readings.map((r, i) => first.failures.get(i) ?? r), byWorkers };
}

interface Found {
  context: WorkbookContext | null;
  settings: SummarySettings | null;
}

/**
 * The context and settings of the first files in order, stopping once both are read; a file that
 * fails here fails in the summary too, as when each file was read in turn.
 */
async function loadContext(files: readonly string[], asOf: CalendarDay | undefined): Promise<{ found: Found; failures: Map<number, FileReading> }> {
  const found: Found = { context: null, settings: null };
  const failures = new Map<number, FileReading>();
  for (let i = 0; i < files.length && (!found.context || !found.settings); i++) {
    try {
      const { host } = await openWorkbook(files[i]);
      found.context ??= await loadWorkbookContext(host, { asOf });
      found.settings ??= await readSummarySettings(host);
    } catch (e) {
      failures.set(i, { ok: false, failure: failureData(toFailure(files[i], e)) });
    }
  }
  return { found, failures };
}

/** Every file in this thread, in turn; the file that gives the context is opened once. */
async function readHere(files: readonly string[], asOf: CalendarDay | undefined): Promise<PackageInputs> {
  const found: Found = { context: null, settings: null };
  const readings: FileReading[] = [];
  for (const file of files) {
    if (found.context && found.settings) {
      readings.push(await readSummaryFile(file));
      continue;
    }
    try {
      const { host } = await openWorkbook(file);
      const sheetInfos = await host.listSheets();
      const settings = await host.readSettings();
      found.context ??= await loadWorkbookContext(host, { asOf, settings, sheetInfos });
      found.settings ??= await readSummarySettings(host);
      readings.push(await collectFrom(host, file, { settings, sheetInfos }));
    } catch (e) {
      readings.push({ ok: false, failure: failureData(toFailure(file, e)) });
    }
  }
  return { ...found, readings, byWorkers: 0 };
}
