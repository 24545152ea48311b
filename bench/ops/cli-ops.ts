/**
 * The command line driven in-process, exactly as `register-desk …` runs it (argument parsing,
 * reading the file, the work, the read-back check, the atomic write), with its output captured.
 */
import { main } from '../../src/cli/main';
import type { Output } from '../../src/cli/options';
import { formatDay } from '../../src/core/dates/day';
import { BENCH_AS_OF, BENCH_YEAR } from '../generate/register-rows';

const AS_OF = formatDay(BENCH_AS_OF);

/**
 * Runs one command; throws with what it printed when it fails.
 * @example await runCli(['mark', 'in.xlsx', '-o', 'out.xlsx', '--force'])
 */
export async function runCli(args: readonly string[]): Promise<string[]> {
  const lines: string[] = [];
  const out: Output = { log: (l) => void lines.push(l), error: (l) => void lines.push(l) };
  const code = await main(['node', 'register-desk', ...args], out);
  if (code !== 0) throw new Error(`register-desk ${args[0]} exited ${code}: ${lines.slice(-3).join(' | ')}`);
  return lines;
}

/** `register-desk mark FILE -o OUT --as-of <bench day>`. */
export function markFile(input: string, output: string): Promise<string[]> {
  return runCli(['mark', input, '-o', output, '--as-of', AS_OF, '--force']);
}

/** `register-desk clear FILE -o OUT`. */
export function clearFile(input: string, output: string): Promise<string[]> {
  return runCli(['clear', input, '-o', output, '--force']);
}

/** `register-desk summary FILE... --year Y --as-of D -o OUT`. */
export function summarizeFiles(inputs: readonly string[], output: string): Promise<string[]> {
  return runCli(['summary', ...inputs, '--year', String(BENCH_YEAR), '--as-of', AS_OF, '-o', output, '--force']);
}
