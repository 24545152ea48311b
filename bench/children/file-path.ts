/**
 * The file path for one register size, timed in one process: `register-desk mark`, `clear` (on
 * the marked copy) and `summary` end to end, beside the two references (ExcelJS load + save, the
 * zip floor) and, when asked, `summary` over many small workbooks. Every step runs once on the
 * small warm-up register first, then the steps take turns for the given number of rounds.
 *
 * Usage: file-path.ts REGISTER WARMUP OUTDIR ROUNDS [MANY_FILE...]
 */
import * as path from 'node:path';
import { reportResult } from '../lib/child-result';
import { timeInterleaved, type Timing } from '../lib/stats';
import { clearFile, markFile, summarizeFiles } from '../ops/cli-ops';
import { excelJsRoundTrip, largestPart, zipFloor } from '../ops/reference-ops';

export interface FilePathTimings {
  readonly mark: Timing;
  readonly clear: Timing;
  readonly summary: Timing;
  readonly exceljs: Timing;
  readonly zipFloor: Timing;
  readonly summaryMany?: Timing;
  readonly sheetPartBytes: number;
}

async function measure(register: string, warmup: string, outDir: string, rounds: number, many: readonly string[]): Promise<FilePathTimings> {
  const out = (name: string): string => path.join(outDir, name);
  // Within a round, clear takes the copy that mark wrote just before it.
  const steps = (file: string, tag: string) => {
    const part = largestPart(file);
    return {
      mark: () => markFile(file, out(`marked-${tag}.xlsx`)),
      clear: () => clearFile(out(`marked-${tag}.xlsx`), out(`cleared-${tag}.xlsx`)),
      summary: () => summarizeFiles([file], out(`summary-${tag}.xlsx`)),
      exceljs: () => excelJsRoundTrip(file, out(`exceljs-${tag}.xlsx`)),
      zipFloor: () => zipFloor(part),
    };
  };
  await timeInterleaved(steps(warmup, 'warm'), 1);
  const run = steps(register, 'run');
  const timed = many.length > 0 ? { ...run, summaryMany: () => summarizeFiles(many, out('summary-many.xlsx')) } : run;
  if (many.length > 0) await summarizeFiles(many.slice(0, 2), out('summary-many-warm.xlsx'));
  const t = await timeInterleaved<keyof typeof timed>(timed, rounds);
  return { ...t, sheetPartBytes: largestPart(register).size } as FilePathTimings;
}

const [register, warmup, outDir, rounds, ...many] = process.argv.slice(2);
measure(register, warmup, outDir, Number(rounds), many).then(reportResult, (e: unknown) => {
  console.error(e instanceof Error ? e.stack : String(e));
  process.exit(1);
});
