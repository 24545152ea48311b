import fc from 'fast-check';
import { WorkbookPackage } from '../../src/hosts/xlsx/package';
import { readSheetColumns, readSheetMeta, readSheetTop, scanSheet } from '../../src/hosts/xlsx/read';
import type { SheetSource } from '../../src/hosts/xlsx/read';
import type { ZipEntry } from '../../src/hosts/xlsx/zip/zip-types';
import { buildXlsx, c, REL, SML, STRICT_SML, worksheet } from './build-xlsx';
import { range } from '../helpers/grid';
import { columnLetters } from '../../src/hosts/xlsx/read/cell-ref';

function openSheet(xml: string, strings?: string[]) {
  const pkg = WorkbookPackage.open(buildXlsx({ sheets: [{ name: '收文', xml }], strings }));
  return { pkg, sheet: pkg.sheets[0] };
}

/** `count` rows of three numeric cells each. */
function numberRows(from: number, count: number): string {
  let xml = '';
  for (let r = from; r < from + count; r++) xml += `<row r="${r}">${c(`A${r}`, undefined, String(r))}${c(`B${r}`, undefined, String(r * 10))}${c(`C${r}`, undefined, String(r * 100))}</row>`;
  return xml;
}

/** A package whose sheet entry counts the bytes it hands out. */
function counting(pkg: WorkbookPackage): { source: SheetSource; inflated: () => number } {
  let inflated = 0;
  const source: SheetSource = {
    date1904: pkg.date1904,
    styles: pkg.styles,
    sharedStrings: () => pkg.sharedStrings(),
    entry: (path) => {
      const entry = pkg.entry(path);
      if (!entry) return undefined;
      const spied: ZipEntry = {
        ...entry,
        stream: (onChunk) =>
          entry.stream((chunk) => {
            inflated += chunk.length;
            return onChunk(chunk);
          }),
      };
      return spied;
    },
  };
  return { source, inflated: () => inflated };
}

