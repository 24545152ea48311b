import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import type { SheetSpec } from '../../src/core/sheet-spec';
import { decodeXString } from '../../src/hosts/xlsx/read/xstring';
import { measureDisplayWidth, escapeCellText, makeInlineStringCell, MAX_CELL_CHARS } from '../../src/hosts/xlsx/render/cell-text';
import { estimateColumnWidths } from '../../src/hosts/xlsx/render/column-widths';
import { deriveFont, makeRenderStyles, type CellRole } from '../../src/hosts/xlsx/render/render-styles';
import { SPEC_NUMBER_FORMATS, type SpecFormat } from '../../src/core/sheet-spec';
import { renderSheet, renderSheetPieces } from '../../src/hosts/xlsx/render/render-sheet';
import { fitSheetName, quoteSheetName, uniqueSheetName } from '../../src/hosts/xlsx/render/sheet-name';
import { StyleSheetEdit } from '../../src/hosts/xlsx/patch/style-sheet-edit';
import { BASIC_STYLES } from './build-package';

/** The text of the first `<t>` as an XML parser and the reader's unescaping give it back. */
function readBack(cellXml: string): string {
  let text = '';
  let inT = false;
  const parser = new SaxesParser();
  parser.on('opentag', (t) => (inT = t.name === 't'));
  parser.on('closetag', () => (inT = false));
  parser.on('text', (t) => {
    if (inT) text += t;
  });
  parser.write(cellXml).close();
  return decodeXString(text);
}

describe('cell text', () => {
  it('escapes markup and controls, and protects literal escapes', () => {
    expect(escapeCellText('a<b>&"c"')).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
    expect(escapeCellText('x\u0001y\rz')).toBe('x_x0001_y_x000D_z');
    expect(escapeCellText('_x0041_x0042_')).toBe('_x005F_x0041_x005F_x0042_');
  });

  it('reads back exactly what was written, for any text within Excel limits', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const wellFormed = text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
        expect(readBack(makeInlineStringCell('A1', text, 0))).toBe(wellFormed);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom('_', 'x', '0', '4', '1', 'F', '5', 'D'), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(readBack(makeInlineStringCell('A1', text, 0))).toBe(text);
      }),
    );
  });

  it('gives plain text back as it is', () => {
    const text = '县政发〔2026〕12号 关于 x0041 的通知';
    expect(escapeCellText(text)).toBe(text);
    expect(escapeCellText('a_b')).toBe('a_b');
  });

  it('keeps formula-like text as text', () => {
    expect(makeInlineStringCell('B2', '=SUM(A1:A3)', 4)).toBe('<c r="B2" s="4" t="inlineStr"><is><t xml:space="preserve">=SUM(A1:A3)</t></is></c>');
  });

  it('clips text to the 32,767 characters a cell holds', () => {
    expect(readBack(makeInlineStringCell('A1', '文'.repeat(40_000), 0)).length).toBe(MAX_CELL_CHARS);
  });

  it('counts CJK and full-width characters as two columns', () => {
    expect(measureDisplayWidth('收文ab１')).toBe(8);
  });
});

describe('sheet names', () => {
  it('always gives a name Excel accepts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (wanted) => {
        const name = fitSheetName(wanted);
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[\\/?*[\]:]/);
        expect(name).not.toMatch(/^'|'$/);
        expect(name.toLowerCase()).not.toBe('history');
      }),
    );
  });

  it('finds the first free numbered name, ignoring case, within 31 characters', () => {
    expect(uniqueSheetName('Summary', new Set(['SUMMARY', 'SUMMARY (2)']))).toBe('Summary (3)');
    const long = 'a'.repeat(31);
    expect(uniqueSheetName(long, new Set([long.toUpperCase()]))).toBe(`${'a'.repeat(27)} (2)`);
  });

  it('quotes names for formulas and links', () => {
    expect(quoteSheetName("收文'登记 & #1")).toBe("'收文''登记 & #1'");
  });
});

describe('styles of generated sheets', () => {
  it('derives fonts from the workbook default font', () => {
    expect(deriveFont('<font><sz val="11"/><color theme="1"/><name val="宋体"/></font>', { bold: true, size: 16 })).toBe('<font><b/><sz val="16"/><color theme="1"/><name val="宋体"/></font>');
    expect(deriveFont('<font/>', { underline: true, color: '0563C1' })).toBe('<font><u/><color rgb="FF0563C1"/></font>');
  });

  it('creates each format once per style table', () => {
    const edit = new StyleSheetEdit(BASIC_STYLES);
    const styleOf = makeRenderStyles(edit);
    const a = styleOf({ kind: 'cell', row: 'body', format: 'percent', link: false });
    expect(styleOf({ kind: 'cell', row: 'body', format: 'percent', link: false })).toBe(a);
    const again = makeRenderStyles(new StyleSheetEdit(edit.toXml()));
    expect(again({ kind: 'cell', row: 'body', format: 'percent', link: false })).toBe(a);
  });

  it('gives every role its own format, however many roles one renderer is asked', () => {
    const roles: CellRole[] = (['title', 'subtitle', 'caption', 'note', 'header'] as const).map((kind) => ({ kind }));
    for (const row of ['body', 'group', 'total', 'warning'] as const) {
      for (const format of [null, ...(Object.keys(SPEC_NUMBER_FORMATS) as SpecFormat[])]) for (const link of [false, true]) roles.push({ kind: 'cell', row, format, link });
    }
    const edit = new StyleSheetEdit(BASIC_STYLES);
    const shared = makeRenderStyles(edit);
    const asked = roles.map((role) => shared(role));
    // A renderer asked one role only builds its format afresh, and the style table finds it again.
    expect(roles.map((role) => makeRenderStyles(edit)(role))).toEqual(asked);
    expect(new Set(asked).size).toBe(roles.length);
  });
});

