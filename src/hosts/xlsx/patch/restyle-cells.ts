/**
 * Changes the style index (`s`) of chosen cells of a worksheet part in one pass over its text.
 * Every byte outside the changed cell tags stays as it was: untouched rows are copied as slices,
 * a missing cell is inserted in column order as `<c r=".." s=".."/>`, a missing row in row order.
 */
import { collapseTag, expandTag, renderNewCells, rewriteRow } from './restyle-row';
import { findSheetData, readColumnStyles, scanRows, type RowToken } from './sheet-scan';
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
  const present = new Set(scanRows(xml, data).map((r) => r.number));
  const rows = new RowsPatcher(plan, readColumnStyles(xml, data.start), readPrefix(data.qname), present);
  if (data.selfClosing) {
    const body = rows.finish();
    if (!body) return xml;
    return `${xml.slice(0, data.start)}${expandTag(xml.slice(data.start, data.end))}${body}</${data.qname}>${xml.slice(data.end)}`;
  }
  const content = xml.slice(data.contentStart, data.contentEnd);
  const patched = rows.patch(content) + rows.finish();
  if (patched === content) return xml;
  const out = xml.slice(0, data.contentStart) + patched + xml.slice(data.contentEnd);
  return collapseEmptiedSheetData(out);
}

/**
 * Restyles the rows of `<sheetData>` run by run, in document order (the whole content at once,
 * or the pieces a streaming patch cuts at row boundaries): planned rows are rewritten, planned
 * rows the sheet lacks are inserted in row order, every other byte is kept.
 */
export class RowsPatcher {
  private readonly missing: number[];
  private nextMissing = 0;
  private previous = 0;
  private seenMax = 0;
  /** True when a row came after a higher-numbered one (a streaming patch must not go on). */
  outOfOrder = false;

  /**
   * @param present rows known to exist, when known up front; otherwise a planned row is taken
   *   as missing once a later row is reached (rows must then come in ascending order).
   */
  constructor(
    private readonly plan: ReadonlyMap<number, RowRestyle>,
    private readonly colStyle: (col: number) => number | null,
    private readonly prefix: string,
    private readonly present?: ReadonlySet<number>,
  ) {
    this.missing = [...plan.keys()].filter((n) => !present?.has(n)).sort((a, b) => a - b);
  }

  /** The run's new text (the same string when nothing in it changed). */
  patch(run: string): string {
    const rows = scanRows(run, { contentStart: 0, contentEnd: run.length }, this.previous);
    const out: string[] = [];
    let copied = 0;
    for (const row of rows) {
      const inserted = this.enter(row.number);
      if (inserted) {
        out.push(run.slice(copied, row.start), inserted);
        copied = row.start;
      }
      const replaced = this.rewrite(run, row);
      if (replaced !== null) {
        out.push(run.slice(copied, row.start), replaced);
        copied = row.end;
      }
    }
    if (rows.length > 0) this.previous = rows[rows.length - 1].number;
    if (out.length === 0) return run;
    out.push(run.slice(copied));
    return out.join('');
  }

  /**
   * Row `n` is next in the sheet: the planned rows missing before it, as new rows to insert
   * ahead of it ('' when none); notes a row out of order.
   */
  enter(n: number): string {
    if (n <= this.seenMax) this.outOfOrder = true;
    this.seenMax = Math.max(this.seenMax, n);
    let text = '';
    while (this.nextMissing < this.missing.length && this.missing[this.nextMissing] < n) text += this.newRow(this.missing[this.nextMissing++]);
    // Streaming: a planned row met is not missing after all.
    if (!this.present && this.missing[this.nextMissing] === n) this.nextMissing++;
    return text;
  }

  /** Whether row `n` is planned (a row that is not is kept as it is). */
  plans(n: number): boolean {
    return this.plan.has(n);
  }

  /** The new text of a row of `xml`, or null when it is not planned or nothing in it changes. */
  rewrite(xml: string, row: RowToken): string | null {
    const rowPlan = this.plan.get(row.number);
    return rowPlan ? rewriteRow(xml, row, rowPlan, this.colStyle, this.prefix) : null;
  }

  /** The planned rows still missing after the last row, as new rows ('' when none). */
  finish(): string {
    let text = '';
    while (this.nextMissing < this.missing.length) text += this.newRow(this.missing[this.nextMissing++]);
    return text;
  }

  private newRow(n: number): string {
    const cells = renderNewCells(n, this.plan.get(n) as RowRestyle, { rowStyle: null, colStyle: this.colStyle }, this.prefix, -1);
    return cells ? `<${this.prefix}row r="${n}">${cells}</${this.prefix}row>` : '';
  }
}

/** `<sheetData >` left empty by a clear goes back to the `<sheetData/>` it was expanded from. */
function collapseEmptiedSheetData(xml: string): string {
  const data = findSheetData(xml);
  if (!data || data.selfClosing || data.contentStart !== data.contentEnd) return xml;
  const tag = xml.slice(data.start, data.contentStart);
  if (!tag.endsWith(' >')) return xml;
  return xml.slice(0, data.start) + collapseTag(tag) + xml.slice(data.end);
}