describe('readSheetTop', () => {
  it('reads the first rows with merges, hidden rows and hidden columns', () => {
    const xml = worksheet(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>2026年收文登记簿</t></is></c></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>序号</t></is></c><c r="B2" t="inlineStr"><is><t>收文日期</t></is></c></row>' +
        '<row r="4" hidden="1">' + c('A4', undefined, '1') + '</row>' + numberRows(5, 20),
      { before: '<dimension ref="A1:C24"/><cols><col min="2" max="3" width="9" hidden="1"/><col min="5" max="5" hidden="0"/></cols>', after: '<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="A30:B31"/></mergeCells>' },
    );
    const { pkg, sheet } = openSheet(xml);
    const top = readSheetTop(pkg, sheet, 5);
    expect(top.rows).toEqual([['2026年收文登记簿'], ['序号', '收文日期'], undefined, [1], [5, 50, 500]]);
    expect(top.top).toBe(1);
    expect(top.merges).toEqual([range('A1:C1')]);
    expect([...top.hiddenRows]).toEqual([4]);
    expect([...top.hiddenCols]).toEqual([1, 2]);
    expect(top.dimension).toBe('A1:C24');
    expect(top.complete).toBe(false);
    expect(top.lastRow).toBe(5);
    expect(top.problems).toEqual([]);
  });

  it('stops parsing at the row limit: what follows the rows is found without parsing them', () => {
    const garbage = '<row r="6"><c r="A6"><v>1</v></c>' + '<<not xml at all>>'.repeat(50) + '</row>';
    const xml = worksheet(numberRows(1, 5) + garbage, { after: '<mergeCells><mergeCell ref="A1:B1"/></mergeCells>' });
    const { pkg, sheet } = openSheet(xml);
    const top = readSheetTop(pkg, sheet, 5);
    expect(top.rows).toHaveLength(5);
    expect(top.merges).toEqual([range('A1:B1')]);
    expect(top.problems).toEqual([]);
  });

  it('stops inflating at the row limit when merges are not wanted', () => {
    const { pkg, sheet } = openSheet(numberRows(1, 20_000));
    const { source, inflated } = counting(pkg);
    const top = readSheetTop(source, sheet, 10, undefined, { merges: false });
    expect(top.rows).toHaveLength(10);
    expect(inflated()).toBeLessThan(pkg.entry(sheet.path)!.size / 4);
  });

  it('reads a sheet as it inflates, never holding its whole XML', () => {
    const { pkg, sheet } = openSheet(numberRows(1, 20_000));
    const { source } = counting(pkg);
    let chunks = 0;
    const streamingOnly: SheetSource = {
      ...source,
      entry: (path) => {
        const entry = source.entry(path)!;
        return {
          ...entry,
          read: () => {
            throw new Error('a sheet must be streamed');
          },
          stream: (onChunk) => entry.stream((chunk) => (chunks++, onChunk(chunk))),
        };
      },
    };
    const band = readSheetColumns(streamingOnly, sheet, [2], 1);
    expect(band.rows).toHaveLength(20_000);
    expect(band.rows[19_999]).toEqual([undefined, undefined, 2_000_000]);
    expect(chunks).toBeGreaterThan(2);
  });

  it('keeps only columns below maxCols', () => {
    const { pkg, sheet } = openSheet(numberRows(1, 3));
    expect(readSheetTop(pkg, sheet, 3, 2).rows).toEqual([[1, 10], [2, 20], [3, 30]]);
  });

  it('places cells and rows written without references one after another', () => {
    const xml = '<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row/><row><c t="inlineStr"><is><t>三</t></is></c></row>';
    const { pkg, sheet } = openSheet(xml);
    expect(readSheetTop(pkg, sheet, 10).rows).toEqual([[1, 2, undefined, undefined, 5, 6], undefined, ['三']]);
  });

  it('gives a row written without a number the number of its first cell', () => {
    const { pkg, sheet } = openSheet(`<row>${c('B3', undefined, '7')}</row><row>${c('A4', undefined, '8')}</row>`);
    const top = readSheetTop(pkg, sheet, 10);
    expect(top.rows[2]).toEqual([undefined, 7]);
    expect(top.rows[3]).toEqual([8]);
  });

  it('accepts any prefix bound to SpreadsheetML, strict or transitional, and ignores other namespaces', () => {
    const transitional =
      `<x:worksheet xmlns:x="${SML}" xmlns:r="${REL}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>前缀</x:t></x:is></x:c>` +
      `<x:c r="B1"><x:v>2</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>`;
    const strict = `<main:worksheet xmlns:main="${STRICT_SML}"><main:sheetData><main:row><main:c><main:v>1</main:v></main:c></main:row></main:sheetData></main:worksheet>`;
    const foreign = `<worksheet xmlns="${SML}" xmlns:o="urn:other"><sheetData><row r="1"><c r="A1"><v>1</v></c><o:c r="B1"><o:v>9</o:v></o:c></row></sheetData></worksheet>`;
    const bare = '<worksheet><sheetData><row r="1"><c r="A1"><v>3</v></c></row></sheetData></worksheet>';
    const top = (xml: string) => {
      const { pkg, sheet } = openSheet(xml);
      return readSheetTop(pkg, sheet, 5);
    };
    expect(top(transitional).rows).toEqual([['前缀', 2]]);
    expect(top(transitional).merges).toEqual([range('A1:B1')]);
    expect(top(strict).rows).toEqual([[1]]);
    expect(top(foreign).rows).toEqual([[1]]);
    expect(top(bare).rows).toEqual([[3]]);
  });

  it('keeps a grid sparse however far away its cells claim to be', () => {
    const xml = worksheet(`<row r="1">${c('A1', undefined, '1')}${c('XFD1', undefined, '2')}</row><row r="1048576">${c('XFD1048576', undefined, '3')}</row>`, {
      before: '<dimension ref="A1:XFD1048576"/>',
    });
    const { pkg, sheet } = openSheet(xml);
    const top = readSheetTop(pkg, sheet, 10);
    expect(Object.keys(top.rows)).toEqual(['0']);
    expect(Object.keys(top.rows[0])).toEqual(['0', '16383']);
    const far = readSheetColumns(pkg, sheet, [16383], 1);
    expect(Object.keys(far.rows)).toEqual(['0', '1048575']);
    expect(far.rows[1048575][16383]).toBe(3);
    expect(far.lastRow).toBe(1048576);
  });

  it('skips cells at impossible positions with a problem', () => {
    const { pkg, sheet } = openSheet(`<row r="1">${c('XFE1', undefined, '1')}${c('!1', undefined, '2')}${c('B1', undefined, '3')}</row>`);
    const top = readSheetTop(pkg, sheet, 5);
    expect(top.rows).toEqual([[undefined, 3]]);
    expect(top.problems.map((p) => p.code)).toEqual(['xlsx.read.badCellRef', 'xlsx.read.badCellRef']);
  });

  it('leaves out rows an active filter hid, but keeps rows the clerk hid', () => {
    const rows = numberRows(1, 2) + '<row r="3" hidden="1"/><row r="4" hidden="1"/>' + numberRows(5, 1) + '<row r="9" hidden="true"/>';
    const filtered = worksheet(rows, { after: '<autoFilter ref="A2:C5"><filterColumn colId="1"><filters><filter val="20"/></filters></filterColumn></autoFilter>' });
    const buttonsOnly = worksheet(rows, { after: '<autoFilter ref="A2:C5"><filterColumn colId="1" hiddenButton="1"/></autoFilter>' });
    const open = (xml: string) => {
      const { pkg, sheet } = openSheet(xml);
      return readSheetTop(pkg, sheet, 20);
    };
    expect([...open(filtered).hiddenRows]).toEqual([9]);
    expect([...open(buttonsOnly).hiddenRows]).toEqual([3, 4, 9]);
  });

  it('reports a sheet whose part is missing', () => {
    const pkg = WorkbookPackage.open(buildXlsx({ sheets: [{ name: '丢失', xml: '' }], omit: ['xl/worksheets/sheet1.xml'] }));
    const top = readSheetTop(pkg, pkg.sheets[0], 5);
    expect(pkg.sheets[0]).toMatchObject({ path: '', kind: 'worksheet' });
    expect(pkg.problems.map((p) => p.code)).toEqual(['xlsx.read.sheetMissing']);
    expect(top.rows).toEqual([]);
    expect(top.problems.map((p) => p.code)).toEqual(['xlsx.read.sheetMissing']);
    expect(top.problems[0].message.zh).toContain('丢失');
  });

  it('keeps the rows read before damage and says where it stopped', () => {
    const { pkg, sheet } = openSheet(worksheet(numberRows(1, 3)).replace('</sheetData>', '<row r="4"><c r="A4"><v>4</c></row></sheetData>'));
    const top = readSheetTop(pkg, sheet, 10);
    expect(top.rows.slice(0, 3)).toEqual([[1, 10, 100], [2, 20, 200], [3, 30, 300]]);
    expect(top.problems.map((p) => p.code)).toEqual(['xlsx.read.sheetDamaged']);
    expect(top.problems[0].message.zh).toContain('第 3 行');
  });

  it('never resolves a DTD or an entity', () => {
    const external = `<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><worksheet xmlns="${SML}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>`;
    const undefinedEntity = `<worksheet xmlns="${SML}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row></sheetData></worksheet>`;
    for (const xml of [external, undefinedEntity]) {
      const { pkg, sheet } = openSheet(xml);
      const top = readSheetTop(pkg, sheet, 5);
      expect(JSON.stringify(top.rows)).not.toContain('root:');
      expect(top.problems.map((p) => p.code)).toEqual(['xlsx.read.sheetDamaged']);
    }
  });

  it('lists a hundred problems and counts the rest', () => {
    let rows = '';
    for (let r = 1; r <= 150; r++) rows += `<row r="${r}">${c(`A${r}`, 's', '999')}</row>`;
    const { pkg, sheet } = openSheet(rows, ['x']);
    const problems = readSheetTop(pkg, sheet, 200).problems;
    expect(problems).toHaveLength(101);
    expect(problems[100]).toMatchObject({ code: 'xlsx.read.moreProblems' });
    expect(problems[100].message.zh).toContain('50');
  });
});

