/**
 * The rest of a generated sheet besides its cells: column widths, merged title, frozen header,
 * print setup (A4, orientation, fit to width, repeated header row) and charts drawn from the
 * tables with Excel's own chart API.
 */
import type { ChartSpec, SheetSpec } from '../../core/sheet-spec';
import { columnLetters, formatArea } from './a1';
import type { XlWorksheet } from './excel-api';
import type { SheetLayout } from './sheet-layout';

const CHART_TYPES: Readonly<Record<ChartSpec['type'], string>> = {
  column: 'ColumnClustered',
  bar: 'BarClustered',
  line: 'Line',
  pie: 'Pie',
};

/**
 * Excel's column width unit is the width of a "0" in the default font (7 px in Calibri 11 and
 * 宋体 11), plus 5 px of padding; Office.js takes points (0.75 pt per px).
 * @example widthInPoints(10) // 56.25
 */
export function widthInPoints(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

function queueChart(ws: XlWorksheet, layout: SheetLayout, chart: ChartSpec, index: number): void {
  const table = layout.tables[chart.table];
  if (!table || chart.valueColumns.length === 0) return;
  // Excel charts take one rectangular source: the category column through the last value column.
  const left = Math.min(chart.categoryColumn, ...chart.valueColumns);
  const right = Math.max(chart.categoryColumn, ...chart.valueColumns);
  const source = ws.getRange(formatArea({ top: table.headerRow, left, bottom: table.lastRow, right }));
  const added = ws.charts.add(CHART_TYPES[chart.type], source, 'Columns');
  added.title.text = chart.title;
  const col = columnLetters(layout.lastCol + 2);
  const top = 3 + index * 18;
  added.setPosition(`${col}${top}`, `${columnLetters(layout.lastCol + 9)}${top + 15}`);
}

/**
 * Queues everything but the values (no sync).
 * @example queueSheetSetup(ws, spec, layoutSheet(spec));
 */
export function queueSheetSetup(ws: XlWorksheet, spec: SheetSpec, layout: SheetLayout): void {
  for (const [col, chars] of layout.widths) ws.getRange(`${columnLetters(col)}:${columnLetters(col)}`).format.columnWidth = widthInPoints(chars);
  if (layout.lastCol > 0) ws.getRange(formatArea({ top: 1, left: 0, bottom: 1, right: layout.lastCol })).merge(false);
  for (const link of layout.links) {
    const quoted = `'${link.sheet.replace(/'/g, "''")}'!A1`;
    ws.getRange(formatArea({ top: link.row, left: link.col, bottom: link.row, right: link.col })).hyperlink = { documentReference: quoted, textToDisplay: link.text };
  }
  if (spec.freezeHeader && layout.headerRow !== null) ws.freezePanes.freezeRows(layout.headerRow);
  if (spec.print) {
    ws.pageLayout.orientation = spec.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    ws.pageLayout.paperSize = spec.print.paper;
    if (spec.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (spec.print.repeatHeader && layout.headerRow !== null) ws.pageLayout.setPrintTitleRows(`$${layout.headerRow}:$${layout.headerRow}`);
  }
  (spec.charts ?? []).forEach((chart, i) => queueChart(ws, layout, chart, i));
}
