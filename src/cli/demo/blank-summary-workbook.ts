/**
 * The brand-new workbook `register-desk summary` writes its sheets into: one 说明 sheet saying what
 * was summarised, from which files, as of which day. ExcelJS builds it (a new workbook, not a
 * clerk's file); the summary sheets themselves are rendered by the .xlsx host, as in any workbook.
 */
import ExcelJS from 'exceljs';

export interface SummaryCover {
  readonly year: number;
  readonly asOf: string;
  readonly sources: ReadonlyArray<{ readonly file: string; readonly registers: number; readonly problem?: string }>;
}

export async function buildSummaryCover(cover: SummaryCover): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '台账助手';
  const ws = wb.addWorksheet('说明');
  ws.addRow([`${cover.year}年度台账汇总`]).font = { bold: true, size: 14 };
  ws.addRow([`统计截至 ${cover.asOf}，由台账助手根据以下工作簿生成；各统计表按来源工作簿分列。`]);
  ws.addRow([]);
  ws.addRow(['来源工作簿', '登记簿数', '说明']).font = { bold: true };
  for (const s of cover.sources) {
    // Text cells stay text: a file name such as "=1+1.xlsx" is never a formula.
    ws.addRow([{ richText: [{ text: s.file }] }, s.registers, s.problem ? { richText: [{ text: s.problem }] } : '']);
  }
  ws.getColumn(1).width = 40;
  ws.getColumn(2).width = 10;
  ws.getColumn(3).width = 60;
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