describe('readSheetColumns', () => {
  it('reads only the listed columns of the rows asked for', () => {
    const { pkg, sheet } = openSheet(numberRows(1, 10), undefined);
    const band = readSheetColumns(pkg, sheet, [0, 2], 3, 5);
    expect(band.top).toBe(3);
    expect(band.rows).toEqual([[3, undefined, 300], [4, undefined, 400], [5, undefined, 500]]);
    expect(band.complete).toBe(false);
    const rest = readSheetColumns(pkg, sheet, [1], 9);
    expect(rest.rows).toEqual([[undefined, 90], [undefined, 100]]);
    expect(rest.complete).toBe(true);
    expect(rest.lastRow).toBe(10);
  });

  it('ignores column numbers outside the sheet', () => {
    const { pkg, sheet } = openSheet(numberRows(1, 2));
    expect(readSheetColumns(pkg, sheet, [-1, 1.5, 99_999, 1], 1).rows).toEqual([[undefined, 10], [undefined, 20]]);
  });

  it('keeps the merges and hidden rows of its band only', () => {
    const xml = worksheet(numberRows(1, 3) + '<row r="4" hidden="1"/>' + numberRows(5, 5) + '<row r="12" hidden="1"/>', {
      after: '<mergeCells><mergeCell ref="A1:C1"/><mergeCell ref="B6:B7"/></mergeCells>',
    });
    const { pkg, sheet } = openSheet(xml);
    const band = readSheetColumns(pkg, sheet, [0], 3, 8);
    expect(band.merges).toEqual([range('B6:B7')]);
    expect([...band.hiddenRows]).toEqual([4]);
  });
});

