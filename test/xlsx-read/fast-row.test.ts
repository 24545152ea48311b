import fc from 'fast-check';
import { WorkbookPackage } from '../../src/hosts/xlsx/package';
import { readSheetColumns, readSheetTop, scanSheet, type SheetSource } from '../../src/hosts/xlsx/read';
import { RowCells, readRowCells } from '../../src/hosts/xlsx/read/row-cells';
import { buildXlsx, stylesWith, worksheet } from './build-xlsx';

function openSheet(rows: string, after = '') {
  const styles = stylesWith([0, 14, 0]);
  const pkg = WorkbookPackage.open(buildXlsx({ sheets: [{ name: '收文', xml: worksheet(rows, { after }) }], strings: ['收文', '登记'], styles }));
  return { pkg, sheet: pkg.sheets[0] };
}

/** Every cell as the scanner hands it over; the sheet's XML is streamed straight in, no zip in between. */
function scanned(rows: string): unknown[] {
  const { pkg, sheet } = template;
  const bytes = new TextEncoder().encode(worksheet(rows));
  const entry = pkg.entry(sheet.path);
  if (!entry) throw new Error('no sheet entry');
  const source: SheetSource = { date1904: false, styles: pkg.styles, sharedStrings: () => pkg.sharedStrings(), entry: () => ({ ...entry, stream: (onChunk) => void onChunk(bytes) }) };
  const cells: unknown[] = [];
  const facts = scanSheet(source, sheet, { onCell: (cell) => cells.push(cell) });
  return [...cells, facts.problems.map((p) => p.code), facts.lastRow];
}

const template = openSheet('');

/** The same rows with a comment in each, which keeps the fast path off: the general path reads them. */
const viaGeneralPath = (rows: string): string => rows.replace(/(<row\b[^>]*[^/]>)/g, '$1<!-- general -->');

describe('readRowCells', () => {
  it('reads the usual cell forms as positions, with formulas and plain inline strings', () => {
    const text = ' <c r="B3" s="1" t="s"><v>0</v></c><c t="inlineStr"><is><t>县</t></is></c>\n<c r="D3"><f>1+1</f><v>2</v></c><c r="E3" t="str"><f t="shared" si="0"/><v/></c><c r="F3"/>';
    const cells = new RowCells();
    expect(readRowCells(text, 0, text.length, cells)).toBe(true);
    expect(cells.count).toBe(5);
    const cut = (from: number, to: number): string | null => (from < 0 ? null : text.slice(from, to));
    const read = Array.from({ length: cells.count }, (_, i) => [
      cut(cells.refStart[i], cells.refEnd[i]),
      cut(cells.styleStart[i], cells.styleEnd[i]),
      cells.type[i] ?? null,
      cut(cells.valueStart[i], cells.valueEnd[i]),
      cut(cells.inlineStart[i], cells.inlineEnd[i]),
      cells.formula[i],
    ]);
    expect(read).toEqual([
      ['B3', '1', 's', '0', null, false],
      [null, null, 'inlineStr', null, '县', false],
      ['D3', null, null, '2', null, true],
      ['E3', null, 'str', '', null, true],
      ['F3', null, null, null, null, false],
    ]);
  });

  it.each([
    ['a prefixed cell', '<x:c r="A1"><x:v>1</x:v></x:c>'],
    ['a comment', '<c r="A1"><!-- x --><v>1</v></c>'],
    ['CDATA', '<c r="A1" t="str"><v><![CDATA[1]]></v></c>'],
    ['rich text', '<c r="A1" t="inlineStr"><is><r><t>a</t></r></is></c>'],
    ['a phonetic run', '<c r="A1" t="inlineStr"><is><t>a</t><rPh><t>b</t></rPh></is></c>'],
    ['a namespace declaration', '<c xmlns="urn:x" r="A1"><v>1</v></c>'],
    ['an entity in an attribute', '<c r="A&#49;"><v>1</v></c>'],
    ['a space around "="', '<c r = "A1"><v>1</v></c>'],
    ['a cell left open', '<c r="A1"><v>1</v>'],
    ['something else in the row', '<c r="A1"><v>1</v></c><extLst/>'],
  ])('leaves %s to the general path', (_what, text) => {
    expect(readRowCells(text, 0, text.length, new RowCells())).toBe(false);
  });
});

