/**
 * A workbook is untrusted input (docs/security.md). Packages built to attack a reader — entity
 * expansion, an external entity pointing at a local file, entry names that climb out of the
 * folder, a zip bomb, counts that lie — go through the command line: each is refused in Chinese
 * or read without harm, nothing is expanded or fetched, and nothing is written but the -o copy.
 */
import { existsSync, mkdtempSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { buildSampleWorkbook } from '../../src/cli/demo/sample-workbook';
import type { ReportJson } from '../../src/cli/json-types';
import { runCli } from '../cli/run-cli';
import { findUnreadable } from './support/clerk-output';

const dir = mkdtempSync(path.join(os.tmpdir(), 'rd-hostile-'));
const SECRET = path.join(dir, 'secret.txt');
const SHEET = 'xl/worksheets/sheet1.xml';
let parts: Record<string, Uint8Array>;

beforeAll(async () => {
  parts = unzipSync(await buildSampleWorkbook());
  await fs.writeFile(SECRET, 'TOP-SECRET-CONTENT');
});

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

/** The sample workbook with some parts replaced or added, written to a file. */
async function hostile(name: string, change: (p: Record<string, Uint8Array>) => Zippable): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, zipSync(change({ ...parts })));
  return file;
}

const withDoctype = (xml: string, doctype: string, entity: string): string =>
  xml.replace(/^(<\?xml[^>]*\?>)?/, (decl) => `${decl}${doctype}`).replace(/(<sheetData>|<sheetData[^>]*>)/, `$1<row r="999"><c r="A999" t="inlineStr"><is><t>${entity}</t></is></c></row>`);

describe('packages built to attack the reader', () => {
  it('an entity-expansion bomb in a sheet is not expanded, and the clerk is told that sheet cannot be read — not that it is empty', async () => {
    const laughs = `<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${'b'.repeat(i + 1)} "${`&${i === 0 ? 'a' : 'b'.repeat(i)};`.repeat(10)}">`).join('')}]>`;
    const file = await hostile('laughs.xlsx', (p) => ({ ...p, [SHEET]: strToU8(withDoctype(strFromU8(p[SHEET]), laughs, '&bbbbbbbbb;')) }));
    const run = await runCli('inspect', file, '--json', '--as-of', '2026-11-20');
    expect(run.stdout).not.toContain('aaaaaaaaaa');
    expect(findUnreadable(run.stderr)).toEqual([]);
    const report = JSON.parse(run.stdout) as ReportJson;
    const sheet = report.files[0].sheets.find((s) => s.sheet === '收文登记');
    expect(sheet?.problems.map((p) => p.code) ?? []).not.toContain('layout.empty');
    const said = `${run.stderr}${JSON.stringify(sheet?.problems ?? [])}`;
    expect(said).toContain('收文登记');
    expect(said).toMatch(/无法读取|不能读取|损坏/);
  }, 10_000);

  it('an external entity naming a local file is never read: its content appears nowhere', async () => {
    const xxe = `<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file://${SECRET}">]>`;
    const file = await hostile('xxe.xlsx', (p) => ({ ...p, [SHEET]: strToU8(withDoctype(strFromU8(p[SHEET]), xxe, '&xxe;')) }));
    const out = path.join(dir, 'xxe-marked.xlsx');
    const runs = [await runCli('inspect', file, '--json', '--as-of', '2026-11-20'), await runCli('mark', file, '-o', out, '--as-of', '2026-11-20'), await runCli('remind', file, '-o', path.join(dir, 'xxe-remind.xlsx'), '--as-of', '2026-11-20')];
    for (const run of runs) {
      expect(`${run.stdout}${run.stderr}`).not.toContain('TOP-SECRET');
      expect(findUnreadable(run.stderr)).toEqual([]);
    }
    for (const written of [out, path.join(dir, 'xxe-remind.xlsx')].filter((f) => existsSync(f))) {
      const texts = Object.values(unzipSync(new Uint8Array(await fs.readFile(written)))).map((b) => strFromU8(b, true));
      expect(texts.some((t) => t.includes('TOP-SECRET'))).toBe(false);
    }
  }, 10_000);

  it('entry names that climb out of the folder or name an absolute path are never written to disk', async () => {
    const names = ['../../rd-escaped.txt', '/tmp/rd-absolute.txt', 'xl\\..\\..\\rd-backslash.txt'];
    const file = await hostile('traversal.xlsx', (p) => ({ ...p, ...Object.fromEntries(names.map((n) => [n, strToU8('escaped')])) }));
    const out = path.join(dir, 'traversal-marked.xlsx');
    await runCli('inspect', file, '--as-of', '2026-11-20');
    await runCli('mark', file, '-o', out, '--as-of', '2026-11-20');
    await runCli('remind', file, '-o', path.join(dir, 'traversal-remind.xlsx'), '--as-of', '2026-11-20');
    for (const escaped of [path.resolve(dir, '../../rd-escaped.txt'), '/tmp/rd-absolute.txt', path.resolve(dir, '..', 'rd-backslash.txt'), path.resolve(dir, '../..', 'rd-backslash.txt')]) {
      expect([escaped, existsSync(escaped)]).toEqual([escaped, false]);
    }
  }, 10_000);

  it('a zip bomb (a part inflating a thousandfold) is refused before it is inflated, naming the file', async () => {
    const bomb = new Uint8Array(64 * 1024 * 1024).fill(0x20);
    const file = await hostile('bomb.xlsx', (p) => ({ ...p, [SHEET]: [bomb, { level: 9 }] }));
    const before = process.memoryUsage().arrayBuffers;
    const run = await runCli('inspect', file, '--as-of', '2026-11-20');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(file);
    expect(findUnreadable(run.stderr)).toEqual([]);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(32 * 1024 * 1024);
  }, 20_000);

  it('counts that lie — a dimension of the whole sheet, a shared-string count in the billions — are never trusted', async () => {
    const file = await hostile('liar.xlsx', (p) => {
      const sheet = strFromU8(p[SHEET]).replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>');
      const strings = strFromU8(p['xl/sharedStrings.xml']).replace(/count="\d+"/, 'count="4000000000"').replace(/uniqueCount="\d+"/, 'uniqueCount="4000000000"');
      return { ...p, [SHEET]: strToU8(sheet), 'xl/sharedStrings.xml': strToU8(strings) };
    });
    const honest = await hostile('honest.xlsx', (p) => p);
    const [lied, told] = await Promise.all([runCli('inspect', file, '--json', '--as-of', '2026-11-20'), runCli('inspect', honest, '--json', '--as-of', '2026-11-20')]);
    expect(lied.code).toBe(0);
    const strip = (r: typeof lied): unknown => (JSON.parse(r.stdout) as ReportJson).files.map((f) => f.sheets);
    expect(strip(lied)).toEqual(strip(told));
  }, 10_000);
});
