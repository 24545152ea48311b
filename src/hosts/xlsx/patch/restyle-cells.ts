/**
 * Changes the style index (`s`) of chosen cells of a worksheet part in one pass over its text.
 * Every byte outside the changed cell tags stays as it was: untouched rows are copied as slices,
 * a missing cell is inserted in column order as `<c r=".." s=".."/>`, a missing row in row order.
 */
import { collapseTag, expandTag, renderNewCells, rewriteRow } from './restyle-row';
import { findSheetData, readColumnStyles, scanRows } from './sheet-scan';
import { readPrefix } from './xml-text';

/** A cell as the patch finds it. */
export interface CellState {
  readonly row: number;
  readonly col: number;
  readonly exists: boolean;
  /** The cell's own `s`, null when it has none (or does not exist). */
  readonly style: number | null;
  /** The style an absent cell shows: the row's (customFormat) or the column's, else null. */
  readonly inherited: number | null;
  readonly empty: boolean;
}

/** Set `s`, drop `s` (style: null), remove the (empty) cell, or leave it (null). */
export type CellChange = { readonly style: number | null } | 'remove' | null;

/** What to do in one row: the columns to look at and a decision per cell. */
export interface RowRestyle {
  readonly cols: readonly number[];
  decide(cell: CellState): CellChange;
}

/**
 * Applies per-cell style decisions to a worksheet part; returns the part unchanged (the same
 * string) when nothing changed. Linear in the size of the part.
 * @example
 * restyleCells('<worksheet><sheetData><row r="2"><c r="A2"/></row></sheetData></worksheet>',
 *   new Map([[2, { cols: [0], decide: () => ({ style: 5 }) }]]))
 * // '<worksheet><sheetData><row r="2"><c r="A2" s="5"/></row></sheetData></worksheet>'
 */
export function restyleCells(xml: string, plan: ReadonlyMap<number, RowRestyle>): string {
  const data = findSheetData(xml);
  if (!data || plan.size === 0) return xml;
  const colStyle = readColumnStyles(xml, data.start);
  const rows = scanRows(xml, data);
  const present = new Set(rows.map((r) => r.number));
  const missing = [...plan.keys()].filter((n) => !present.has(n)).sort((a, b) => a - b);
  const prefix = readPrefix(data.qname);
  if (data.selfClosing) {
    const body = missing
      .map((n) => [n, renderNewCells(n, plan.get(n) as RowRestyle, { rowStyle: null, colStyle }, prefix, -1)] as const)
      .filter(([, cells]) => cells !== '')
      .map(([n, cells]) => `<${prefix}row r="${n}">${cells}</${prefix}row>`)
      .join('');
    if (!body) return xml;
    return `${xml.slice(0, data.start)}${expandTag(xml.slice(data.start, data.end))}${body}</${data.qname}>${xml.slice(data.end)}`;
  }
  const out: string[] = [];
  let copied = 0;
  let nextMissing = 0;
  const emitMissingBefore = (limit: number, at: number): void => {
    while (nextMissing < missing.length && missing[nextMissing] < limit) {
      const n = missing[nextMissing++];
      const cells = renderNewCells(n, plan.get(n) as RowRestyle, { rowStyle: null, colStyle }, prefix, -1);
      if (!cells) continue;
      out.push(xml.slice(copied, at), `<${prefix}row r="${n}">${cells}</${prefix}row>`);
      copied = at;
    }
  };
  for (const row of rows) {
    emitMissingBefore(row.number, row.start);
    const rowPlan = plan.get(row.number);
    if (!rowPlan) continue;
    const replaced = rewriteRow(xml, row, rowPlan, colStyle, prefix);
    if (replaced !== null) {
      out.push(xml.slice(copied, row.start), replaced);
      copied = row.end;
    }
  }
  emitMissingBefore(Number.POSITIVE_INFINITY, data.contentEnd);
  if (out.length === 0) return xml;
  out.push(xml.slice(copied));
  return collapseEmptiedSheetData(out.join(''));
}

/** `<sheetData >` left empty by a clear goes back to the `<sheetData/>` it was expanded from. */
function collapseEmptiedSheetData(xml: string): string {
  const data = findSheetData(xml);
  if (!data || data.selfClosing || data.contentStart !== data.contentEnd) return xml;
  const tag = xml.slice(data.start, data.contentStart);
  if (!tag.endsWith(' >')) return xml;
  return xml.slice(0, data.start) + collapseTag(tag) + xml.slice(data.end);
}
