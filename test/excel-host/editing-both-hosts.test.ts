/**
 * The same fixes and drop-downs on the same workbook through both editing hosts — the .xlsx one
 * (command line, web page) and the Office.js one on the strict stand-in — give the same outcome:
 * the same cells written and skipped, the same values read back, the same rules installed and
 * the same conflicts with the clerk's own validation.
 */
import { readFileSync } from 'node:fs';
import type { CellEdit, ColumnValidation, EditingHost, ExistingValidation } from '../../src/hosts/editing-host';
import { createExcelEditingHost } from '../../src/hosts/excel/excel-editing-host';
import { XlsxEditingHost } from '../../src/hosts/xlsx/xlsx-editing-host';
import { PLANTED, replaceInPart } from '../check/helpers';
import { seedValidationsFromXlsx } from '../excel-standin/load-validations';
import { fixtureOfXlsx } from '../excel-standin/load-xlsx';
import { createStandin, type Standin } from '../excel-standin/standin';

const SHEET = '收文登记';
const planted = new Uint8Array(readFileSync(PLANTED));

interface Pair {
  readonly xlsx: EditingHost;
  readonly excel: EditingHost;
  readonly standin: Standin;
}

function bothHosts(bytes: Uint8Array = planted): Pair {
  const standin = createStandin(fixtureOfXlsx(bytes));
  seedValidationsFromXlsx(standin, bytes);
  return { xlsx: XlsxEditingHost.open(bytes), excel: createExcelEditingHost({ run: standin.run, retryDelayMs: 0, mergesSupported: true }), standin };
}

/** Listed in column order (the .xlsx host lists in the file's order, Office.js can only go column by column). */
async function listed(host: EditingHost): Promise<ExistingValidation[]> {
  return [...(await host.listValidations(SHEET))].sort((a, b) => a.col - b.col || a.ref.localeCompare(b.ref));
}

async function cellOf(host: EditingHost, row: number, col: number): Promise<unknown> {
  return (await host.readColumns(SHEET, [col], row, row)).rows[0]?.[col] ?? null;
}

const urgency: ColumnValidation = { col: 7, fromRow: 3, toRow: 60, type: 'list', values: ['特急', '加急', '平件'], allowBlank: true, errorTitle: '紧急程度填写有误', errorMessage: '请从下拉列表中选择' };
const secrecy: ColumnValidation = { col: 8, fromRow: 3, toRow: 60, type: 'list', values: ['绝密', '机密', '秘密'], allowBlank: true, errorTitle: '密级填写有误', errorMessage: '请从下拉列表中选择' };
const received: ColumnValidation = {
  col: 1, fromRow: 3, toRow: 60, type: 'date', between: [{ year: 2000, month: 1, day: 1 }, { year: 2099, month: 12, day: 31 }],
  allowBlank: true, errorTitle: '日期有误', errorMessage: '请填写日期',
};

