/**
 * `npm run bench` (issue 12): generates registers of 1,000, 10,000 and 100,000 rows (and the
 * many small ones and the million-row one), measures the engine, the file path, the Excel path
 * on the stand-in, peak memory and the task-pane bundle, prints the tables, judges the targets
 * and writes bench/results.json. Options: --quick, --no-million, --no-bundle, --no-openpyxl, and
 * --extras (only the openpyxl comparison and the million-row mark, without the time budget).
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureBenchFiles } from './generate/bench-files';
import { binNodeFlags } from './lib/bin-flags';
import { BENCH_DIR, childCpuTotal } from './lib/run-child';
import { judgedSizes, planOf } from './plan';
import type { BenchResults, MachineInfo } from './report/results';
import { formatResults } from './report/table';
import { judgeTargets } from './report/targets';
import { measureBundle, measureEngine, measureExcel, measureFilePath, measureMillion, measureOpenpyxl, measurePeaks, type Draft, type StepContext } from './steps';

function machine(loadAtStart: number): MachineInfo {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    loadAverage: [Number(loadAtStart.toFixed(2)), Number(os.loadavg()[0].toFixed(2))],
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const plan = planOf(args);
  const started = Date.now();
  const loadAtStart = os.loadavg()[0];
  const workDir = path.join(BENCH_DIR, 'work');
  const log = (line: string): void => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
  const draft: Draft = { engine: {}, filePath: {}, excelPath: {}, peaks: { engine: {}, filePath: {}, million: null }, openpyxl: null, bundle: null, missing: [] };
  log('registers');
  const files = await ensureBenchFiles(plan, workDir, log);
  const ctx: StepContext = { plan, files, workDir, draft, log };
  const { large, small } = judgedSizes(plan);
  for (const size of plan.sizes) {
    log(`engine, ${size} rows`);
    await measureEngine(ctx, size);
    log(`file path, ${size} rows`);
    await measureFilePath(ctx, size, size === large && plan.manyFiles > 0);
    log(`peak memory, ${size} rows`);
    await measurePeaks(ctx, size);
    log(`Excel path, ${size} rows`);
    await measureExcel(ctx, size);
  }
  if (plan.bundle) {
    log('task pane bundle');
    await measureBundle(ctx);
  }
  if (plan.openpyxl) {
    log(`openpyxl highlighter, ${plan.openpyxlRows} rows`);
    await measureOpenpyxl(ctx, started + plan.budgetMs);
  }
  if (plan.millionRows > 0) {
    log(`mark, ${plan.millionRows} rows`);
    await measureMillion(ctx, started + plan.budgetMs);
  }
  const registers = Object.fromEntries(
    [...files.bySize].map(([size, f]) => [size, { bytes: f.bytes, sheetXmlBytes: f.sheetXmlBytes, overdueShare: (f.outcomes.overdue ?? 0) / f.rows }]),
  );
  const figures: Omit<BenchResults, 'targets'> = {
    command: `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`,
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    cpuMs: Math.round(childCpuTotal() + process.cpuUsage().user / 1000 + process.cpuUsage().system / 1000),
    machine: machine(loadAtStart),
    registers,
    engine: draft.engine,
    filePath: draft.filePath,
    openpyxl: draft.openpyxl,
    excelPath: draft.excelPath,
    memory: { engine: draft.peaks.engine, filePath: draft.peaks.filePath, million: draft.peaks.million, cliNodeFlags: binNodeFlags() },
    bundle: draft.bundle,
    missing: draft.missing,
  };
  const results: BenchResults = { ...figures, targets: judgeTargets(figures, String(large), String(small)) };
  // Only the full run writes bench/results.json; a partial one goes to bench/work/.
  const partial = args.find((a) => a === '--quick' || a === '--extras');
  const target = partial ? path.join(workDir, `results${partial.replace(/^-+/, '.')}.json`) : path.join(BENCH_DIR, 'results.json');
  await fs.writeFile(target, `${JSON.stringify(results, null, 2)}\n`);
  console.log(formatResults(results));
  console.log(`\n${path.relative(process.cwd(), target)} written.`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : String(e));
  process.exit(1);
});
