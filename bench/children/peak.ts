/**
 * One operation once, in a fresh process, for its peak memory (and its time, cold).
 *
 * Usage: peak.ts OPERATION OUTDIR FILE...   with OPERATION one of
 *   mark | clear | summary | exceljs-load | zip-floor
 */
import * as path from 'node:path';
import { reportResult } from '../lib/child-result';
import { timeOnce } from '../lib/stats';
import { clearFile, markFile, summarizeFiles } from '../ops/cli-ops';
import { excelJsLoad, largestPart, zipFloor } from '../ops/reference-ops';

export interface PeakResult {
  readonly operation: string;
  readonly ms: number;
  readonly cpuMs: number;
}

const OPERATIONS: Readonly<Record<string, (outDir: string, files: readonly string[]) => Promise<unknown>>> = {
  mark: (dir, [file]) => markFile(file, path.join(dir, 'peak-marked.xlsx')),
  clear: (dir, [file]) => clearFile(file, path.join(dir, 'peak-cleared.xlsx')),
  summary: (dir, files) => summarizeFiles(files, path.join(dir, 'peak-summary.xlsx')),
  'exceljs-load': (_dir, [file]) => excelJsLoad(file),
  'zip-floor': async (_dir, [file]) => zipFloor(largestPart(file)),
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
