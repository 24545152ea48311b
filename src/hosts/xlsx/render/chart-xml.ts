/**
 * A chart of a generated sheet as a DrawingML chart part: categories and values point at the
 * table's cells (so the chart follows edits), with cached values so that viewers that do not
 * recalculate still draw it. Trailing total rows are left out of the plotted range.
 */
import type { ChartSpec, SpecTable, SpecValue } from '../../../core/sheet-spec';
import { toColumnLetters } from '../patch/cell-ref';
import { escapeXml } from '../patch/xml-text';
import type { TablePlace } from './render-sheet';
import { quoteSheetName } from './sheet-name';

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function textOf(value: SpecValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return 'text' in value ? value.text : `${value.day.year}-${value.day.month}-${value.day.day}`;
}

function cache(tag: 'strCache' | 'numCache', values: readonly string[]): string {
  const points = values.map((v, i) => (v === '' ? '' : `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`)).join('');
  const format = tag === 'numCache' ? '<c:formatCode>General</c:formatCode>' : '';
  return `<c:${tag}>${format}<c:ptCount val="${values.length}"/>${points}</c:${tag}>`;
}

/** The rows a chart plots: the table's rows without the total rows at its end. */
function plottedRows(table: SpecTable): number {
  let n = table.rows.length;
  while (n > 0 && table.rowStyles?.[n - 1] === 'total') n--;
  return n;
}

/**
 * @example renderChart({ type: 'column', title: '按单位', table: 0, categoryColumn: 0, valueColumns: [1] }, table, place, '汇总')
 */
export function renderChart(chart: ChartSpec, table: SpecTable, place: TablePlace, sheetName: string): string {
  const count = plottedRows(table);
  const sheet = quoteSheetName(sheetName);
  const range = (col: number): string => `${sheet}!$${toColumnLetters(col)}$${place.firstRow}:$${toColumnLetters(col)}$${place.firstRow + Math.max(count, 1) - 1}`;
  const rows = table.rows.slice(0, count);
  const categories = rows.map((r) => textOf(r[chart.categoryColumn]));
  const series = chart.valueColumns
    .filter((col) => col >= 0 && col < table.columns.length)
    .map((col, i) => {
      const name = `<c:tx><c:strRef><c:f>${escapeXml(`${sheet}!$${toColumnLetters(col)}$${place.headerRow}`)}</c:f>${cache('strCache', [table.columns[col].header])}</c:strRef></c:tx>`;
      const values = rows.map((r) => (typeof r[col] === 'number' && Number.isFinite(r[col]) ? String(r[col]) : ''));
      const cat = `<c:cat><c:strRef><c:f>${escapeXml(range(chart.categoryColumn))}</c:f>${cache('strCache', categories)}</c:strRef></c:cat>`;
      const val = `<c:val><c:numRef><c:f>${escapeXml(range(col))}</c:f>${cache('numCache', values)}</c:numRef></c:val>`;
      return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${name}${cat}${val}</c:ser>`;
    })
    .join('');
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`;
  const axes =
    '<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="500000002"/></c:catAx>' +
    '<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:crossAx val="500000001"/></c:valAx>';
  const axisIds = '<c:axId val="500000001"/><c:axId val="500000002"/>';
  let plot: string;
  if (chart.type === 'pie') plot = `<c:pieChart><c:varyColors val="1"/>${series}</c:pieChart>`;
  else if (chart.type === 'line') plot = `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axisIds}</c:lineChart>${axes}`;
  else plot = `<c:barChart><c:barDir val="${chart.type === 'bar' ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="150"/>${axisIds}</c:barChart>${axes}`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}><c:roundedCorners val="0"/><c:chart>${title}<c:plotArea><c:layout/>${plot}</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;
}

/** Where a chart sits on the sheet: 0-based cell corners. */
export interface ChartAnchor {
  readonly fromCol: number;
  readonly fromRow: number;
  readonly toCol: number;
  readonly toRow: number;
}

/**
 * The drawing part that places charts `rId1` … `rIdN` at their anchors.
 * @example renderDrawing([{ fromCol: 6, fromRow: 3, toCol: 14, toRow: 19 }])
 */
export function renderDrawing(anchors: readonly ChartAnchor[]): string {
  const frames = anchors
    .map(
      (a, i) =>
        `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${a.fromCol}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.fromRow}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${a.toCol}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.toRow}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="图表 ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${frames}</xdr:wsDr>`;
}
