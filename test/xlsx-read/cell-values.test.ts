import fc from 'fast-check';
import { WorkbookPackage } from '../../src/hosts/xlsx/package';
import { readSheetTop } from '../../src/hosts/xlsx/read';
import type { CellValue } from '../../src/core/types';
import { buildXlsx, c, SML, stylesWith } from './build-xlsx';
import { day, err } from '../helpers/grid';

/** Reads the first row of a one-sheet workbook made of these cells. */
function firstRow(cells: string, options: { strings?: string[]; styles?: string; workbookPr?: string; sharedStringsXml?: string } = {}) {
  const pkg = WorkbookPackage.open(buildXlsx({ sheets: [{ name: '收文', xml: `<row r="1">${cells}</row>` }], ...options }));
  const grid = readSheetTop(pkg, pkg.sheets[0], 5);
  return { row: grid.rows[0] ?? [], problems: grid.problems };
}

describe('cell values', () => {
  it('reads shared strings, inline strings, numbers, booleans and errors', () => {
    const { row, problems } = firstRow(
      c('A1', 's', '1') +
        '<c r="B1" t="inlineStr"><is><t>县财政局</t></is></c>' +
        c('C1', undefined, '42') +
        c('D1', 'n', '-1.5E-3') +
        c('E1', 'b', '1') +
        c('F1', 'b', '0') +
        c('G1', 'e', '#N/A') +
        c('H1', 'e', '#DIV/0!'),
      { strings: ['序号', '收文日期'] },
    );
    expect(row).toEqual(['收文日期', '县财政局', 42, -0.0015, true, false, err('#N/A'), err('#DIV/0!')]);
    expect(problems).toEqual([]);
  });

  it('reads the cached results of formulas, and nothing for a formula never calculated', () => {
    const { row } = firstRow(
      '<c r="A1"><f>1+1</f><v>2</v></c>' +
        '<c r="B1" t="str"><f>A1&amp;"件"</f><v>2件</v></c>' +
        '<c r="C1" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
        '<c r="D1"><f>SUM(A1:C1)</f></c>' +
        '<c r="E1" t="b"><f>TRUE()</f><v>1</v></c>',
    );
    expect(row).toEqual([2, '2件', err('#DIV/0!'), undefined, true]);
  });

  it('flattens rich text and drops phonetic runs, in shared and inline strings', () => {
    const sst =
      `<sst xmlns="${SML}"><si><r><rPr><b/></rPr><t>关于</t></r><r><t xml:space="preserve"> 预算</t></r><rPh sb="0" eb="2"><t>guanyu</t></rPh></si>` +
      '<si><t>第一行_x000D_\n第二行</t><rPh><t>x</t></rPh></si></sst>';
    const { row } = firstRow(
      c('A1', 's', '0') +
        c('B1', 's', '1') +
        '<c r="C1" t="inlineStr"><is><r><t>县</t></r><r><t>教育局</t></r><rPh><t>jiaoyu</t></rPh></is></c>',
      { sharedStringsXml: sst },
    );
    expect(row).toEqual(['关于 预算', '第一行\r\n第二行', '县教育局']);
  });

  it('reads numbers in a date style as calendar days, built-in, CJK and custom formats alike', () => {
    const styles = stylesWith([0, 14, 57, 164, 165], { 164: 'yyyy"年"m"月"d"日"', 165: '0"天"' });
    const { row } = firstRow(
      c('A1', undefined, '46086', 1) + c('B1', undefined, '46086', 2) + c('C1', undefined, '46086.75', 3) + c('D1', undefined, '46086', 4) + c('E1', undefined, '46086', 0),
      { styles },
    );
    expect(row).toEqual([day(2026, 3, 5), day(2026, 3, 5), { type: 'date', serial: 46086.75, day: { year: 2026, month: 3, day: 5 } }, 46086, 46086]);
  });

  it('counts days from 1904 when the workbook says so', () => {
    const { row } = firstRow(c('A1', undefined, '44624', 1), { styles: stylesWith([0, 14]), workbookPr: '<workbookPr date1904="1"/>' });
    expect(row).toEqual([{ type: 'date', serial: 44624, day: { year: 2026, month: 3, day: 5 } }]);
  });

  it('gives no day for the phantom 1900-02-29 and keeps the serial', () => {
    const { row } = firstRow(c('A1', undefined, '60', 1), { styles: stylesWith([0, 14]) });
    expect(row).toEqual([{ type: 'date', serial: 60, day: null }]);
  });

  it('reads ISO dates of t="d" cells', () => {
    const { row } = firstRow(c('A1', 'd', '2026-03-05') + c('B1', 'd', '2026-03-05T12:00:00Z'));
    expect(row).toEqual([day(2026, 3, 5), { type: 'date', serial: 46086.5, day: { year: 2026, month: 3, day: 5 } }]);
  });

  it('treats a style index the styles do not have as no date', () => {
    const { row } = firstRow(c('A1', undefined, '46086', 99) + c('B1', undefined, '46086', -1 as number));
    expect(row).toEqual([46086, 46086]);
  });

  it('reads empty text as an empty cell', () => {
    const { row } = firstRow(c('A1', 's', '0') + '<c r="B1" t="inlineStr"><is><t></t></is></c>' + c('C1', 'str', '') + '<c r="D1" s="0"/>', { strings: [''] });
    expect(row).toEqual([]);
  });

  it('reports a shared-string index that is not in the table, at its cell, and goes on', () => {
    const { row, problems } = firstRow(c('A1', 's', '5') + c('B1', 's', 'x') + c('C1', 's', '0'), { strings: ['序号'] });
    expect(row).toEqual([undefined, undefined, '序号']);
    expect(problems.map((p) => [p.code, p.at])).toEqual([
      ['xlsx.read.sharedStringMissing', { sheet: '收文', row: 1, col: 0 }],
      ['xlsx.read.sharedStringMissing', { sheet: '收文', row: 1, col: 1 }],
    ]);
    expect(problems[0].message.zh).toContain('单元格 A1');
  });

  it('keeps a number it cannot read as text and says so', () => {
    const { row, problems } = firstRow(c('A1', undefined, '0x1F') + c('B1', undefined, '12abc') + c('C1', undefined, 'Infinity') + c('D1', 'd', '2026-02-30'));
    expect(row).toEqual(['0x1F', '12abc', 'Infinity', '2026-02-30']);
    expect(problems.map((p) => p.code)).toEqual(Array(4).fill('xlsx.read.badNumber'));
  });

  it('reads back any row of text, numbers and booleans, whether strings are shared or inline', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom('a\rb', '_x000D_', 'tab\there', ' 前后空格 ', '\u0001'));
    const value = fc.oneof(
      text,
      fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
      fc.boolean(),
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 8 }), fc.boolean(), (values, shared) => {
        const strings: string[] = [];
        const cells = values.map((v, col) => cellXml(v, col, shared, strings)).join('');
        const { row, problems } = firstRow(cells, { strings });
        const expected: Array<CellValue | undefined> = values.map((v) => (v === '' ? undefined : v));
        expect(problems).toEqual([]);
        expect([...row, ...Array(Math.max(0, values.length - row.length))]).toEqual(expected);
      }),
      { numRuns: 80 },
    );
  });
});

/** A cell as Excel writes it: control characters and `_x` escaped, text shared or inline. */
function cellXml(value: string | number | boolean, col: number, shared: boolean, strings: string[]): string {
  const ref = `${String.fromCharCode(65 + col)}1`;
  if (typeof value === 'number') return c(ref, undefined, String(value));
  if (typeof value === 'boolean') return c(ref, 'b', value ? '1' : '0');
  const escaped = value
    .replace(/_x[0-9A-Fa-f]{4}_/g, (m) => `_x005F${m}`)
    .split('')
    .map((ch) => (ch < ' ' && ch !== '\t' && ch !== '\n' ? `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_` : ch))
    .join('');
  if (shared) {
    strings.push(escaped);
    return c(ref, 's', String(strings.length - 1));
  }
  const xml = escaped.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xml}</t></is></c>`;
}