describe('both editing hosts on the same workbook', () => {
  it('write and skip the same cells, and read back the same values', async () => {
    const pair = bothHosts();
    const before = async (row: number, col: number) => (await pair.xlsx.readColumns(SHEET, [col], row, row)).rows[0]?.[col] ?? null;
    const e5 = await before(5, 4);
    expect(typeof e5).toBe('string');
    expect(await cellOf(pair.excel, 5, 4)).toEqual(e5);
    const edits: CellEdit[] = [
      { row: 4, col: 3, before: '县财发[2026]3号', after: '县财发〔2026〕3号' },
      { row: 4, col: 3, before: '县财发[2026]3号', after: '又一次' },
      { row: 5, col: 4, before: e5, after: { day: { year: 2026, month: 5, day: 1 } } },
      { row: 6, col: 4, before: '不是现在的值', after: '不会写入' },
      { row: 27, col: 6, before: null, after: '000123' },
      { row: 28, col: 6, before: await before(28, 6), after: '2026-3-5' },
      { row: 29, col: 7, before: await before(29, 7), after: '加急' },
      { row: 30, col: 6, before: null, after: Number.NaN },
    ];
    const fromXlsx = await pair.xlsx.writeCells(SHEET, edits);
    const fromExcel = await pair.excel.writeCells(SHEET, edits);
    expect(fromExcel).toEqual(fromXlsx);
    expect(fromExcel.written).toBe(5);
    expect(fromExcel.skipped.map((e) => `${e.row}:${e.col}`)).toEqual(['4:3', '6:4', '30:6']);
    for (const [row, col] of [[4, 3], [5, 4], [6, 4], [27, 6], [28, 6], [29, 7]]) {
      expect({ row, col, value: await cellOf(pair.excel, row, col) }).toEqual({ row, col, value: await cellOf(pair.xlsx, row, col) });
    }
    expect(await cellOf(pair.excel, 5, 4)).toMatchObject({ type: 'date', day: { year: 2026, month: 5, day: 1 } });
    expect(await cellOf(pair.excel, 27, 6)).toBe('000123');
    expect(await cellOf(pair.excel, 28, 6)).toBe('2026-3-5');
    expect(pair.standin.cellOf(SHEET, 'E5')?.numberFormat).toBe('yyyy-mm-dd');
  });

  it('install the same drop-downs and date rule, and list them the same way', async () => {
    const pair = bothHosts();
    const rules = [urgency, secrecy, received];
    const fromXlsx = await pair.xlsx.installValidations(SHEET, rules, { replace: false });
    const fromExcel = await pair.excel.installValidations(SHEET, rules, { replace: false });
    expect(fromExcel).toEqual(fromXlsx);
    expect(fromExcel).toEqual({ sheet: SHEET, installed: 3, conflicts: [] });
    expect(await listed(pair.excel)).toEqual(await listed(pair.xlsx));
    const nothing = { ...urgency, values: ['', 'a,b'] };
    expect(await pair.excel.installValidations(SHEET, [nothing], { replace: false })).toEqual(await pair.xlsx.installValidations(SHEET, [nothing], { replace: false }));
    expect(await listed(pair.excel)).toEqual([
      { col: 1, ref: 'B3:B60', type: 'date', ownedByAddIn: true },
      { col: 7, ref: 'H3:H60', type: 'list', ownedByAddIn: true },
      { col: 8, ref: 'I3:I60', type: 'list', ownedByAddIn: true },
    ]);
  });

  it('leave the clerk’s own validation alone and report it; replace only when asked; replace their own without asking', async () => {
    const clerk = '<dataValidations count="1"><dataValidation type="list" sqref="H10:H20"><formula1>"是,否"</formula1></dataValidation></dataValidations>';
    const bytes = replaceInPart(planted, 'xl/worksheets/sheet1.xml', (xml) => xml.replace(/(<pageMargins|<\/worksheet>)/, `${clerk}$1`));
    const pair = bothHosts(bytes);
    expect(await listed(pair.excel)).toEqual(await listed(pair.xlsx));

    const kept = { xlsx: await pair.xlsx.installValidations(SHEET, [urgency, secrecy], { replace: false }), excel: await pair.excel.installValidations(SHEET, [urgency, secrecy], { replace: false }) };
    expect(kept.excel).toEqual(kept.xlsx);
    expect(kept.excel).toEqual({ sheet: SHEET, installed: 1, conflicts: [{ col: 7, ref: 'H10:H20', type: 'list', ownedByAddIn: false }] });

    const longer = { ...secrecy, toRow: 80 };
    const again = { xlsx: await pair.xlsx.installValidations(SHEET, [longer], { replace: false }), excel: await pair.excel.installValidations(SHEET, [longer], { replace: false }) };
    expect(again.excel).toEqual(again.xlsx);
    expect(again.excel.conflicts).toEqual([]);

    const replaced = { xlsx: await pair.xlsx.installValidations(SHEET, [urgency], { replace: true }), excel: await pair.excel.installValidations(SHEET, [urgency], { replace: true }) };
    expect(replaced.excel).toEqual(replaced.xlsx);
    const after = await listed(pair.excel);
    expect(after).toEqual(await listed(pair.xlsx));
    expect(after).toEqual([
      { col: 7, ref: 'H3:H60', type: 'list', ownedByAddIn: true },
      { col: 8, ref: 'I3:I80', type: 'list', ownedByAddIn: true },
    ]);
  });
});
