/**
 * One operation once, in a fresh process, for its peak memory (and its time, cold).
 *
 * Usage: peak.ts OPERATION OUTDIR FILE...   with OPERATION one of
 *   mark | clear | summary | exceljs-load | zip-floor
 */
import * as path from 'node:path';
import { reportResult } from '../lib/child-result';
import { timeOnce } from '../lib/stats';

export interface PeakResult {
  readonly operation: string;
  readonly ms: number;
  readonly cpuMs: number;
}

// Each operation loads only its own modules: a `mark` child that also held ExcelJS's code would
// report 13 MB the command line never takes (a clerk's `register-desk` does not load ExcelJS).
const OPERATIONS: Readonly<Record<string, (outDir: string, files: readonly string[]) => Promise<unknown>>> = {
  mark: async (dir, [file]) => (await import('../ops/cli-ops')).markFile(file, path.join(dir, 'peak-marked.xlsx')),
  clear: async (dir, [file]) => (await import('../ops/cli-ops')).clearFile(file, path.join(dir, 'peak-cleared.xlsx')),
  summary: async (dir, files) =>
    (await import('../ops/cli-ops')).summarizeFiles(files, path.join(dir, 'peak-summary.xlsx')),
  'exceljs-load': async (_dir, [file]) => (await import('../ops/reference-ops')).excelJsLoad(file),
  'zip-floor': async (_dir, [file]) => {
    const { largestPart, zipFloor } = await import('../ops/reference-ops');
    return zipFloor(largestPart(file));
  },
};

async function measure(operation: string, outDir: string, files: readonly string[]): Promise<PeakResult> {
  const run = OPERATIONS[operation];
  if (!run) throw new Error(`unknown operation ${operation}`);
  return { operation, ...(await timeOnce(() => run(outDir, files))) };
}

const [operation, outDir, ...files] = process.argv.slice(2);
measure(operation, outDir, files).then(reportResult, (e: unknown) => {
  console.error(e instanceof Error ? e.stack : String(e));
  process.exit(1);
});
