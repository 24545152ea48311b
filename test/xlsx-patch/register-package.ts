/**
 * A small incoming-documents register as Excel writes it, with the things a patch must leave
 * alone: a merged title, a frozen pane, a data validation, a conditional format, a formula,
 * sheet protection, an extension list, a clerk's own green fill, a second sheet and a
 * defined name. Column A 序号, B 收文日期 (date cells), C 来文单位, D 标题, E 办理时限, F 备注.
 */
import { makeRowKey } from '../../src/core/marks/row-key';
import type { MarkKind, RowMark } from '../../src/core/marks/mark-types';
import type { Grid } from '../../src/core/types';
import { buildPackage, MAIN_NS, REL_NS } from './build-package';

export const STRINGS = ['2026年收文登记簿', '序号', '收文日期', '来文单位', '标题', '办理时限', '备注', '县财政局', '关于做好森林防火工作的通知', '5个工作日', '县委组织部', '关于报送2026年干部培训计划的通知', '县政府办公室', '关于开展安全生产大检查的通知', '已办结'];

export const DATA_ROWS = [3, 4, 5, 6];

function dataRow(r: number): string {
  const i = r - 3;
  const sender = [7, 10, 12, 7][i];
  const title = [8, 11, 13, 8][i];
  // Row 5 has no 备注 cell and no 办理时限 cell: marking it must insert E5 and F5.
  const deadline = r === 5 ? '' : `<c r="E${r}" t="s"><v>9</v></c>`;
  const remark = r === 4 ? `<c r="F${r}" s="2" t="s"><v>14</v></c>` : r === 5 ? '' : `<c r="F${r}"/>`;
  return `<row r="${r}" spans="1:6"><c r="A${r}"><v>${i + 1}</v></c><c r="B${r}" s="1"><v>${46086 + i * 7}</v></c><c r="C${r}" t="s"><v>${sender}</v></c><c r="D${r}" t="s"><v>${title}</v></c>${deadline}${remark}</row>`;
}

export const REGISTER_SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"><sheetPr><tabColor rgb="FF00B050"/></sheetPr><dimension ref="A1:F7"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="B3" sqref="B3"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="13.5" x14ac:dyDescent="0.15"/><cols><col min="4" max="4" width="40" customWidth="1"/></cols><sheetData><row r="1" spans="1:6" ht="24" customHeight="1"><c r="A1" t="s"><v>0</v></c></row><row r="2" spans="1:6"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="s"><v>3</v></c><c r="D2" t="s"><v>4</v></c><c r="E2" t="s"><v>5</v></c><c r="F2" t="s"><v>6</v></c></row>${DATA_ROWS.map(dataRow).join('')}<row r="7" spans="1:6"><c r="A7" t="str"><f>COUNTA(A3:A6)</f><v>4</v></c></row></sheetData><sheetProtection sheet="1" objects="1" scenarios="1" formatCells="0"/><mergeCells count="1"><mergeCell ref="A1:F1"/></mergeCells><conditionalFormatting sqref="B3:B6"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>46000</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" sqref="E3:E100"><formula1>"5个工作日,10日内,长期"</formula1></dataValidation></dataValidations><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape"/><extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="0" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"/></ext></extLst></worksheet>`;

/** The package: the register, a notes sheet with the same name a summary will want, a print-area name. */
export function registerPackage(): Uint8Array {
  return buildPackage({
    sheets: [
      { name: '收文登记', xml: REGISTER_SHEET },
      { name: '汇总', rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>我的汇总</t></is></c></row>' },
    ],
    sharedStrings: STRINGS,
    afterSheets: `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">'收文登记'!$A$1:$F$7</definedName></definedNames>`,
    parts: {
      'docProps/app.xml': '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>',
      'xl/media/image1.png': new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 1, 2, 3]),
    },
  });
}

/** The key columns a register detector would map here: A–F. */
export const KEY_COLS = [0, 1, 2, 3, 4, 5];

/** Marks for rows, keyed from the values read through the host (as the app does). */
export function marksFor(grid: Grid, rows: ReadonlyArray<readonly [number, MarkKind]>): RowMark[] {
  return rows.map(([row, kind]) => {
    const cells = grid.rows[row - grid.top] ?? [];
    return { row, fromCol: 0, toCol: 5, kind, key: makeRowKey((c) => cells[c], KEY_COLS) };
  });
}
