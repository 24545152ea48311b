import { partsOf, repackage } from '../../../../test/xlsx-patch/build-package';
import { KEY_COLS, marksFor, registerPackage } from '../../../../test/xlsx-patch/register-package';
import type { MarkKind } from '../../../core/marks/mark-types';
import type { ClearOutcome } from '../../host';
import { WorkbookPackage } from '../package';
import { keyRowsIn } from '../read/key-rows';
import { XlsxHost } from '../xlsx-host';
import { clearMarksInDraft } from './clear-marks';
import { PackageDraft } from './package-draft';

const SHEET = 'xl/worksheets/sheet1.xml';
const guid = (): string => '6F9619FF-8B86-D011-B42D-00C04FC964FF';

/** The `<row>` elements of a sheet by row number. */
function rowsOf(xml: string): Map<number, string> {
  return new Map([...xml.matchAll(/<row r="(\d+)"[\s\S]*?<\/row>/g)].map((m) => [Number(m[1]), m[0]]));
}

/** A row moved to another number, its cells' references with it. */
function renumber(row: string, from: number, to: number): string {
  return row.replace(new RegExp(`([A-Z])${from}"`, 'g'), `$1${to}"`).replace(`<row r="${from}"`, `<row r="${to}"`);
}

/**
 * The sheet as a clerk left it after moving rows about: `layout[i]` is the old row now at row
 * `3 + i`; data rows 3..6 not listed were deleted.
 */
function arrange(xml: string, layout: readonly number[]): string {
  const rows = rowsOf(xml);
  const data = [3, 4, 5, 6].map((r) => rows.get(r) ?? '').join('');
  const moved = layout.map((from, i) => renumber(rows.get(from) ?? '', from, i + 3)).join('');
  return xml.replace(data, moved);
}

/** The register with row 6 made a copy of row 3 in every key column. */
function withDuplicate(): Uint8Array {
  return repackage(registerPackage(), {
    [SHEET]: (xml) => xml.replace('<c r="A6"><v>4</v></c><c r="B6" s="1"><v>46107</v></c>', '<c r="A6"><v>1</v></c><c r="B6" s="1"><v>46086</v></c>'),
  });
}

async function marked(bytes: Uint8Array, rows: ReadonlyArray<readonly [number, MarkKind]>): Promise<Uint8Array> {
  const host = XlsxHost.open(bytes, { newGuid: guid });
  await host.applyMarks('收文登记', marksFor(await host.readColumns('收文登记', KEY_COLS, 3, 6), rows));
  return host.save();
}

/** Clears every mark with the streamed key read, noting which keys were asked for. */
async function clear(bytes: Uint8Array): Promise<{ outcomes: ClearOutcome[]; sheet: string; asked: string[][] }> {
  const pkg = WorkbookPackage.open(bytes);
  const draft = new PackageDraft(pkg.zip);
  const asked: string[][] = [];
  const outcomes = await clearMarksInDraft({ draft, workbookPath: pkg.workbookPath, newGuid: guid }, undefined, undefined, (sheet, cols, wanted) => {
    asked.push([...wanted].sort());
    return keyRowsIn(pkg)(sheet.name, cols, wanted);
  });
  return { outcomes, sheet: partsOf(draft.save())[SHEET], asked };
}

const original = (bytes: Uint8Array = registerPackage()): string => partsOf(bytes)[SHEET];

describe('clearing marks with the streamed key read', () => {
  it('asks the reader only for the keys the log holds, once per set of key columns', async () => {
    const bytes = await marked(registerPackage(), [[4, 'overdue'], [5, 'dueSoon']]);
    const host = XlsxHost.open(registerPackage());
    const grid = await host.readColumns('收文登记', KEY_COLS, 3, 6);
    const { asked } = await clear(bytes);
    expect(asked).toEqual([marksFor(grid, [[4, 'overdue'], [5, 'dueSoon']]).map((m) => m.key).sort()]);
  });

  it('gives moved rows their own formats back where they are now', async () => {
    const bytes = await marked(registerPackage(), [[3, 'overdue'], [5, 'dueSoon']]);
    const sorted = [6, 5, 4, 3];
    const { outcomes, sheet } = await clear(repackage(bytes, { [SHEET]: (xml) => arrange(xml, sorted) }));
    expect(outcomes).toEqual([{ sheet: '收文登记', rowsRestored: 2, cellsKeptByUser: 0, rowsNotFound: 0 }]);
    expect(sheet).toBe(arrange(original(), sorted));
  });

  it('counts a deleted row as not found and still restores the row that slid into its place', async () => {
    const bytes = await marked(registerPackage(), [[4, 'overdue'], [5, 'dueSoon']]);
    const without4 = [3, 5, 6];
    const { outcomes, sheet } = await clear(repackage(bytes, { [SHEET]: (xml) => arrange(xml, without4) }));
    expect(outcomes).toEqual([{ sheet: '收文登记', rowsRestored: 1, cellsKeptByUser: 0, rowsNotFound: 1 }]);
    expect(sheet).toBe(arrange(original(), without4));
  });

  it('gives each of two rows with the same key a row of its own after a sort', async () => {
    const base = withDuplicate();
    const bytes = await marked(base, [[3, 'overdue'], [6, 'doneLate']]);
    const sorted = [4, 3, 6, 5];
    const { outcomes, sheet } = await clear(repackage(bytes, { [SHEET]: (xml) => arrange(xml, sorted) }));
    expect(outcomes).toEqual([{ sheet: '收文登记', rowsRestored: 2, cellsKeptByUser: 0, rowsNotFound: 0 }]);
    expect(sheet).toBe(arrange(original(base), sorted));
  });

  it('restores the one row left of two with the same key, and counts the deleted one as not found', async () => {
    const base = withDuplicate();
    const bytes = await marked(base, [[3, 'overdue'], [6, 'doneLate']]);
    const without3 = [4, 5, 6];
    const { outcomes, sheet } = await clear(repackage(bytes, { [SHEET]: (xml) => arrange(xml, without3) }));
    expect(outcomes).toEqual([{ sheet: '收文登记', rowsRestored: 1, cellsKeptByUser: 0, rowsNotFound: 1 }]);
    expect(sheet).toBe(arrange(original(base), without3));
  });

  it('leaves a cell the clerk re-coloured in a moved row, and counts it', async () => {
    const bytes = await marked(registerPackage(), [[4, 'overdue'], [5, 'dueSoon']]);
    const swapped = [3, 5, 4, 6];
    // Old row 4 is now row 5; the clerk gives its 来文单位 cell the green format (style 2).
    const recoloured = (xml: string): string => arrange(xml, swapped).replace(/<c r="C5" s="\d+"/, '<c r="C5" s="2"');
    const { outcomes, sheet } = await clear(repackage(bytes, { [SHEET]: recoloured }));
    expect(outcomes).toEqual([{ sheet: '收文登记', rowsRestored: 2, cellsKeptByUser: 1, rowsNotFound: 0 }]);
    expect(sheet).toBe(arrange(original(), swapped).replace('<c r="C5" t="s">', '<c r="C5" s="2" t="s">'));
  });
});
