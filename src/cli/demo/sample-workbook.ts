/**
 * Builds the demo workbook with ExcelJS. ExcelJS is used here only because this is a brand-new
 * workbook; a clerk's own file is never loaded and saved through it (shared/design.md).
 */
import ExcelJS from 'exceljs';
import {
  INCOMING_HEADER, INCOMING_NOTE, INCOMING_ROWS, INCOMING_TITLE, INSTRUCTIONS, OUTGOING_HEADER,
  OUTGOING_ROWS, SUPERVISION_HEADER_SUB, SUPERVISION_HEADER_TOP, SUPERVISION_ROWS, SUPERVISION_TITLE,
  type SampleCell,
} from './sample-data';

function toCell(v: SampleCell): ExcelJS.CellValue {
  if (v && typeof v === 'object') {
    const [y, m, d] = v.date.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  }
  return v;
}

function addRows(ws: ExcelJS.Worksheet, rows: SampleCell[][], dateFormat = 'yyyy-mm-dd'): void {
  for (const r of rows) {
    const row = ws.addRow(r.map(toCell));
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = dateFormat;
    });
  }
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { name: '宋体', bold: true };
  row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

/** The sample workbook as .xlsx bytes. */
export async function buildSampleWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '台账助手';
  wb.created = new Date(Date.UTC(2026, 10, 20));

  const inc = wb.addWorksheet('收文登记');
  inc.addRow([INCOMING_TITLE]);
  inc.mergeCells(1, 1, 1, INCOMING_HEADER.length);
  inc.getRow(1).font = { name: '宋体', size: 16, bold: true };
  styleHeader(inc.addRow(INCOMING_HEADER));
  addRows(inc, INCOMING_ROWS);
  inc.addRow([]);
  inc.addRow([INCOMING_NOTE]);
  inc.columns.forEach((c, i) => (c.width = i === 4 ? 44 : 13));
  // The clerk's own colour: finished items shaded green by hand.
  inc.getCell('L3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } };

  const sup = wb.addWorksheet('督办台账');
  sup.addRow([SUPERVISION_TITLE]);
  sup.mergeCells(1, 1, 1, SUPERVISION_HEADER_TOP.length);
  sup.getRow(1).font = { name: '宋体', size: 16, bold: true };
  styleHeader(sup.addRow(SUPERVISION_HEADER_TOP));
  styleHeader(sup.addRow(SUPERVISION_HEADER_SUB));
  SUPERVISION_HEADER_TOP.forEach((h, i) => {
    if (h && h !== '办理情况') sup.mergeCells(2, i + 1, 3, i + 1);
  });
  sup.mergeCells(2, 10, 2, 11);
  addRows(sup, SUPERVISION_ROWS, 'yyyy"年"m"月"d"日"');
  sup.columns.forEach((c, i) => (c.width = i === 2 ? 40 : 14));

  const out = wb.addWorksheet('发文登记');
  styleHeader(out.addRow(OUTGOING_HEADER));
  addRows(out, OUTGOING_ROWS);
  out.columns.forEach((c, i) => (c.width = i === 2 ? 44 : 16));

  const help = wb.addWorksheet('填表说明');
  for (const r of INSTRUCTIONS) help.addRow(r);
  help.getColumn(1).width = 70;

  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
