/**
 * Cutting a worksheet's rows out on bytes: what is left must be the part with an empty
 * `<sheetData>`, however the bytes are chunked and whatever the cells say, and null wherever
 * the cut cannot be trusted, so that merges and filters are read the long way instead.
 */
import { strToU8, strFromU8 } from 'fflate';
import { WorkbookPackage } from '../../src/hosts/xlsx/package';
import { readSheetTop, scanSheet } from '../../src/hosts/xlsx/read';
import type { SheetLayoutFacts } from '../../src/hosts/xlsx/read';
import { readOutsideRowsBytes } from '../../src/hosts/xlsx/read/sheet-outside';
import type { ZipEntry } from '../../src/hosts/xlsx/zip/zip-types';
import { buildXlsx, c, SML, worksheet } from './build-xlsx';
import { listOpeningWorkbooks, readFixture } from '../reliability/support/fixture-files';

/** A real zip entry of a built package holding this part, whose stream hands the bytes over `chunk` at a time. */
function entryOf(xml: string, chunk?: number): ZipEntry {
  const pkg = WorkbookPackage.open(buildXlsx({ sheets: [{ name: '收文', xml }] }));
  const entry = pkg.entry(pkg.sheets[0].path);
  if (!entry) throw new Error('no sheet entry');
  if (chunk === undefined) return entry;
  return {
    ...entry,
    stream: (onChunk) => {
      const bytes = entry.read();
      for (let at = 0; at < bytes.length; at += chunk) if (onChunk(bytes.slice(at, at + chunk)) === false) return;
    },
  };
}

function cut(xml: string, chunk?: number): string | null {
  const bytes = readOutsideRowsBytes(entryOf(xml, chunk));
  return bytes === null ? null : strFromU8(bytes);
}

const CHUNKS = [undefined, 1, 2, 5, 9, 11, 64, 255, 256, 257, 1000];

const str = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

function rows(count: number, text = '县财政局'): string {
  let xml = '';
  for (let r = 1; r <= count; r++) xml += `<row r="${r}">${c(`A${r}`, undefined, String(r))}${str(`B${r}`, text)}</row>`;
  return xml;
}

const BEFORE = '<dimension ref="A1:B40"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><cols><col min="2" max="2" width="20"/></cols>';
const AFTER = '<autoFilter ref="A1:B40"><filterColumn colId="1"><filters><filter val="x"/></filters></filterColumn></autoFilter><mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="B3:B9"/></mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

