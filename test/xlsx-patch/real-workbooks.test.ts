/**
 * Mark and clear on workbooks written by other programs (openpyxl, LibreOffice, ExcelJS, Excel):
 * every .xlsx/.xlsm under the fixture folders that opens. After marking, every part but the
 * allowed ones is byte-identical (raw compressed bytes), the marked sheet is unchanged outside its
 * cell data, values read back the same; after clearing, every part reads as the original.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { makeRowKey } from '../../src/core/marks/row-key';
import type { MarkKind, RowMark } from '../../src/core/marks/mark-types';
import { SETTINGS_NAMESPACE } from '../../src/core/settings/stored-settings';
import { WorkbookPackage } from '../../src/hosts/xlsx/package';
import { findSheetData, scanCells, scanRows } from '../../src/hosts/xlsx/patch/sheet-scan';
import { StyleSheetEdit } from '../../src/hosts/xlsx/patch/style-sheet-edit';
import { isFormattingLocked, isStructureLocked } from '../../src/hosts/xlsx/patch/sheet-protection';
import { verifyPatched } from '../../src/hosts/xlsx/patch/verify-patched';
import { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import { readZip } from '../../src/hosts/xlsx/zip/read-zip';
import { partsOf } from './build-package';

const ROOTS = ['test/fixtures/workbooks', 'test/fixtures', 'test/xlsx-read/samples'];
const KINDS: MarkKind[] = ['overdue', 'dueSoon', 'doneLate', 'invalid'];

function workbooks(): string[] {
  const found = new Set<string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.xls[xm]$/i.test(name) && statSync(path).size < 5_000_000) found.add(path);
    }
  };
  for (const root of ROOTS) if (existsSync(root)) walk(root);
  return [...found].filter((path) => {
    try {
      const pkg = WorkbookPackage.open(new Uint8Array(readFileSync(path)));
      return pkg.sheets.some((s) => s.kind === 'worksheet' && s.path);
    } catch {
      return false; // the awkward corpus' files that must not open are the reader's tests
    }
  });
}

/** Everything of a worksheet part but its cell data. */
function outsideCells(xml: string): [string, string] {
  const data = findSheetData(xml);
  return data ? [xml.slice(0, data.start), xml.slice(data.end)] : [xml, ''];
}

/** The first worksheet whose protection allows formatting (protected ones are refused, as tested below). */
function markableSheet(bytes: Uint8Array): string | undefined {
  const pkg = WorkbookPackage.open(bytes);
  return pkg.sheets.find((s) => s.kind === 'worksheet' && s.path && !isFormattingLocked(pkg.partText(s.path) ?? ''))?.name;
}

/** Cell data with style indexes and value-less cells taken out (self-closing rows opened). */
function withoutStyles(xml: string): string {
  const data = findSheetData(xml);
  const cells = data ? xml.slice(data.contentStart, data.contentEnd) : '';
  return cells
    .replace(/\ss="\d+"/g, '')
    .replace(/<([\w.-]+:)?c(\s[^>]*)?\/>/g, '')
    .replace(/<(([\w.-]+:)?row)(\s[^>]*?)?\s*\/>/g, '<$1$3></$1>')
    .replace(/\s+>/g, '>');
}

/** Each cell's style index ('row:col' → s), read with the patch's own scanner. */
function stylesByCell(xml: string): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const data = findSheetData(xml);
  if (!data) return out;
  for (const row of scanRows(xml, data)) {
    for (const cell of scanCells(xml, row)) {
      const s = /\ss="(\d+)"/.exec(cell.tag);
      out.set(`${row.number}:${cell.col}`, s ? Number(s[1]) : null);
    }
  }
  return out;
}

function withoutFill(xf: string | undefined): string {
  return (xf ?? '').replace(/\s(fillId|applyFill)="[^"]*"/g, '');
}

const files = workbooks();
const markable = files.filter((file) => markableSheet(new Uint8Array(readFileSync(file))) !== undefined);

