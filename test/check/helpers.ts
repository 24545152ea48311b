/** What the issue-4 tests share: captured command output, package parts, a cell's fill. */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import type { Output } from '../../src/cli/options';
import { WorkbookPackage } from '../../src/hosts/xlsx/package';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');
export const PLANTED = path.join(FIXTURES, 'rules', 'planted-faults.xlsx');
export const FEATURES = path.join(FIXTURES, 'workbooks', 'features');

export interface Captured {
  readonly out: Output;
  readonly lines: string[];
  readonly errors: string[];
  text(): string;
}

export function captureOutput(): Captured {
  const lines: string[] = [];
  const errors: string[] = [];
  return { out: { log: (l) => lines.push(l), error: (l) => errors.push(l) }, lines, errors, text: () => lines.join('\n') };
}

export async function makeTempDir(prefix: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function readBytes(file: string): Promise<Uint8Array> {
  return new Uint8Array(await fs.readFile(file));
}

export function partsOf(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export function partText(bytes: Uint8Array, name: string): string {
  const part = partsOf(bytes)[name];
  if (!part) throw new Error(`no part ${name}`);
  return Buffer.from(part).toString('utf8');
}

/** Parts whose bytes differ between two packages (added, removed or changed), sorted. */
export function changedParts(a: Uint8Array, b: Uint8Array): string[] {
  const x = partsOf(a);
  const y = partsOf(b);
  const names = new Set([...Object.keys(x), ...Object.keys(y)]);
  return [...names].filter((n) => !x[n] || !y[n] || Buffer.compare(Buffer.from(x[n]), Buffer.from(y[n])) !== 0).sort();
}

/** A package with one part's text replaced (a fault planted by hand, the way a clerk typed it). */
export function replaceInPart(bytes: Uint8Array, name: string, edit: (text: string) => string): Uint8Array {
  const parts = partsOf(bytes);
  const before = Buffer.from(parts[name]).toString('utf8');
  const after = edit(before);
  if (after === before) throw new Error(`the edit changed nothing in ${name}`);
  return zipSync({ ...parts, [name]: new Uint8Array(Buffer.from(after, 'utf8')) });
}

/** The `<c>` element of a cell, as written. */
export function cellXml(bytes: Uint8Array, sheetPath: string, ref: string): string {
  const xml = partText(bytes, sheetPath);
  const m = new RegExp(`<c r="${ref}"(?:[^>]*/>|[^>]*>.*?</c>)`).exec(xml);
  if (!m) throw new Error(`no cell ${ref}`);
  return m[0];
}

/** A cell's fill as the package's styles give it: `RRGGBB` of a solid fill, else the pattern. */
export function fillOf(bytes: Uint8Array, sheetPath: string, ref: string): string {
  const s = /\ss="(\d+)"/.exec(cellXml(bytes, sheetPath, ref).split('>')[0]);
  const pkg = WorkbookPackage.open(bytes);
  const xf = pkg.styles.cellXfs[s ? Number(s[1]) : 0];
  const fill = pkg.styles.fills[xf?.fillId ?? 0];
  if (!fill || fill.pattern !== 'solid') return fill?.pattern ?? 'none';
  return (fill.fgColor?.rgb ?? '').slice(-6).toUpperCase();
}
