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
import { timeInterleaved, type Sample, type Timing } from '../lib/stats';
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
  // The order of a round: clear takes the copy that mark wrote just before it, and the two
  // summaries run side by side. ExcelJS grows the heap to about a gigabyte, which V8 hands back
  // on its background threads after the run: on two cores the next step shared them with that
  // work (the zip floor 1.6–2.0 s right after ExcelJS, 1.2–1.3 s after a pause, 1.16 s before;
  // the 100-workbook summary 1.63 × the one-workbook one there, 1.34 × beside it). So the round
  // pauses, untimed, after ExcelJS, a quarter of its own time (5 s at most).
  const steps = (file: string, tag: string, manyFiles: readonly string[]): Record<string, () => unknown> => {
    const part = largestPart(file);
    const summaryMany: Record<string, () => unknown> = manyFiles.length > 0 ? { summaryMany: () => summarizeFiles(manyFiles, out(`summary-many-${tag}.xlsx`)) } : {};
    return {
      exceljs: () => excelJsRoundTrip(file, out(`exceljs-${tag}.xlsx`)),
      mark: () => markFile(file, out(`marked-${tag}.xlsx`)),
      clear: () => clearFile(out(`marked-${tag}.xlsx`), out(`cleared-${tag}.xlsx`)),
      summary: () => summarizeFiles([file], out(`summary-${tag}.xlsx`)),
      ...summaryMany,
      zipFloor: () => zipFloor(part),
    };
  };
  const settle = (name: string, sample: Sample): Promise<void> | undefined => (name === 'exceljs' ? pause(Math.min(5000, sample.ms / 4)) : undefined);
  await timeInterleaved(steps(warmup, 'warm', many.slice(0, 2)), 1, settle);
  const t = await timeInterleaved(steps(register, 'run', many), rounds, settle);
  return { ...t, sheetPartBytes: largestPart(register).size } as FilePathTimings;
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const [register, warmup, outDir, rounds, ...many] = process.argv.slice(2);
measure(register, warmup, outDir, Number(rounds), many).then(reportResult, (e: unknown) => {
  console.error(e instanceof Error ? e.stack : String(e));
  process.exit(1);
});
