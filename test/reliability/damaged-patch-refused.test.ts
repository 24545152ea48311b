/**
 * The writer's check refuses a damaged patch and writes nothing (issue 12): the read-back check
 * now compares only what a patch changed, one inflated sheet at a time, and must still catch a value
 * changed, a row dropped or inserted, a formula changed or a part with a wrong CRC before the file
 * is put in place.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { writeOutput } from '../../src/cli/io';
import { NODE_CODEC } from '../../src/cli/node-codec';
import { readBackCheck } from '../../src/hosts/xlsx/patch/verify-patched';
import { readZip } from '../../src/hosts/xlsx/zip/read-zip';
import { writeZip, type ZipItem } from '../../src/hosts/xlsx/zip/write-zip';
import { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import { repackage } from '../xlsx-patch/build-package';
import { KEY_COLS, marksFor, registerPackage } from '../xlsx-patch/register-package';

const SHEET = 'xl/worksheets/sheet1.xml';

async function markedCopy(): Promise<{ original: Uint8Array; patched: Uint8Array }> {
  const original = registerPackage();
  const host = XlsxHost.open(original, { newGuid: () => '6F9619FF-8B86-D011-B42D-00C04FC964FF', codec: NODE_CODEC });
  const grid = await host.readColumns('收文登记', KEY_COLS, 3, 6);
  await host.applyMarks('收文登记', marksFor(grid, [[3, 'overdue'], [6, 'doneLate']]));
  return { original, patched: host.save() };
}

function wrongCrc(bytes: Uint8Array): Uint8Array {
  const zip = readZip(bytes);
  const items: ZipItem[] = zip.entries.map((e) => (e.name === SHEET ? { name: e.name, deflated: { data: e.raw(), crc: (e.crc32 + 1) >>> 0, size: e.size } } : { keep: e }));
  return writeZip(items, zip.comment);
}

describe('a damaged patch', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'rd-damaged-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is written when it is right', async () => {
    const { original, patched } = await markedCopy();
    await writeOutput(path.join(dir, 'ok.xlsx'), patched, { verify: readBackCheck(original, NODE_CODEC) });
    expect(readdirSync(dir)).toEqual(['ok.xlsx']);
  });

  it.each([
    ['a value changed', (b: Uint8Array) => repackage(b, { [SHEET]: (x) => x.replace('<v>46093</v>', '<v>46094</v>') })],
    ['a row dropped', (b: Uint8Array) => repackage(b, { [SHEET]: (x) => x.replace(/<row r="5".*?<\/row>/, '') })],
    ['a row inserted', (b: Uint8Array) => repackage(b, { [SHEET]: (x) => x.replace('</sheetData>', '<row r="8"><c r="A8"><v>1</v></c></row></sheetData>') })],
    ['a formula changed', (b: Uint8Array) => repackage(b, { [SHEET]: (x) => x.replace('COUNTA(A3:A6)', 'COUNTA(A3:A5)') })],
    ['a bad CRC', wrongCrc],
  ])('is refused with %s, and nothing is written', async (_what, damage) => {
    const { original, patched } = await markedCopy();
    const damaged = damage(patched);
    expect(Buffer.from(damaged).equals(Buffer.from(patched))).toBe(false);
    await expect(writeOutput(path.join(dir, 'out.xlsx'), damaged, { verify: readBackCheck(original, NODE_CODEC) })).rejects.toMatchObject({ zh: expect.stringContaining('自检未通过') });
    expect(readdirSync(dir)).toEqual([]);
  });
});
