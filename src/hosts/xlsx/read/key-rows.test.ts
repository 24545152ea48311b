import fc from 'fast-check';
import { buildXlsx, c, stylesWith } from '../../../../test/xlsx-read/build-xlsx';
import { makeRowKey } from '../../../core/marks/row-key';
import type { CellValue } from '../../../core/types';
import { WorkbookPackage } from '../package';
import { keyRowsIn, readKeyRows } from './key-rows';
import { readSheetColumns } from './sheet-readers';

const STRINGS = ['县财政局', '关于做好森林防火工作的通知', '县委组织部', '关于报送干部培训计划的通知'];
const COLS = [0, 1, 2];

/** A register row: 序号, 收文日期 (a date-styled serial), 来文单位 (shared string); `s` styles every cell. */
function row(r: number, serialNo: number, day: number, sender: number, s?: number): string {
  return `<row r="${r}">${c(`A${r}`, undefined, String(serialNo), s)}${c(`B${r}`, undefined, String(day), s ?? 1)}${c(`C${r}`, 's', String(sender), s)}</row>`;
}

function open(rows: string): WorkbookPackage {
  return WorkbookPackage.open(buildXlsx({ sheets: [{ name: '收文登记', xml: rows }], strings: STRINGS, styles: stylesWith([0, 14, 0]) }));
}

/** The key a row's cells give, as the marking side computes it. */
function keyOf(cells: readonly CellValue[]): string {
  return makeRowKey((col) => cells[col], COLS);
}

const FIRST = keyOf([1, 46086, '县财政局']);
const SECOND = keyOf([2, 46093, '县委组织部']);

describe('readKeyRows', () => {
  it('finds a row the clerk moved by its key, wherever it is now', () => {
    const pkg = open(row(3, 2, 46093, 2) + row(9, 1, 46086, 0));
    expect(readKeyRows(pkg, pkg.sheets[0], COLS, [FIRST, SECOND])).toEqual(new Map([[SECOND, [3]], [FIRST, [9]]]));
  });

  it('leaves out a key whose row was deleted or edited', () => {
    const pkg = open(row(3, 2, 46093, 2) + row(4, 1, 46087, 0));
    expect(readKeyRows(pkg, pkg.sheets[0], COLS, [FIRST, SECOND])).toEqual(new Map([[SECOND, [3]]]));
  });

  it('gives every row of a duplicated key, in sheet order', () => {
    const pkg = open(row(3, 1, 46086, 0) + row(4, 2, 46093, 2) + row(7, 1, 46086, 0));
    expect(readKeyRows(pkg, pkg.sheets[0], COLS, [FIRST]).get(FIRST)).toEqual([3, 7]);
  });

  it('keeps no row whose key was not asked for', () => {
    let rows = '';
    for (let r = 3; r < 200; r++) rows += row(r, r, 46000 + r, r % 4);
    const pkg = open(rows + row(200, 1, 46086, 0));
    expect(readKeyRows(pkg, pkg.sheets[0], COLS, new Set([FIRST]))).toEqual(new Map([[FIRST, [200]]]));
  });

  it('still finds a row whose cells the clerk re-coloured: formats are not in the key', () => {
    const pkg = open(row(5, 1, 46086, 0, 2));
    expect(readKeyRows(pkg, pkg.sheets[0], COLS, [FIRST]).get(FIRST)).toEqual([5]);
  });

  it('reads a date cell like its plain serial, and an inline string with spaces like the shared string', () => {
    const inline = '<row r="4"><c r="A4"><v>1</v></c><c r="B4"><v>46086</v></c><c r="C4" t="inlineStr"><is><t> 县财政局 </t></is></c></row>';
    const pkg = open(inline);
    expect(readKeyRows(pkg, pkg.sheets[0], COLS, [FIRST]).get(FIRST)).toEqual([4]);
  });

  it('ignores wanted keys of other columns and strings that are not keys', () => {
    const pkg = open(row(3, 1, 46086, 0));
    const otherCols = makeRowKey((col) => [1, 46086, '县财政局'][col], [0, 1]);
    expect(readKeyRows(pkg, pkg.sheets[0], COLS, [otherCols, 'not a key', FIRST.toUpperCase()])).toEqual(new Map());
  });

  it('gives no key to a row whose key cells are all empty, as the whole-grid read did', () => {
    const blank = keyOf([]);
    const pkg = open('<row r="3"><c r="D3"><v>5</v></c></row><row r="4"><c r="A4" s="2"/></row>');
    expect(readKeyRows(pkg, pkg.sheets[0], COLS, [blank])).toEqual(new Map());
  });

  it('gives the rows the whole-grid read and makeRowKey give, for any cells', () => {
    const cell = fc.oneof(fc.constant(''), fc.constantFrom('县财政局', ' 县财政局', '5个工作日'), fc.integer({ min: -3, max: 3 }), fc.boolean());
    const sheetRows = fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.array(fc.option(cell, { nil: undefined }), { minLength: 4, maxLength: 4 })), { maxLength: 25 });
    fc.assert(
      fc.property(sheetRows, fc.subarray([0, 1, 3]), (drafted, cols) => {
        const byRow = new Map(drafted.map(([r, cells]) => [r, cells] as const));
        const xml = [...byRow.keys()]
          .sort((a, b) => a - b)
          .map((r) => `<row r="${r}">${(byRow.get(r) ?? []).map((v, col) => cellXml(r, col, v)).join('')}</row>`)
          .join('');
        const pkg = open(xml);
        const grid = readSheetColumns(pkg, pkg.sheets[0], cols, 1);
        const expected = new Map<string, number[]>();
        grid.rows.forEach((cells, i) => {
          if (!cells) return;
          const key = makeRowKey((col) => cells[col], cols);
          expected.set(key, [...(expected.get(key) ?? []), grid.top + i]);
        });
        expect(readKeyRows(pkg, pkg.sheets[0], cols, expected.keys())).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});

describe('keyRowsIn', () => {
  it('reads a sheet by its name, and a sheet the package does not hold has no keys', () => {
    const pkg = open(row(6, 1, 46086, 0));
    const keyRows = keyRowsIn(pkg);
    expect(keyRows('收文登记', COLS, [FIRST])).toEqual(new Map([[FIRST, [6]]]));
    expect(keyRows('新建的表', COLS, [FIRST])).toEqual(new Map());
  });
});

function cellXml(r: number, col: number, value: string | number | boolean | undefined): string {
  const ref = `${'ABCD'[col]}${r}`;
  if (value === undefined) return '';
  if (typeof value === 'boolean') return c(ref, 'b', value ? '1' : '0');
  if (typeof value === 'number') return c(ref, undefined, String(value));
  return value === '' ? `<c r="${ref}" s="2"/>` : `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${value}</t></is></c>`;
}
