/**
 * Renders a {@link SheetSpec} as a new worksheet part: title and subtitle merged across the
 * tables, each table's caption, header and rows, notes, column widths, a frozen header, A4
 * print setup and hyperlinks to other sheets. Every string is an inline string, so text that
 * starts with = + - @ stays text.
 */
import { dayToSerial } from '../../../core/dates/day';
import type { SheetSpec, SpecColumn, SpecTable, SpecValue } from '../../../core/sheet-spec';
import { toCellAddress, toColumnLetters } from '../patch/cell-ref';
import { escapeXml } from '../patch/xml-text';
import { makeInlineStringCell } from './cell-text';
import { estimateColumnWidths } from './column-widths';
import type { CellRole } from './render-styles';
import { quoteSheetName } from './sheet-name';

export interface RenderContext {
  /** The `s` index for a role (see makeRenderStyles). */
  readonly styleOf: (role: CellRole) => number;
  readonly date1904: boolean;
  /** The name a linked sheet really has (specs written in the same call may have been renamed). */
  readonly sheetName: (wanted: string) => string;
}

/** Where a table landed: its header row and its rows (1-based; last < first when it has none). */
export interface TablePlace {
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
}

export interface RenderedSheet {
  readonly xml: string;
  /** The row to repeat on printed pages (the first table's header), when asked for. */
  readonly printTitleRow: number | null;
  /** One per spec table, in order (charts point at them). */
  readonly tables: readonly TablePlace[];
  /** Columns the tables span (charts go to their right). */
  readonly width: number;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * The worksheet XML of a spec.
 * @example renderSheet({ name: '汇总', purpose: 'summary:2026', title: '2026年汇总', tables: [] }, ctx).xml
 */
export function renderSheet(spec: SheetSpec, ctx: RenderContext): RenderedSheet {
  const width = Math.max(1, ...spec.tables.map((t) => t.columns.length));
  const rows: string[] = [];
  const merges: string[] = [];
  const links: string[] = [];
  let r = 0;
  const wide = (text: string, role: CellRole, extra = ''): void => {
    r++;
    const s = ctx.styleOf(role);
    const blanks = Array.from({ length: width - 1 }, (_, i) => `<c r="${toCellAddress(r, i + 1)}" s="${s}"/>`).join('');
    rows.push(`<row r="${r}"${extra}>${makeInlineStringCell(toCellAddress(r, 0), text, s)}${blanks}</row>`);
    if (width > 1) merges.push(`A${r}:${toColumnLetters(width - 1)}${r}`);
  };
  wide(spec.title, { kind: 'title' }, ' ht="26" customHeight="1"');
  if (spec.subtitle) wide(spec.subtitle, { kind: 'subtitle' });
  let headerRow: number | null = null;
  const places: TablePlace[] = [];
  for (const table of spec.tables) {
    r++; // a blank row before each table
    if (table.caption) {
      r++;
      rows.push(`<row r="${r}">${makeInlineStringCell(toCellAddress(r, 0), table.caption, ctx.styleOf({ kind: 'caption' }))}</row>`);
    }
    r++;
    headerRow ??= r;
    const hs = ctx.styleOf({ kind: 'header' });
    rows.push(`<row r="${r}">${table.columns.map((c, i) => makeInlineStringCell(toCellAddress(r, i), c.header, hs)).join('')}</row>`);
    const tableHeader = r;
    table.rows.forEach((values, i) => {
      r++;
      rows.push(`<row r="${r}">${renderRow(table, values, i, r, ctx, links)}</row>`);
    });
    places.push({ headerRow: tableHeader, firstRow: tableHeader + 1, lastRow: r });
  }
  if (spec.notes?.length) r++;
  for (const note of spec.notes ?? []) {
    r++;
    rows.push(`<row r="${r}">${makeInlineStringCell(toCellAddress(r, 0), note, ctx.styleOf({ kind: 'note' }))}</row>`);
  }
  const freeze = spec.freezeHeader && headerRow !== null ? headerRow : null;
  const xml = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`,
    spec.print?.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '',
    `<dimension ref="A1:${toCellAddress(Math.max(r, 1), width - 1)}"/>`,
    sheetViews(freeze),
    '<sheetFormatPr defaultRowHeight="15"/>',
    columnsXml(spec.tables, width),
    `<sheetData>${rows.join('')}</sheetData>`,
    merges.length ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '',
    links.length ? `<hyperlinks>${links.join('')}</hyperlinks>` : '',
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    spec.print ? pageSetup(spec) : '',
    '</worksheet>',
  ].join('');
  return { xml, printTitleRow: spec.print?.repeatHeader && headerRow !== null ? headerRow : null, tables: places, width };
}

function renderRow(table: SpecTable, values: ReadonlyArray<SpecValue>, index: number, r: number, ctx: RenderContext, links: string[]): string {
  const rowStyle = table.rowStyles?.[index] ?? 'body';
  const cells: string[] = [];
  for (let c = 0; c < table.columns.length; c++) {
    const column: SpecColumn = table.columns[c];
    const value = values[c] ?? null;
    const ref = toCellAddress(r, c);
    const isLink = typeof value === 'object' && value !== null && 'linkToSheet' in value;
    const isDay = typeof value === 'object' && value !== null && 'day' in value;
    const format = column.format ?? (isDay ? 'date' : null);
    const s = ctx.styleOf({ kind: 'cell', row: rowStyle, format, link: isLink });
    if (value === null || (typeof value === 'number' && !Number.isFinite(value))) cells.push(`<c r="${ref}" s="${s}"/>`);
    else if (typeof value === 'string') cells.push(makeInlineStringCell(ref, value, s));
    else if (typeof value === 'number') cells.push(`<c r="${ref}" s="${s}"><v>${Object.is(value, -0) ? 0 : value}</v></c>`);
    else if (typeof value === 'boolean') cells.push(`<c r="${ref}" s="${s}" t="b"><v>${value ? 1 : 0}</v></c>`);
    else if ('day' in value) cells.push(`<c r="${ref}" s="${s}"><v>${dayToSerial(value.day, ctx.date1904)}</v></c>`);
    else {
      cells.push(makeInlineStringCell(ref, value.text, s));
      const target = `${quoteSheetName(ctx.sheetName(value.linkToSheet))}!A1`;
      links.push(`<hyperlink ref="${ref}" location="${escapeXml(target)}" display="${escapeXml(value.text.slice(0, 255))}"/>`);
    }
  }
  return cells.join('');
}

function sheetViews(freezeRow: number | null): string {
  if (freezeRow === null) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const top = `A${freezeRow + 1}`;
  return `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${freezeRow}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`;
}

function columnsXml(tables: readonly SpecTable[], width: number): string {
  const widths = estimateColumnWidths(tables, width);
  return `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`;
}

function pageSetup(spec: SheetSpec): string {
  const print = spec.print;
  if (!print) return '';
  const fit = print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '';
  return `<pageSetup paperSize="9" orientation="${print.orientation}"${fit}/>`;
}
