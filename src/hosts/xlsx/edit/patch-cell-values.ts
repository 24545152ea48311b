/**
 * Writes new values into chosen cells of a worksheet part in one pass over its text. Only the
 * `<c>` elements of those cells change; a cell the sheet lacks is inserted in column order (in a
 * new row when the row is missing too). A cell holding a formula is refused: its value is the
 * formula's, not something a clerk typed.
 */
import { parseIndex } from '../patch/cell-ref';
import { findSheetData, readColumnStyles, scanCells, scanRows, type RowToken } from '../patch/sheet-scan';
import { readAttr, readPrefix } from '../patch/xml-text';
import { renderExistingCell, renderNewCell, type CellWrite } from './cell-xml';

export interface ValuePatch {
  readonly xml: string;
  /** Cells not written because they hold a formula, as "row:col". */
  readonly refused: ReadonlySet<string>;
}

type RowWrites = ReadonlyMap<number, CellWrite>;

function rowStyleOf(row: RowToken): number | null {
  const custom = readAttr(row.tag, 'customFormat');
  return custom === '1' || custom === 'true' ? parseIndex(readAttr(row.tag, 's')) : null;
}

function newCells(rowNumber: number, writes: RowWrites, cols: readonly number[], inherited: (col: number) => number | null, prefix: string): string {
  return cols.map((col) => renderNewCell(rowNumber, col, writes.get(col) as CellWrite, inherited(col), prefix)).join('');
}

function rewriteRow(xml: string, row: RowToken, writes: RowWrites, colStyle: (col: number) => number | null, prefix: string, refused: Set<string>): string {
  const rowStyle = rowStyleOf(row);
  const inherited = (col: number): number | null => rowStyle ?? colStyle(col);
  const cells = scanCells(xml, row);
  const present = new Set(cells.map((c) => c.col));
  const missing = [...writes.keys()].filter((c) => !present.has(c)).sort((a, b) => a - b);
  let next = 0;
  const pieces: string[] = [];
  let copied = row.contentStart;
  const insertBefore = (limit: number, at: number): void => {
    const cols: number[] = [];
    while (next < missing.length && missing[next] < limit) cols.push(missing[next++]);
    if (cols.length === 0) return;
    pieces.push(xml.slice(copied, at), newCells(row.number, writes, cols, inherited, prefix));
    copied = at;
  };
  for (const cell of cells) {
    insertBefore(cell.col, cell.start);
    const write = writes.get(cell.col);
    if (!write) continue;
    const body = xml.slice(cell.start + cell.tag.length, cell.end);
    if (/<([\w.-]+:)?f[\s/>]/.test(body)) {
      refused.add(`${row.number}:${cell.col}`);
      continue;
    }
    pieces.push(xml.slice(copied, cell.start), renderExistingCell(cell.tag, write, prefix));
    copied = cell.end;
  }
  const tailAt = cells.length > 0 ? cells[cells.length - 1].end : row.contentStart;
  insertBefore(Number.POSITIVE_INFINITY, tailAt);
  if (pieces.length === 0) return xml.slice(row.start, row.end);
  const selfClosing = row.contentStart === row.contentEnd && row.tag.endsWith('/>');
  const open = selfClosing ? `${row.tag.slice(0, -2)}>` : row.tag;
  const close = selfClosing ? `</${row.qname}>` : xml.slice(row.contentEnd, row.end);
  return open + pieces.join('') + xml.slice(copied, row.contentEnd) + close;
}

function newRow(rowNumber: number, writes: RowWrites, colStyle: (col: number) => number | null, prefix: string): string {
  const cols = [...writes.keys()].sort((a, b) => a - b);
  return `<${prefix}row r="${rowNumber}">${newCells(rowNumber, writes, cols, colStyle, prefix)}</${prefix}row>`;
}

/**
 * @example
 * patchCellValues('<worksheet><sheetData><row r="4"><c r="D4" s="5" t="s"><v>7</v></c></row></sheetData></worksheet>',
 *   new Map([[4, new Map([[3, { content: { kind: 'text', text: '加急' } }]])]]))
 * // { xml: '…<c r="D4" s="5" t="inlineStr"><is><t>加急</t></is></c>…', refused: Set {} }
 */
export function patchCellValues(xml: string, plan: ReadonlyMap<number, RowWrites>): ValuePatch {
  const refused = new Set<string>();
  const data = findSheetData(xml);
  if (!data || plan.size === 0) return { xml, refused };
  const colStyle = readColumnStyles(xml, data.start);
  const prefix = readPrefix(data.qname);
  const rows = data.selfClosing ? [] : scanRows(xml, data);
  const present = new Set(rows.map((r) => r.number));
  const missing = [...plan.keys()].filter((n) => !present.has(n)).sort((a, b) => a - b);
  const out: string[] = [];
  let copied = data.selfClosing ? data.end : data.contentStart;
  let next = 0;
  const insertRowsBefore = (limit: number, at: number): void => {
    while (next < missing.length && missing[next] < limit) {
      const n = missing[next++];
      out.push(xml.slice(copied, at), newRow(n, plan.get(n) as RowWrites, colStyle, prefix));
      copied = at;
    }
  };
  if (data.selfClosing) {
    const open = `${xml.slice(data.start, data.end - 2)}>`;
    out.push(xml.slice(0, data.start), open);
    copied = data.end;
    const body: string[] = missing.map((n) => newRow(n, plan.get(n) as RowWrites, colStyle, prefix));
    return { xml: out.join('') + body.join('') + `</${data.qname}>` + xml.slice(data.end), refused };
  }
  out.push(xml.slice(0, copied));
  for (const row of rows) {
    insertRowsBefore(row.number, row.start);
    const writes = plan.get(row.number);
    if (!writes) continue;
    out.push(xml.slice(copied, row.start), rewriteRow(xml, row, writes, colStyle, prefix, refused));
    copied = row.end;
  }
  insertRowsBefore(Number.POSITIVE_INFINITY, data.contentEnd);
  out.push(xml.slice(copied));
  return { xml: out.join(''), refused };
}
