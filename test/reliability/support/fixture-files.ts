/** The fixture workbooks the suites run over, and what test/fixtures/expected says about them. */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

export const FIXTURES_DIR = path.join(__dirname, '..', '..', 'fixtures');
export const WORKBOOKS_DIR = path.join(FIXTURES_DIR, 'workbooks');

export interface AwkwardEntry {
  /** Relative to test/fixtures/workbooks, e.g. "awkward/empty.xlsx". */
  readonly file: string;
  readonly opens: boolean;
  /** For a file that must not open: the open-error code (notZip, truncated, encrypted, xls, et, empty, noWorkbook). */
  readonly error?: string;
  readonly holds: string;
  readonly sheets?: readonly string[];
}

/** Every entry of test/fixtures/expected/awkward.json, in file order. */
export function readAwkwardCorpus(): AwkwardEntry[] {
  const raw = JSON.parse(readFileSync(path.join(FIXTURES_DIR, 'expected', 'awkward.json'), 'utf8')) as Record<string, Omit<AwkwardEntry, 'file'>>;
  return Object.entries(raw).map(([file, entry]) => ({ file, ...entry }));
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/**
 * Every fixture workbook that opens (relative paths under test/fixtures), the planted-faults
 * register included: the files a round trip must give back cell for cell.
 */
export function listOpeningWorkbooks(): string[] {
  const refused = new Set(readAwkwardCorpus().filter((e) => !e.opens).map((e) => path.join('workbooks', e.file)));
  return [...walk(WORKBOOKS_DIR), path.join(FIXTURES_DIR, 'rules', 'planted-faults.xlsx')]
    .map((f) => path.relative(FIXTURES_DIR, f))
    .filter((f) => /\.xls[xm]$/.test(f) && !refused.has(f))
    .sort();
}

export function readFixture(relative: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES_DIR, relative)));
}