describe('marking workbooks written by other programs', () => {
  it('finds workbooks to work on', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(markable)('%s: marks touch only the allowed parts and clearing restores every part', async (file) => {
    const original = new Uint8Array(readFileSync(file));
    const host = XlsxHost.open(original);
    const sheet = { name: markableSheet(original) as string };
    const top = await host.readTop(sheet.name, 60, 30);
    const rowsRead = Array.from(top.rows); // dense: the grid's rows are sparse
    const width = Math.max(1, ...rowsRead.map((r) => (r ? r.length : 0)));
    const cols = Array.from({ length: width }, (_, c) => c);
    const rows = rowsRead.map((r, i) => (r && Array.from(r).some((v) => v !== undefined && v !== null) ? top.top + i : 0)).filter((r) => r > 1).slice(0, 20);
    const marks: RowMark[] = rows.map((row, i) => ({
      row,
      fromCol: 0,
      toCol: width - 1,
      kind: KINDS[i % KINDS.length],
      key: makeRowKey((c) => top.rows[row - top.top]?.[c], cols),
    }));
    await host.applyMarks(sheet.name, marks);
    const marked = host.save();
    expect(verifyPatched(original, marked)).toEqual({ ok: true, problems: [] });

    const pkg = WorkbookPackage.open(original);
    const sheetPath = pkg.findSheet(sheet.name)?.path ?? '';
    const before = readZip(original);
    const after = readZip(marked);
    const allowed = new Set(['[content_types].xml', 'xl/_rels/workbook.xml.rels', pkg.relatedPath('styles')?.toLowerCase(), sheetPath.toLowerCase()]);
    for (const entry of before.entries) {
      if (allowed.has(entry.name.toLowerCase())) continue;
      expect({ part: entry.name, same: Buffer.compare(Buffer.from(entry.raw()), Buffer.from(after.get(entry.name)?.raw() ?? [])) === 0 }).toEqual({ part: entry.name, same: true });
    }
    const sheetBefore = new TextDecoder().decode(before.get(sheetPath)?.read());
    const sheetAfter = new TextDecoder().decode(after.get(sheetPath)?.read());
    expect(outsideCells(sheetAfter)).toEqual(outsideCells(sheetBefore));
    // Inside the cell data only style indexes changed (and empty cells were added) …
    expect(withoutStyles(sheetAfter)).toBe(withoutStyles(sheetBefore));
    // … and each painted cell's new format is its old one with a fill: same number format, font, border, alignment.
    const stylesPath = pkg.relatedPath('styles') ?? '';
    const oldStyles = new StyleSheetEdit(new TextDecoder().decode(before.get(stylesPath)?.read()));
    const newStyles = new StyleSheetEdit(new TextDecoder().decode(after.get(stylesPath)?.read()));
    const oldCells = stylesByCell(sheetBefore);
    for (const [at, s] of stylesByCell(sheetAfter)) {
      if (!oldCells.has(at)) continue; // an inserted cell copies the row's or column's format
      expect({ at, xf: withoutFill(newStyles.xf(s ?? 0)) }).toEqual({ at, xf: withoutFill(oldStyles.xf(oldCells.get(at) ?? 0)) });
    }

    const again = XlsxHost.open(marked);
    const cleared = await again.clearMarks();
    expect(cleared).toEqual(marks.length ? [{ sheet: sheet.name, rowsRestored: marks.length, cellsKeptByUser: 0, rowsNotFound: 0 }] : []);
    expect(partsOf(again.save())).toEqual(partsOf(original));
  });
});

/** Workbooks whose structure is locked take no new sheet (tested below). */
const openStructure = files.filter((file) => {
  const pkg = WorkbookPackage.open(new Uint8Array(readFileSync(file)));
  return !isStructureLocked(pkg.partText(pkg.workbookPath) ?? '');
});

describe('writing sheets and settings into workbooks written by other programs', () => {
  it.each(openStructure)('%s: adds a summary sheet and settings, leaving every other part as it was', async (file) => {
    const original = new Uint8Array(readFileSync(file));
    const host = XlsxHost.open(original);
    const first = (await host.listSheets())[0].name;
    const outcome = await host.writeSheets([
      { name: first, purpose: 'summary:test', title: '汇总', tables: [{ columns: [{ header: '单位' }, { header: '件数', format: 'integer' }], rows: [['=县财政局', 3]] }] },
    ]);
    await host.writeSettings({ version: 1, mappings: {} });
    const bytes = host.save();
    expect(verifyPatched(original, bytes)).toEqual({ ok: true, problems: [] });
    expect(outcome.renamed).toEqual([{ wanted: first, written: `${first.slice(0, 27)} (2)` }]);
    const again = XlsxHost.open(bytes);
    expect((await again.readTop(outcome.sheets[0], 4)).rows[3]).toEqual(['=县财政局', 3]);
    expect(await again.readSettings()).toEqual({ version: 1, mappings: {} });
    const written = WorkbookPackage.open(bytes);
    const workbookXml = written.partText(written.workbookPath) ?? '';
    expect(workbookXml.match(/<([\w.-]+:)?definedNames[\s>/]/g)?.length).toBe(1);
    const pkg = WorkbookPackage.open(original);
    const settingsPart = pkg.customXmlParts().find((p) => p.namespace === SETTINGS_NAMESPACE)?.path.toLowerCase();
    const allowed = new Set(['[content_types].xml', 'xl/_rels/workbook.xml.rels', pkg.relatedPath('styles')?.toLowerCase(), pkg.workbookPath.toLowerCase(), settingsPart]);
    const after = readZip(bytes);
    for (const entry of readZip(original).entries) {
      if (allowed.has(entry.name.toLowerCase())) continue;
      expect({ part: entry.name, same: Buffer.compare(Buffer.from(entry.raw()), Buffer.from(after.get(entry.name)?.raw() ?? [])) === 0 }).toEqual({ part: entry.name, same: true });
    }
  });
});

describe('protected sheets in workbooks written by other programs', () => {
  const locked = files.flatMap((file) => {
    const pkg = WorkbookPackage.open(new Uint8Array(readFileSync(file)));
    return pkg.sheets.filter((s) => s.kind === 'worksheet' && s.path && isFormattingLocked(pkg.partText(s.path) ?? '')).map((s) => [file, s.name] as const);
  });

  it('finds protected sheets among the fixtures', () => {
    expect(locked.length).toBeGreaterThan(0);
  });

  it.each(locked)('%s: marking the protected sheet "%s" is refused and changes nothing', async (file, sheet) => {
    const host = XlsxHost.open(new Uint8Array(readFileSync(file)));
    await expect(host.applyMarks(sheet, [{ row: 2, fromCol: 0, toCol: 1, kind: 'overdue', key: 'x' }])).rejects.toMatchObject({ code: 'protectedSheet' });
    expect(host.changedParts()).toEqual([]);
  });
});

describe('workbooks with a protected structure', () => {
  const locked = files.filter((file) => !openStructure.includes(file));

  it('finds one among the fixtures', () => {
    expect(locked.length).toBeGreaterThan(0);
  });

  it.each(locked)('%s: adding a sheet is refused and changes nothing', async (file) => {
    const host = XlsxHost.open(new Uint8Array(readFileSync(file)));
    await expect(host.writeSheets([{ name: '汇总', purpose: 'summary', title: '汇总', tables: [] }])).rejects.toMatchObject({ code: 'protectedWorkbook' });
    expect(host.changedParts()).toEqual([]);
  });
});