describe('any sparse sheet', () => {
  const cells = fc.uniqueArray(
    fc.record({ row: fc.integer({ min: 1, max: 40 }), col: fc.integer({ min: 0, max: 30 }), value: fc.integer() }),
    { selector: (c) => `${c.row}:${c.col}`, maxLength: 60 },
  );

  /** The sheet XML of these cells, rows and cells in order, as Excel writes them. */
  function sheetXml(list: ReadonlyArray<{ row: number; col: number; value: number }>): string {
    const byRow = new Map<number, Array<{ col: number; value: number }>>();
    for (const cell of list) byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), cell]);
    return [...byRow.keys()]
      .sort((a, b) => a - b)
      .map((r) => `<row r="${r}">${byRow.get(r)!.sort((a, b) => a.col - b.col).map((x) => c(`${columnLetters(x.col)}${r}`, undefined, String(x.value))).join('')}</row>`)
      .join('');
  }

  it('reads back exactly the cells of the band and columns asked for', () => {
    fc.assert(
      fc.property(cells, fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 6 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 40 }), (list, cols, from, span) => {
        const { pkg, sheet } = openSheet(sheetXml(list));
        const to = from + span;
        const band = readSheetColumns(pkg, sheet, cols, from, to);
        const expected = list.filter((x) => cols.includes(x.col) && x.row >= from && x.row <= to);
        const read = Object.entries(band.rows).flatMap(([i, row]) => Object.entries(row).map(([col, value]) => ({ row: from + Number(i), col: Number(col), value })));
        const key = (x: { row: number; col: number }) => x.row * 100 + x.col;
        expect(read.sort((a, b) => key(a) - key(b))).toEqual(expected.sort((a, b) => key(a) - key(b)));
      }),
      { numRuns: 40 },
    );
  });

  it('reads the top rows as a grid of the same values', () => {
    fc.assert(
      fc.property(cells, fc.integer({ min: 0, max: 45 }), fc.integer({ min: 1, max: 31 }), (list, rowCount, maxCols) => {
        const { pkg, sheet } = openSheet(sheetXml(list));
        const top = readSheetTop(pkg, sheet, rowCount, maxCols);
        for (const x of list) expect(top.rows[x.row - 1]?.[x.col]).toBe(x.row <= rowCount && x.col < maxCols ? x.value : undefined);
        const count = top.rows.reduce((n, row) => n + Object.keys(row ?? {}).length, 0);
        expect(count).toBe(list.filter((x) => x.row <= rowCount && x.col < maxCols).length);
      }),
      { numRuns: 40 },
    );
  });
});

describe('readSheetMeta and scanSheet', () => {
  it('reads merges, hidden rows anywhere, hidden columns and the dimension', () => {
    const xml = worksheet(numberRows(1, 3) + '<row r="500" hidden="1"/>', {
      before: '<dimension ref="A1:C500"/><cols><col min="4" max="4" hidden="1"/></cols>',
      after: '<mergeCells><mergeCell ref="A1:C1"/></mergeCells>',
    });
    const { pkg, sheet } = openSheet(xml);
    const meta = readSheetMeta(pkg, sheet);
    expect(meta).toMatchObject({ merges: [range('A1:C1')], dimension: 'A1:C500', lastRow: 500, complete: true, problems: [] });
    expect([...meta.hiddenRows]).toEqual([500]);
    expect([...meta.hiddenCols]).toEqual([3]);
  });

  it('hands each cell over with its style index and whether it holds a formula', () => {
    const { pkg, sheet } = openSheet(`<row r="2"><c r="B2" s="0"><f>1+1</f><v>2</v></c><c r="C2" t="s"><v>0</v></c></row>`, ['文']);
    const cells: unknown[] = [];
    scanSheet(pkg, sheet, { onCell: (cell) => cells.push(cell) });
    expect(cells).toEqual([
      { row: 2, col: 1, value: 2, style: 0, hasFormula: true },
      { row: 2, col: 2, value: '文', style: null, hasFormula: false },
    ]);
  });
});
