/**
 * `summary` in a process of its own, where worker threads can start (the jest process cannot run
 * the .ts worker): `node -r ./bench/register-ts.cjs test/cli/summary-child.ts WORKERS OUT FILE...`.
 * Prints one JSON line: the exit code, what was printed, and how many files workers read (all of
 * them, this thread reading none).
 */
import { runSummary } from '../../src/cli/commands/summary';
import { readPackageInputs } from '../../src/cli/summary/read-package-inputs';

async function run(): Promise<void> {
  const [workers, output, ...files] = process.argv.slice(2);
  // Every file to the workers, so that the run below cannot pass by reading them all here.
  const only = { workers: Number(workers), readsHere: false };
  const probe = await readPackageInputs(files, only);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const out = { log: (l: string) => void stdout.push(l), error: (l: string) => void stderr.push(l) };
  const code = await runSummary(files, { year: '2026', asOf: '2026-11-20', output, force: true, ...only }, out);
  process.stdout.write(`${JSON.stringify({ code, stdout: stdout.join('\n'), stderr: stderr.join('\n'), byWorkers: probe.byWorkers })}\n`);
}

run().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(3);
});
