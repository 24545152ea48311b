/**
 * The bench's measurements, each in child processes of its own (see run-child.ts), gathered
 * into one draft of the results. A part that fails is named in `missing` and the run goes on.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { BundleResult } from './children/bundle';
import type { EngineResult } from './children/engine';
import type { ExcelPathResult } from './children/excel-path';
import type { FilePathTimings } from './children/file-path';
import type { PeakResult } from './children/peak';
import { ensureLargeRegister, type BenchFiles } from './generate/bench-files';
import { binNodeFlags } from './lib/bin-flags';
import { REPO_DIR, runChild } from './lib/run-child';
import { median } from './lib/stats';
import { runOpenpyxl } from './ops/openpyxl-run';
import type { BenchPlan } from './plan';
import type { EngineEntry, MillionResult, OpenpyxlResult, PeakSet } from './report/results';

export interface Draft {
  readonly engine: Record<string, EngineEntry>;
  readonly filePath: Record<string, FilePathTimings>;
  readonly excelPath: Record<string, ExcelPathResult>;
  readonly peaks: { engine: Record<string, number>; filePath: Record<string, PeakSet>; million: MillionResult | null };
  openpyxl: OpenpyxlResult | null;
  bundle: BundleResult | null;
  readonly missing: string[];
}

export interface StepContext {
  readonly plan: BenchPlan;
  readonly files: BenchFiles;
  readonly workDir: string;
  readonly draft: Draft;
  readonly log: (line: string) => void;
}

const outDirOf = async (ctx: StepContext, size: number): Promise<string> => {
  const dir = path.join(ctx.workDir, 'out', String(size));
  await fs.mkdir(dir, { recursive: true });
  return dir;
};

const fileOf = (ctx: StepContext, size: number): string => {
  const file = ctx.files.bySize.get(size);
  if (!file) throw new Error(`no register of ${size} rows`);
  return file.path;
};

export async function measureEngine(ctx: StepContext, size: number): Promise<void> {
  const out = await runChild<EngineResult>('engine', [fileOf(ctx, size), String(ctx.plan.rounds[size] ?? 3)]);
  if (!out.ok) return void ctx.draft.missing.push(`engine at ${size} rows: ${out.error}`);
  const e = out.result;
  const analysis = [e.detect, e.read, e.validate, e.assess];
  ctx.draft.engine[size] = { ...e, analysisMs: analysis.reduce((n, t) => n + t.medianMs, 0), analysisCpuMs: analysis.reduce((n, t) => n + t.medianCpuMs, 0) };
  ctx.draft.peaks.engine[size] = out.peakRssBytes;
  // The register is built to a plan: the engine must find the overdue items the generator planted.
  const planted = ctx.files.bySize.get(size)?.outcomes.overdue ?? 0;
  if (e.overdue !== planted) ctx.draft.missing.push(`engine at ${size} rows found ${e.overdue} overdue items where the generator planted ${planted}`);
}

export async function measureFilePath(ctx: StepContext, size: number, withMany: boolean): Promise<void> {
  const dir = await outDirOf(ctx, size);
  const warm = fileOf(ctx, Math.min(...ctx.plan.sizes));
  const many = withMany ? ctx.files.many.map((f) => f.path) : [];
  const out = await runChild<FilePathTimings>('file-path', [fileOf(ctx, size), warm, dir, String(ctx.plan.rounds[size] ?? 3), ...many]);
  if (!out.ok) return void ctx.draft.missing.push(`file path at ${size} rows: ${out.error}`);
  ctx.draft.filePath[size] = out.result;
}

/**
 * Fresh processes per operation for its peak: a peak depends on when the collector ran (ExcelJS's
 * on one register ranged over 640–830 MB, 641/688/803 in one run), so each is the median of this
 * many, taken in turns.
 */
const PEAK_RUNS = 5;

