/**
 * Workbooks written by other programs: openpyxl and LibreOffice (samples/, made by
 * make-samples.sh) and ExcelJS (written here). Each writes the same register its own way.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { WorkbookPackage } from '../../src/hosts/xlsx/package';
import { readSheetColumns, readSheetMeta, readSheetTop } from '../../src/hosts/xlsx/read';
import { day, err, range } from '../helpers/grid';

const open = (name: string): WorkbookPackage => WorkbookPackage.open(new Uint8Array(readFileSync(join(__dirname, 'samples', name))), { fileName: name });

const HEADER = ['序号', '收文日期', '来文单位', '文号', '标题', '办结日期'];
const ROW3 = [1, day(2026, 3, 5), '县财政局', '县财发〔2026〕12号', '关于做好预算执行的通知', day(2026, 3, 12)];
const ROW4 = [2, day(2026, 3, 6), '县教育局', '县教发〔2026〕3号', '第一行\n第二行'];

describe.each([
  // openpyxl writes "=…" text as a formula with no cached value; LibreOffice calculates it (to an error).
  ['openpyxl-register.xlsx', undefined, undefined],
  ['libreoffice-register.xlsx', err('#VALUE!'), 3],
])('%s', (file, e5, b7) => {
  const pkg = open(file);

  it('lists its sheets, their states and its defined names', () => {
    expect(pkg.sheets.map((s) => [s.name, s.state, s.kind])).toEqual([
      ['收文登记', 'visible', 'worksheet'],
      ['说明', 'hidden', 'worksheet'],
    ]);
    expect(pkg.definedNames.map((n) => [n.name, n.value.replace(/'/g, '')])).toEqual([['登记范围', '收文登记!$A$2:$F$5']]);
    expect(pkg.date1904).toBe(false);
    expect(pkg.problems).toEqual([]);
  });

  it('reads the register as a clerk sees it', () => {
    const top = readSheetTop(pkg, pkg.sheets[0], 30);
    expect(top.rows[0]).toEqual(['2026年收文登记簿']);
    expect(top.rows[1]).toEqual(HEADER);
    expect(top.rows[2]).toEqual(ROW3);
    expect(top.rows[3]).toEqual(ROW4);
    expect(top.rows[4]).toEqual([3, '2026年3月9日', '县人社局', '县人社发〔2026〕7号', e5, true]);
    expect(top.rows[6]).toEqual(['合计', b7]);
    expect(top.merges).toEqual([range('A1:F1')]);
    expect([...top.hiddenRows]).toEqual([4]);
    expect([...top.hiddenCols]).toEqual([3]);
    expect(top.problems).toEqual([]);
  });

  it('reads the mapped columns of the data rows', () => {
    const records = readSheetColumns(pkg, pkg.sheets[0], [1, 2], 3, 5);
    expect(records.rows).toEqual([
      [undefined, day(2026, 3, 5), '县财政局'],
      [undefined, day(2026, 3, 6), '县教育局'],
      [undefined, '2026年3月9日', '县人社局'],
    ]);
  });

  it('reads the hidden sheet too', () => {
    expect(readSheetTop(pkg, pkg.sheets[1], 5).rows).toEqual([['本表由收发员维护']]);
    expect(readSheetMeta(pkg, pkg.sheets[1]).merges).toEqual([]);
  });
});

describe('openpyxl-1904.xlsx', () => {
  it('reads dates of the 1904 system as the days they show', () => {
    const pkg = open('openpyxl-1904.xlsx');
    expect(pkg.date1904).toBe(true);
    const cell = readSheetTop(pkg, pkg.sheets[0], 1).rows[0][0];
    expect(cell).toMatchObject({ type: 'date', day: { year: 2026, month: 3, day: 5 } });
  });
});

describe('a workbook written by ExcelJS', () => {
  it('reads shared and rich text, dates, merges and hidden rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('督办台账');
    ws.addRow(['督办编号', '交办日期', '督办事项']);
    ws.addRow([1, new Date(Date.UTC(2026, 2, 5)), { richText: [{ text: '关于' }, { font: { bold: true }, text: '预算执行' }] }]);
    ws.addRow([2, new Date(Date.UTC(2026, 11, 31)), '督办']);
    ws.getColumn(2).numFmt = 'yyyy"年"m"月"d"日"';
    ws.mergeCells('D1:E1');
    ws.getRow(3).hidden = true;
    const pkg = WorkbookPackage.open(new Uint8Array(await wb.xlsx.writeBuffer()));
    const top = readSheetTop(pkg, pkg.sheets[0], 10);
    expect(top.rows).toEqual([
      ['督办编号', '交办日期', '督办事项'],
      [1, day(2026, 3, 5), '关于预算执行'],
      [2, day(2026, 12, 31), '督办'],
    ]);
    expect(top.merges).toEqual([range('D1:E1')]);
    expect([...top.hiddenRows]).toEqual([3]);
  });
});