describe('readOutsideRowsBytes', () => {
  it.each(CHUNKS)('gives the part with its rows cut out (chunks of %s bytes)', (chunk) => {
    expect(cut(worksheet(rows(40), { before: BEFORE, after: AFTER }), chunk)).toBe(worksheet('', { before: BEFORE, after: AFTER }));
  });

  it.each(CHUNKS)('reads prefixed names: <x:sheetData> … </x:sheetData> (chunks of %s bytes)', (chunk) => {
    const doc = (inner: string): string =>
      `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${SML}"><x:dimension ref="A1:B40"/><x:sheetData>${inner}</x:sheetData>` +
      `<x:mergeCells count="1"><x:mergeCell ref="B3:B9"/></x:mergeCells></x:worksheet>`;
    const prefixed = (xml: string): string => xml.replace(/<(\/?)(row|c|v|is|t)\b/g, '<$1x:$2');
    expect(cut(doc(prefixed(rows(40))), chunk)).toBe(doc(''));
  });

  it.each(CHUNKS)('finds a close tag whatever chunk ends inside it, even with space before its >  (chunks of %s bytes)', (chunk) => {
    const xml = worksheet(rows(3), { after: AFTER }).replace('</sheetData>', '</sheetData \n>');
    expect(cut(xml, chunk)).toBe(worksheet('', { after: AFTER }).replace('</sheetData>', '</sheetData \n>'));
  });

  it.each(CHUNKS)('is not fooled by cells whose text is "sheetData" or "</sheetData>" (chunks of %s bytes)', (chunk) => {
    const tricky = `<row r="1">${str('A1', 'sheetData')}${str('B1', '&lt;/sheetData&gt;')}${str('C1', '/sheetData')}${str('D1', ':sheetData>')}</row>` + rows(5).replace(/r="(\d)"/g, (_, n: string) => `r="${Number(n) + 1}"`);
    expect(cut(worksheet(tricky, { after: AFTER }), chunk)).toBe(worksheet('', { after: AFTER }));
    // And the same words after the rows, where the tail is kept as it is.
    const footer = '<headerFooter><oddHeader>&lt;/sheetData&gt; sheetData</oddHeader></headerFooter>';
    expect(cut(worksheet(tricky, { after: AFTER + footer }), chunk)).toBe(worksheet('', { after: AFTER + footer }));
  });

  it('an empty rows element <sheetData/>: null (nothing to cut)', () => {
    const xml = `<?xml version="1.0"?><worksheet xmlns="${SML}"><sheetData/><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;
    for (const chunk of CHUNKS) expect(cut(xml, chunk)).toBeNull();
  });

  it('an empty but open rows element <sheetData></sheetData> is kept as it is', () => {
    expect(cut(worksheet(''), 3)).toBe(worksheet(''));
  });

  it('no closing tag (a damaged part): null', () => {
    const damaged = worksheet(rows(30), { after: AFTER }).replace(/<\/sheetData>[\s\S]*$/, '');
    for (const chunk of CHUNKS) expect(cut(damaged, chunk)).toBeNull();
  });

  it('no rows element at all: null', () => {
    expect(cut(`<?xml version="1.0"?><worksheet xmlns="${SML}"><dimension ref="A1"/></worksheet>`)).toBeNull();
  });

  it('reads a large deflated part streamed in the zip reader\'s own chunks', () => {
    const big = worksheet(rows(30_000, '关于报送2026年第一季度材料的通知'), { before: BEFORE, after: AFTER });
    const entry = entryOf(big);
    expect(entry.method).toBe(8);
    expect(entry.size).toBeGreaterThan(1024 * 1024);
    const bytes = readOutsideRowsBytes(entry);
    expect(bytes === null ? null : strFromU8(bytes)).toBe(worksheet('', { before: BEFORE, after: AFTER }));
  });

  it('keeps bytes as they are (UTF-8 text around the rows untouched)', () => {
    const after = '<headerFooter><oddHeader>&amp;C收文登记簿 𠀀</oddHeader></headerFooter>';
    const bytes = readOutsideRowsBytes(entryOf(worksheet(rows(4), { after }), 7));
    expect(bytes).toEqual(strToU8(worksheet('', { after })));
  });
});

/** What readSheetTop says of the whole part (via onFacts), and the rows it gives. */
function topFacts(pkg: WorkbookPackage, index: number) {
  let facts: SheetLayoutFacts | null = null;
  const grid = readSheetTop(pkg, pkg.sheets[index], 40, undefined, { onFacts: (f) => (facts = f) });
  if (facts === null) throw new Error('no facts');
  return { grid, facts: facts as SheetLayoutFacts };
}

describe('readSheetTop with the rows cut out, against the full scan', () => {
  const workbooks = listOpeningWorkbooks().filter((f) => f.endsWith('.xlsx') || f.endsWith('.xlsm'));

  it('the fixtures include sheets with merges, hidden rows and an active filter', () => {
    expect(workbooks.length).toBeGreaterThan(20);
    expect(workbooks).toEqual(expect.arrayContaining(['workbooks/awkward/autofilter.xlsx', 'workbooks/awkward/hidden-rows-cols.xlsx', 'workbooks/awkward/merged-data.xlsx']));
  });

  it.each(workbooks)('%s: the same merges, hidden rows and active filter as scanning the part to its end', (file) => {
    const pkg = WorkbookPackage.open(readFixture(file));
    pkg.sheets.forEach((sheet, i) => {
      const { grid, facts } = topFacts(pkg, i);
      const full = scanSheet(pkg, sheet, { toRow: 40, onCell: () => undefined });
      expect({ sheet: sheet.name, merges: facts.merges, hiddenRows: [...facts.hiddenRows], activeFilter: facts.activeFilter, problems: facts.problems }).toEqual({
        sheet: sheet.name,
        merges: full.merges,
        hiddenRows: [...full.hiddenRows],
        activeFilter: full.activeFilter,
        problems: full.problems,
      });
      expect([...grid.hiddenRows]).toEqual([...full.hiddenRows]);
    });
  });

  // Excel writes no comments, but a part is untrusted input and other writers may: a cut that
  // cannot be trusted must give way to the full scan, never lose the merges without a word.
  it.each([
    ['after the merges', `<mergeCells count="1"><mergeCell ref="A5:A9"/></mergeCells><!-- </sheetData> -->`, ''],
    ['before the merges', `<!-- </sheetData> --><mergeCells count="1"><mergeCell ref="A5:A9"/></mergeCells>`, ''],
    ['naming the open tag, before the rows', `<mergeCells count="1"><mergeCell ref="A5:A9"/></mergeCells>`, '<!-- <sheetData> -->'],
  ])('an XML comment holding a sheetData tag %s: the same merges as the full scan', (_where, after, before) => {
    let rows = '';
    for (let r = 1; r <= 50; r++) rows += `<row r="${r}">${c(`A${r}`, undefined, String(r))}</row>`;
    const pkg = WorkbookPackage.open(buildXlsx({ sheets: [{ name: '收文', xml: worksheet(rows, { before, after }) }] }));
    const { facts } = topFacts(pkg, 0);
    const full = scanSheet(pkg, pkg.sheets[0], { toRow: 40, onCell: () => undefined });
    expect(full.merges).toEqual([{ top: 5, left: 0, bottom: 9, right: 0 }]);
    expect({ merges: facts.merges, problems: facts.problems }).toEqual({ merges: full.merges, problems: full.problems });
  });

  it('the filtered fixture: rows an active filter hid are not the clerk\'s hidden rows, with the cut too', () => {
    const pkg = WorkbookPackage.open(readFixture('workbooks/awkward/autofilter.xlsx'));
    const i = pkg.sheets.findIndex((s) => topFacts(pkg, pkg.sheets.indexOf(s)).facts.activeFilter);
    expect(i).toBeGreaterThanOrEqual(0);
    const { facts } = topFacts(pkg, i);
    const filter = facts.activeFilter;
    if (!filter) throw new Error('no active filter');
    expect([...facts.hiddenRows].filter((r) => r > filter.top && r <= filter.bottom)).toEqual([]);
  });
});
