/**
 * Register text written into a new sheet stays text (design.md): a title or unit that reads
 * "=1+1", "+1", "-1", "@SUM(A1)" — or "#N/A", "TRUE", "001", "2026-3-5", "50%" — lands in the
 * 催办单 and in a summary exactly as the clerk typed it, never as a formula, a number, a date,
 * a boolean or an error; through the .xlsx host and through the Office.js host, whose
 * stand-in reads written strings the way Excel does.
 */
import ExcelJS from 'exceljs';
import { writeReminder } from '../../src/app/remind';
import { createExcelHost } from '../../src/hosts/excel/excel-host';
import { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import { createStandin, type Standin } from '../excel-standin/standin';
import { fixtureOfXlsx } from '../excel-standin/load-xlsx';
import { snapshotCells } from './support/cell-snapshot';
import { summarySpec, FORMULA_LIKE } from './support/host-operations';

const AS_OF = { year: 2026, month: 11, day: 20 };
const TEXTS = ['=1+1', '+1', '-1', '@SUM(A1)', '#N/A', 'TRUE', '001', '2026-3-5', '50%', '=HYPERLINK("http://example.invalid","点此")'];

/** A 收文登记簿 whose every item is overdue, its titles and units the texts above. */
async function buildRegister(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('收文登记');
  ws.addRow(['序号', '收文日期', '来文单位', '文号', '标题', '承办单位', '办理时限', '办结日期', '办理结果']);
  TEXTS.forEach((text, i) => {
    const row = ws.addRow([i + 1, new Date(Date.UTC(2026, 9, 1 + i)), '县财政局', `县财发〔2026〕${i + 1}号`, text, text, new Date(Date.UTC(2026, 9, 20)), null, '办理中']);
    for (const c of [2, 7]) row.getCell(c).numFmt = 'yyyy-mm-dd';
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

let register: Uint8Array;
beforeAll(async () => {
  register = await buildRegister();
});

/** Cells of a new sheet of the package: text values, and any formula or typed value found. */
function xlsxSheet(bytes: Uint8Array, sheet: string): { texts: string[]; other: string[] } {
  const cells = [...(snapshotCells(bytes, [sheet]).sheets.get(sheet)?.entries() ?? [])];
  return {
    texts: cells.filter(([, c]) => c.value.startsWith('s:')).map(([, c]) => c.value.slice(2)),
    other: cells.filter(([, c]) => c.formula !== null || c.value.startsWith('e:') || c.value.startsWith('b:')).map(([ref, c]) => `${ref} ${c.value} ${c.formula ?? ''}`),
  };
}

function standinSheet(standin: Standin, sheet: string): { texts: string[]; other: string[] } {
  const texts: string[] = [];
  const other: string[] = [];
  for (const [row, line] of standin.sheet(sheet).rows) {
    line.forEach((cell, col) => {
      if (!cell) return;
      if (typeof cell.value === 'string' && cell.formula === undefined) texts.push(cell.value);
      else if (cell.formula !== undefined || (cell.value !== null && typeof cell.value === 'object') || typeof cell.value === 'boolean') other.push(`R${row + 1}C${col + 1} ${JSON.stringify(cell)}`);
    });
  }
  return { texts, other };
}

describe('register text written into new sheets', () => {
  it('the register really holds the texts as text (the premise of the tests below)', async () => {
    const grid = await XlsxHost.open(register).readTop('收文登记', 20);
    expect(grid.rows.slice(1).map((r) => r[4])).toEqual(TEXTS);
  });

  it('stays text in the 催办单 the .xlsx host writes', async () => {
    const host = XlsxHost.open(register);
    const report = await writeReminder(host, { asOf: AS_OF });
    expect(report.overdue).toBe(TEXTS.length);
    const sheet = xlsxSheet(host.save(), report.written.sheets[0]);
    expect(sheet.other).toEqual([]);
    expect(sheet.texts).toEqual(expect.arrayContaining(TEXTS));
  });

  it('stays text in a summary the .xlsx host writes', async () => {
    const host = XlsxHost.open(register);
    const written = await host.writeSheets([summarySpec(FORMULA_LIKE.length)]);
    const sheet = xlsxSheet(host.save(), written.sheets[0]);
    expect(sheet.other).toEqual([]);
    expect(sheet.texts).toEqual(expect.arrayContaining(FORMULA_LIKE));
  });

  it('stays text in the 催办单 the Excel host writes', async () => {
    const standin = createStandin(fixtureOfXlsx(register));
    const report = await writeReminder(createExcelHost({ run: standin.run, retryDelayMs: 0, mergesSupported: true }), { asOf: AS_OF });
    expect(report.overdue).toBe(TEXTS.length);
    const sheet = standinSheet(standin, report.written.sheets[0]);
    expect(sheet.other).toEqual([]);
    expect(sheet.texts).toEqual(expect.arrayContaining(TEXTS));
  });

  it('stays text in a summary the Excel host writes', async () => {
    const standin = createStandin(fixtureOfXlsx(register));
    const written = await createExcelHost({ run: standin.run, retryDelayMs: 0, mergesSupported: true }).writeSheets([summarySpec(FORMULA_LIKE.length)]);
    const sheet = standinSheet(standin, written.sheets[0]);
    expect(sheet.other).toEqual([]);
    expect(sheet.texts).toEqual(expect.arrayContaining(FORMULA_LIKE));
  });
});
