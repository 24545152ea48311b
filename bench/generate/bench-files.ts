/** Every register a bench plan needs, generated (or found already generated) under bench/work. */
import * as path from 'node:path';
import type { BenchPlan } from '../plan';
import { ensureRegister, type RegisterFile } from './registers';

export interface BenchFiles {
  readonly bySize: ReadonlyMap<number, RegisterFile>;
  /** The small workbooks one `summary` consolidates (one per township, say). */
  readonly many: readonly RegisterFile[];
}

/** Seeds of the many small workbooks: each township's register differs. */
const MANY_SEED = 1000;

/**
 * @example const files = await ensureBenchFiles(FULL_PLAN, 'bench/work', (s) => console.log(s));
 */
export async function ensureBenchFiles(plan: BenchPlan, workDir: string, log: (line: string) => void): Promise<BenchFiles> {
  const registers = path.join(workDir, 'registers');
  const bySize = new Map<number, RegisterFile>();
  for (const rows of plan.sizes) {
    bySize.set(rows, await ensureRegister(registers, rows, 1));
    log(`  register of ${rows} rows ready`);
  }
  const many: RegisterFile[] = [];
  for (let i = 1; i <= plan.manyFiles; i++) many.push(await ensureRegister(path.join(workDir, 'many'), plan.manyFileRows, MANY_SEED + i, `2026年收文登记簿（第${i}乡镇）`));
  if (plan.manyFiles > 0) log(`  ${plan.manyFiles} registers of ${plan.manyFileRows} rows ready`);
  return { bySize, many };
}

/**
 * A register outside the measured sizes (the million rows, the openpyxl comparison), generated
 * only when the run gets to it.
 * @example const file = await ensureLargeRegister('bench/work', 1_000_000);
 */
export function ensureLargeRegister(workDir: string, rows: number): Promise<RegisterFile> {
  return ensureRegister(path.join(workDir, 'registers'), rows, 1);
}