describe('renderSheet', () => {
  const ctx = { styleOf: () => 1, date1904: false, sheetName: (n: string) => n };

  it('lays out title, caption, header, rows and notes with a blank row between blocks', () => {
    const spec: SheetSpec = {
      name: 's',
      purpose: 'p',
      title: '标题',
      tables: [
        { caption: '表一', columns: [{ header: 'A' }, { header: 'B' }], rows: [[1, true]] },
        { columns: [{ header: 'C' }], rows: [[{ day: { year: 1904, month: 1, day: 2 } }]] },
      ],
      notes: ['注'],
    };
    const { xml, printTitleRow } = renderSheet(spec, ctx);
    const rows = [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(rows).toEqual([1, 3, 4, 5, 7, 8, 10]);
    expect(xml).toContain('<c r="B5" s="1" t="b"><v>1</v></c>');
    expect(xml).toContain('<c r="A8" s="1"><v>1463</v></c>');
    expect(renderSheet(spec, { ...ctx, date1904: true }).xml).toContain('<c r="A8" s="1"><v>1</v></c>');
    expect(xml).toContain('<mergeCell ref="A1:B1"/>');
    expect(xml).toContain('<dimension ref="A1:B10"/>');
    expect(printTitleRow).toBeNull();
  });

  it('writes empty cells for null and non-finite numbers', () => {
    const spec: SheetSpec = { name: 's', purpose: 'p', title: 't', tables: [{ columns: [{ header: 'x' }, { header: 'y' }], rows: [[null, Number.NaN]] }] };
    expect(renderSheet(spec, ctx).xml).toContain('<row r="4"><c r="A4" s="1"/><c r="B4" s="1"/></row>');
  });

  it('renders a long sheet in bounded pieces that join into the whole sheet', () => {
    const long = '长'.repeat(70_000); // a caption, a note and a title each over one piece's worth
    const spec: SheetSpec = {
      name: 's',
      purpose: 'p',
      title: long,
      subtitle: '副标题',
      freezeHeader: true,
      print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatHeader: true },
      tables: [
        { caption: long, columns: [{ header: '文号' }, { header: '日期', format: 'date' }, { header: '单位' }], rows: Array.from({ length: 5000 }, (_, i) => [`县政发〔2026〕${i}号`, { day: { year: 2026, month: 1 + (i % 12), day: 1 + (i % 28) } }, { text: `单位${i}`, linkToSheet: '目录' }]) },
        { columns: [{ header: '空表' }], rows: [] },
      ],
      notes: ['注一', long],
    };
    const { pieces, ...place } = renderSheetPieces(spec, ctx);
    const all = [...pieces];
    const whole = renderSheet(spec, ctx);
    expect(all.join('')).toBe(whole.xml);
    expect({ printTitleRow: whole.printTitleRow, tables: whole.tables, width: whole.width }).toEqual(place);
    expect(place.tables).toEqual([
      { headerRow: 5, firstRow: 6, lastRow: 5005 },
      { headerRow: 5007, firstRow: 5008, lastRow: 5007 },
    ]);
    expect(all.length).toBeGreaterThan(10);
    // A piece ends where a row ends, and holds at most one row past 64 K characters.
    for (const piece of all.slice(1, -1)) {
      expect(piece.endsWith('</row>')).toBe(true);
      expect(piece.length).toBeLessThan(64 * 1024 + long.length + 200);
    }
    expect(all[0].endsWith('<sheetData>')).toBe(true);
    expect(all[all.length - 1].endsWith('</worksheet>')).toBe(true);
    const parser = new SaxesParser();
    let rows = 0;
    parser.on('opentag', (t) => void (t.name === 'row' && rows++));
    parser.write(whole.xml).close();
    expect(rows).toBe(5007); // title, subtitle, caption, two headers, 5,000 rows, two notes (blank rows are not written)
  });

  it('estimates widths from headers and values, and takes widths given', () => {
    expect(estimateColumnWidths([{ columns: [{ header: '承办单位' }, { header: 'n', width: 30 }], rows: [['县人民政府办公室', 1]] }], 2)).toEqual([18, 30]);
  });
});