describe('the fast path through the sheet reader', () => {
  const cell = fc.record({
    col: fc.integer({ min: 0, max: 30 }),
    withRef: fc.boolean(),
    style: fc.constantFrom(undefined, 0, 1, 2),
    form: fc.constantFrom('number', 'shared', 'inline', 'str', 'bool', 'formula', 'empty', 'entity', 'badShared'),
    value: fc.integer({ min: 0, max: 60_000 }),
  });
  const rowsOf = fc.array(fc.array(cell, { maxLength: 6 }), { minLength: 1, maxLength: 12 });

  interface CellSpec {
    readonly col: number;
    readonly withRef: boolean;
    readonly style?: number;
    readonly form: string;
    readonly value: number;
  }

  function cellXml(c: CellSpec, row: number): string {
    const ref = c.withRef ? ` r="${String.fromCharCode(65 + (c.col % 26))}${row}"` : '';
    const s = c.style === undefined ? '' : ` s="${c.style}"`;
    switch (c.form) {
      case 'shared':
        return `<c${ref}${s} t="s"><v>${c.value % 2}</v></c>`;
      case 'badShared':
        return `<c${ref}${s} t="s"><v>${c.value + 5}</v></c>`;
      case 'inline':
        return `<c${ref}${s} t="inlineStr"><is><t xml:space="preserve"> 第${c.value}号 </t></is></c>`;
      case 'str':
        return `<c${ref}${s} t="str"><f>A1&amp;"件"</f><v>${c.value}件</v></c>`;
      case 'bool':
        return `<c${ref}${s} t="b"><v>${c.value % 2}</v></c>`;
      case 'formula':
        return `<c${ref}${s}><f t="shared" ref="A1:A9" si="0"/><v>${c.value / 8}</v></c>`;
      case 'empty':
        return `<c${ref}${s}/>`;
      case 'entity':
        return `<c${ref}${s} t="str"><v>a &lt; b &#x6536;</v></c>`;
      default:
        return `<c${ref}${s}><v>${c.value}</v></c>`;
    }
  }

  it('hands over exactly what the general path hands over, cell by cell', () => {
    fc.assert(
      fc.property(rowsOf, (rows) => {
        const xml = rows.map((cells, i) => `<row r="${i + 2}">${cells.map((c) => cellXml(c, i + 2)).join('')}</row>`).join('');
        expect(scanned(xml)).toEqual(scanned(viaGeneralPath(xml)));
      }),
      { numRuns: 200 },
    );
  });

  it('reads a band of columns of rows written the fast way and the general way alike', () => {
    const fast = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" s="1"><v>46086</v></c></row><row r="2"><c r="B2" t="inlineStr"><is><t>文</t></is></c></row>';
    for (const xml of [fast, viaGeneralPath(fast)]) {
      const { pkg, sheet } = openSheet(xml);
      expect(readSheetColumns(pkg, sheet, [0, 1, 2], 1).rows).toEqual([['收文', undefined, { type: 'date', serial: 46086, day: { year: 2026, month: 3, day: 5 } }], [undefined, '文']]);
    }
  });

  it('still stops at the row limit and finds the merges after the rows', () => {
    let rows = '';
    for (let r = 1; r <= 50; r++) rows += `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
    const { pkg, sheet } = openSheet(rows.replace('<row r="41">', '<row r="41"><<damaged>>'), '<mergeCells><mergeCell ref="A1:B1"/></mergeCells>');
    const top = readSheetTop(pkg, sheet, 40);
    expect(top.rows).toHaveLength(40);
    expect(top.rows[39]).toEqual([40]);
    expect(top.merges).toEqual([{ top: 1, left: 0, bottom: 1, right: 1 }]);
    expect(top.problems).toEqual([]);
  });

  it('reports damage inside a row written the fast way as damage, with the rows read before it', () => {
    const { pkg, sheet } = openSheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2" t="str"><v>a &nbsp; b</v></c></row>');
    const top = readSheetTop(pkg, sheet, 10);
    expect(top.rows[0]).toEqual([1]);
    expect(top.problems.map((p) => p.code)).toEqual(['xlsx.read.sheetDamaged']);
  });
});
