/**
 * Writing values into cell XML: only the edited `<c>` elements change, missing cells and rows
 * go in order, a formula is never overwritten, and any text survives the trip through the
 * package reader.
 */
import fc from 'fast-check';
import { encodeCellText, renderExistingCell } from '../../src/hosts/xlsx/edit/cell-xml';
import { patchCellValues } from '../../src/hosts/xlsx/edit/patch-cell-values';
import type { CellWrite } from '../../src/hosts/xlsx/edit/cell-xml';
import { decodeXString } from '../../src/hosts/xlsx/read/xstring';
import { unescapeXml } from '../../src/hosts/xlsx/patch/xml-text';

const text = (t: string): CellWrite => ({ content: { kind: 'text', text: t } });
const plan = (entries: ReadonlyArray<readonly [number, number, CellWrite]>): Map<number, Map<number, CellWrite>> => {
  const out = new Map<number, Map<number, CellWrite>>();
  for (const [row, col, write] of entries) out.set(row, (out.get(row) ?? new Map<number, CellWrite>()).set(col, write));
  return out;
};

describe('patchCellValues', () => {
  const sheet = '<worksheet><cols><col min="3" max="3" style="9"/></cols><sheetData><row r="2" spans="1:4"><c r="A2" s="1"><v>1</v></c><c r="B2" s="5" t="s"><v>7</v></c><c r="D2" s="2"/></row><row r="5"><c r="A5"><v>3</v></c></row></sheetData><pageMargins/></worksheet>';

  it('rewrites an existing cell as an inline string, keeping its style and every other byte', () => {
    const { xml, refused } = patchCellValues(sheet, plan([[2, 1, text('加急')]]));
    expect(xml).toBe(sheet.replace('<c r="B2" s="5" t="s"><v>7</v></c>', '<c r="B2" s="5" t="inlineStr"><is><t>加急</t></is></c>'));
    expect(refused.size).toBe(0);
  });

  it('inserts a missing cell in column order with the style its column shows', () => {
    const { xml } = patchCellValues(sheet, plan([[2, 2, { content: { kind: 'number', value: 46093 } }]]));
    expect(xml).toContain('<c r="B2" s="5" t="s"><v>7</v></c><c r="C2" s="9"><v>46093</v></c><c r="D2" s="2"/>');
  });

  it('inserts a missing row between the rows around it, and after the last', () => {
    const { xml } = patchCellValues(sheet, plan([[3, 0, text('x')], [9, 1, { content: { kind: 'boolean', value: true } }]]));
    expect(xml).toContain('</row><row r="3"><c r="A3" t="inlineStr"><is><t>x</t></is></c></row><row r="5">');
    expect(xml).toContain('<c r="A5"><v>3</v></c></row><row r="9"><c r="B9" t="b"><v>1</v></c></row></sheetData>');
  });

  it('opens a self-closing cell and a self-closing sheetData to take a value', () => {
    expect(patchCellValues(sheet, plan([[2, 3, text('秘密')]])).xml).toContain('<c r="D2" s="2" t="inlineStr"><is><t>秘密</t></is></c></row>');
    expect(patchCellValues('<x:worksheet><x:sheetData/></x:worksheet>', plan([[1, 0, text('a')]])).xml).toBe(
      '<x:worksheet><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>',
    );
  });

  it('empties a cell without dropping its style, and sets a date style when asked', () => {
    expect(patchCellValues(sheet, plan([[2, 1, { content: { kind: 'empty' } }]])).xml).toContain('<c r="B2" s="5"/>');
    const dated = patchCellValues(sheet, plan([[2, 1, { content: { kind: 'number', value: 46093 }, style: (current) => (current === 5 ? 14 : -1) }]]));
    expect(dated.xml).toContain('<c r="B2" s="14"><v>46093</v></c>');
  });

  it('refuses a cell holding a formula and leaves it as it is', () => {
    const withFormula = sheet.replace('<c r="A5"><v>3</v></c>', '<c r="A5"><f>1+2</f><v>3</v></c>');
    const { xml, refused } = patchCellValues(withFormula, plan([[5, 0, text('x')]]));
    expect(xml).toBe(withFormula);
    expect([...refused]).toEqual(['5:0']);
  });

  it('drops the type and value metadata of the old value', () => {
    expect(renderExistingCell('<c r="E7" s="3" t="e" vm="1">', { content: { kind: 'number', value: 2 } }, '')).toBe('<c r="E7" s="3"><v>2</v></c>');
  });
});

describe('encodeCellText', () => {
  const special = fc.constantFrom('_x000D_', '_x005F_x0041_', '\r\n', '\u0001', 'a&b<c>', ' 首尾空格 ', '_', '\uFFFF');
  const anyText = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), special), { maxLength: 6 }).map((parts) => parts.join(''));

  it('reads back as the same text through the package reader’s decoding', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        expect(decodeXString(unescapeXml(encodeCellText(t)))).toBe(t);
      }),
    );
  });

  it('leaves no character that XML cannot carry', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        // eslint-disable-next-line no-control-regex
        expect(encodeCellText(t)).not.toMatch(/[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF<>]/);
      }),
    );
  });
});