/** Peak memory of each file-path operation, each in a fresh process (clear takes mark's copy). */
export async function measurePeaks(ctx: StepContext, size: number): Promise<void> {
  const dir = await outDirOf(ctx, size);
  const file = fileOf(ctx, size);
  const operations = { mark: file, clear: path.join(dir, 'peak-marked.xlsx'), summary: file, 'exceljs-load': file } as const;
  const samples: Record<string, number[]> = {};
  for (let run = 0; run < PEAK_RUNS; run++) {
    for (const [operation, input] of Object.entries(operations)) {
      // Commands of the command line run as its launcher starts them; ExcelJS as a Node tool runs.
      const nodeFlags = operation === 'exceljs-load' ? [] : binNodeFlags();
      const out = await runChild<PeakResult>('peak', [operation, dir, input], { nodeFlags, exposeGc: false });
      if (out.ok) (samples[operation] ??= []).push(out.peakRssBytes);
      else ctx.draft.missing.push(`peak of ${operation} at ${size} rows: ${out.error}`);
    }
  }
  const medianPeak = (operation: string): number | undefined => (samples[operation] ? median(samples[operation]) : undefined);
  ctx.draft.peaks.filePath[size] = { mark: medianPeak('mark'), clear: medianPeak('clear'), summary: medianPeak('summary'), exceljsLoad: medianPeak('exceljs-load'), samples };
}

export async function measureOpenpyxl(ctx: StepContext, deadline: number): Promise<void> {
  const size = ctx.plan.openpyxlRows;
  if (deadline - Date.now() < 60_000) return void ctx.draft.missing.push(`openpyxl at ${size} rows: skipped, the run's time budget was spent (run it alone: npm run bench -- --extras)`);
  try {
    const file = await ensureLargeRegister(ctx.workDir, size);
    const run = await runOpenpyxl(file.path, path.join(await outDirOf(ctx, size), 'openpyxl.xlsx'));
    ctx.draft.openpyxl = { rows: size, ms: run.ms, rowsFilled: run.rows, peakRssBytes: run.peakRssBytes };
  } catch (e) {
    ctx.draft.missing.push(`openpyxl at ${size} rows: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Marks the very large register once, within what is left of the run's time budget. */
export async function measureMillion(ctx: StepContext, deadline: number): Promise<void> {
  const rows = ctx.plan.millionRows;
  const skip = (): void => void ctx.draft.missing.push(`mark of ${rows} rows: skipped, the run's time budget was spent (run it alone: npm run bench -- --extras)`);
  // Generating it takes a while on a fresh clone: not worth starting with too little time left.
  if (deadline - Date.now() < 120_000) return skip();
  const file = await ensureLargeRegister(ctx.workDir, rows);
  const left = deadline - Date.now();
  if (left < 30_000) return skip();
  const t0 = Date.now();
  const out = await runChild<PeakResult>('peak', ['mark', await outDirOf(ctx, rows), file.path], { heapMb: 16_384, timeoutMs: left, nodeFlags: binNodeFlags(), exposeGc: false });
  // A failure still says how long it took to fail (the child's own clock reported nothing).
  ctx.draft.peaks.million = out.ok ? { rows, ok: true, ms: out.result.ms, peakRssBytes: out.peakRssBytes } : { rows, ok: false, ms: Date.now() - t0, error: out.error };
}

export async function measureExcel(ctx: StepContext, size: number): Promise<void> {
  const out = await runChild<ExcelPathResult>('excel-path', [fileOf(ctx, size)]);
  if (!out.ok) return void ctx.draft.missing.push(`Excel path at ${size} rows: ${out.error}`);
  ctx.draft.excelPath[size] = out.result;
}

export async function measureBundle(ctx: StepContext): Promise<void> {
  // Under build/: ESLint and git leave the built bundles alone there.
  const out = await runChild<BundleResult>('bundle', [path.join(REPO_DIR, 'build', 'bench', 'dist'), String(ctx.plan.firstRenderRuns)]);
  if (!out.ok) return void ctx.draft.missing.push(`task pane bundle: ${out.error}`);
  ctx.draft.bundle = out.result;
}
