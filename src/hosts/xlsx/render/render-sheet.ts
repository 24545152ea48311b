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

/** The sheet's XML in pieces, in order: joined, they are the whole part. */
export interface RenderedPieces extends Omit<RenderedSheet, 'xml'> {
  /**
   * The text before the rows, runs of rows of about {@link PIECE_CHARS} characters, then the text
   * after them (the last piece, ending in `</worksheet>`). One pass: pieces are made as they are
   * asked for, so a sheet of many rows is never one string.
   */
  readonly pieces: Iterable<string>;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Characters of rows gathered into one piece: few pieces to write, none large. */
const PIECE_CHARS = 64 * 1024;

/**
 * The worksheet XML of a spec.
 * @example renderSheet({ name: '汇总', purpose: 'summary:2026', title: '2026年汇总', tables: [] }, ctx).xml
 */
export function renderSheet(spec: SheetSpec, ctx: RenderContext): RenderedSheet {
  const { pieces, ...rest } = renderSheetPieces(spec, ctx);
  return { ...rest, xml: [...pieces].join('') };
}

/** Where each block of the sheet goes, worked out before any cell is rendered. */
interface Layout {
  readonly width: number;
  /** Rows of the title and subtitle. */
  readonly wideRows: ReadonlyArray<{ readonly row: number; readonly text: string; readonly role: 'title' | 'subtitle' }>;
  readonly captionRows: ReadonlyArray<number | null>;
  readonly places: readonly TablePlace[];
  readonly noteRows: readonly number[];
  readonly lastRow: number;
  readonly headerRow: number | null;
}

function layOut(spec: SheetSpec): Layout {
  const width = Math.max(1, ...spec.tables.map((t) => t.columns.length));
  const wideRows: Array<{ row: number; text: string; role: 'title' | 'subtitle' }> = [{ row: 1, text: spec.title, role: 'title' }];
  let r = 1;
  if (spec.subtitle) wideRows.push({ row: ++r, text: spec.subtitle, role: 'subtitle' });
  const captionRows: Array<number | null> = [];
  const places: TablePlace[] = [];
  for (const table of spec.tables) {
    r++; // a blank row before each table
    captionRows.push(table.caption ? ++r : null);
    const headerRow = ++r;
    r += table.rows.length;
    places.push({ headerRow, firstRow: headerRow + 1, lastRow: r });
  }
  if (spec.notes?.length) r++;
  const noteRows = (spec.notes ?? []).map(() => ++r);
  return { width, wideRows, captionRows, places, noteRows, lastRow: r, headerRow: places[0]?.headerRow ?? null };
}

/**
 * The worksheet XML of a spec, in pieces (see {@link RenderedPieces.pieces}).
 * @example for (const piece of renderSheetPieces(spec, ctx).pieces) sink.write(piece)
 */
export function renderSheetPieces(spec: SheetSpec, ctx: RenderContext): RenderedPieces {
  const layout = layOut(spec);
  return {
    pieces: piecesOf(spec, ctx, layout),
    printTitleRow: spec.print?.repeatHeader && layout.headerRow !== null ? layout.headerRow : null,
    tables: layout.places,
    width: layout.width,
  };
}

/** Rows gathered until they make a piece worth handing out. */
class RowBatch {
  private rows: string[] = [];
  private chars = 0;

  /** The batch as one piece once it is large enough, else null. */
  add(row: string): string | null {
    this.rows.push(row);
    this.chars += row.length;
    return this.chars >= PIECE_CHARS ? this.take() : null;
  }

  take(): string {
    const piece = this.rows.join('');
    this.rows = [];
    this.chars = 0;
    return piece;
  }
}

function* piecesOf(spec: SheetSpec, ctx: RenderContext, layout: Layout): Generator<string> {
  const { width } = layout;
  const merges: string[] = [];
  const links: string[] = [];
  const freeze = spec.freezeHeader ? layout.headerRow : null;
  yield [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`,
    spec.print?.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '',
    `<dimension ref="A1:${toCellAddress(Math.max(layout.lastRow, 1), width - 1)}"/>`,
    sheetViews(freeze),
    '<sheetFormatPr defaultRowHeight="15"/>',
    columnsXml(spec.tables, width),
    '<sheetData>',
  ].join('');
  const batch = new RowBatch();
  for (const { row, text, role } of layout.wideRows) {
    const s = ctx.styleOf({ kind: role });
    let blanks = '';
    for (let c = 1; c < width; c++) blanks += `<c r="${toCellAddress(row, c)}" s="${s}"/>`;
    const piece = batch.add(`<row r="${row}"${role === 'title' ? ' ht="26" customHeight="1"' : ''}>${makeInlineStringCell(toCellAddress(row, 0), text, s)}${blanks}</row>`);
    if (piece !== null) yield piece;
    if (width > 1) merges.push(`A${row}:${toColumnLetters(width - 1)}${row}`);
  }
  for (let t = 0; t < spec.tables.length; t++) {
    const table = spec.tables[t];
    const place = layout.places[t];
    const captionRow = layout.captionRows[t];
    if (table.caption && captionRow !== null) {
      const caption = batch.add(`<row r="${captionRow}">${makeInlineStringCell(toCellAddress(captionRow, 0), table.caption, ctx.styleOf({ kind: 'caption' }))}</row>`);
      if (caption !== null) yield caption;
    }
    const hs = ctx.styleOf({ kind: 'header' });
    const header = batch.add(`<row r="${place.headerRow}">${table.columns.map((c, i) => makeInlineStringCell(toCellAddress(place.headerRow, i), c.header, hs)).join('')}</row>`);
    if (header !== null) yield header;
    for (let i = 0; i < table.rows.length; i++) {
      const r = place.firstRow + i;
      const piece = batch.add(`<row r="${r}">${renderRow(table, table.rows[i], i, r, ctx, links)}</row>`);
      if (piece !== null) yield piece;
    }
  }
  const notes = spec.notes ?? [];
  for (let i = 0; i < notes.length; i++) {
    const piece = batch.add(`<row r="${layout.noteRows[i]}">${makeInlineStringCell(toCellAddress(layout.noteRows[i], 0), notes[i], ctx.styleOf({ kind: 'note' }))}</row>`);
    if (piece !== null) yield piece;
  }
  yield [
    batch.take(),
    '</sheetData>',
    merges.length ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '',
    links.length ? `<hyperlinks>${links.join('')}</hyperlinks>` : '',
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    spec.print ? pageSetup(spec) : '',
    '</worksheet>',
  ].join('');
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
