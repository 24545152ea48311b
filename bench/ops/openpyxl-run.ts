/** Runs bench/openpyxl_highlight.py with Debian's Python and openpyxl, and reads what it printed. */
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { formatDay } from '../../src/core/dates/day';
import { BENCH_AS_OF } from '../generate/register-rows';

export interface OpenpyxlRun {
  readonly ms: number;
  readonly rows: number;
  readonly peakRssBytes: number;
}

const PYTHON = '/usr/bin/python3';

/**
 * Times the openpyxl highlighter on a register (load, fill, save, inside Python).
 * @example const run = await runOpenpyxl('bench/work/registers/incoming-100000-s1.xlsx', 'out.xlsx');
 */
export function runOpenpyxl(input: string, output: string): Promise<OpenpyxlRun> {
  const script = path.join(__dirname, '..', 'openpyxl_highlight.py');
  return new Promise((resolve, reject) => {
    execFile(PYTHON, [script, input, output, formatDay(BENCH_AS_OF)], { maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`openpyxl: ${stderr.trim().split('\n').slice(-2).join(' | ') || error.message}`));
      else resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as OpenpyxlRun);
    });
  });
}
