/**
 * Rewrites one planned row of a worksheet part: changes the `s` of its planned cells, inserts
 * the planned cells it lacks in column order, and removes cells a clear takes back out — keeping
 * every other byte of the row.
 */
import { parseIndex, toCellAddress } from './cell-ref';
import type { CellChange, RowRestyle } from './restyle-cells';
import { scanCells, type CellToken, type RowToken } from './sheet-scan';
import { isSelfClosing, readAttr, removeAttr, setAttr } from './xml-text';

/** What decides the style an absent cell shows. */
export interface RowContext {
  readonly rowStyle: number | null;
  readonly colStyle: (col: number) => number | null;
}

/**
 * A self-closing tag opened to take content: `<row r="5"/>` → `<row r="5" >`. The space tells
 * {@link collapseTag} that it was self-closing, so undoing a patch gives back the same bytes.
 * @example expandTag('<row r="5"/>') // '<row r="5" >'
 */
export function expandTag(tag: string): string {
  return `${tag.slice(0, -2)} >`;
}

/**
 * The inverse of {@link expandTag}: `<row r="5" >` → `<row r="5"/>`.
 * @example collapseTag('<row r="5" >') // '<row r="5"/>'
 */
export function collapseTag(tag: string): string {
  return `${tag.slice(0, -2)}/>`;
}

/** A row's own format counts for its absent cells only when the row says customFormat. */
function rowContext(row: RowToken, colStyle: (col: number) => number | null): RowContext {
  const custom = readAttr(row.tag, 'customFormat');
  const rowStyle = custom === '1' || custom === 'true' ? parseIndex(readAttr(row.tag, 's')) : null;
  return { rowStyle, colStyle };
}

function inheritedStyle(ctx: RowContext, col: number): number | null {
  return ctx.rowStyle ?? ctx.colStyle(col);
}

/**
 * Cells to insert into a row (all planned columns absent); '' when none is wanted.
 * @example renderNewCells(5, plan, ctx, 'x:', 1, 4) // '<x:c r="C5" s="9"/><x:c r="D5" s="9"/>'
 */
export function renderNewCells(rowNumber: number, plan: RowRestyle, ctx: RowContext, prefix: string, afterCol: number, beforeCol = Infinity): string {
  let text = '';
  for (const col of plan.cols) {
    if (col <= afterCol || col >= beforeCol) continue;
    const change = plan.decide({ row: rowNumber, col, exists: false, style: null, inherited: inheritedStyle(ctx, col), empty: true });
    if (change !== null && change !== 'remove' && change.style !== null) {
      text += `<${prefix}c r="${toCellAddress(rowNumber, col)}" s="${change.style}"/>`;
    }
  }
  return text;
}

/**
 * The new text of a planned row, or null when nothing in it changes.
 * @example rewriteRow(xml, row, plan, colStyle, '') // the row's new text, or null
 */
export function rewriteRow(xml: string, row: RowToken, plan: RowRestyle, colStyle: (col: number) => number | null, prefix: string): string | null {
  const ctx = rowContext(row, colStyle);
  const cells = scanCells(xml, row);
  const existing = new Set(cells.map((c) => c.col));
  const absentCols = plan.cols.filter((c) => !existing.has(c));
  const planned = new Set(plan.cols);
  const absentPlan: RowRestyle = { cols: absentCols, decide: plan.decide };
  const pieces: string[] = [];
  let copied = row.contentStart;
  let changed = false;
  let removedAll = cells.length > 0;
  let lastCol = -1;
  for (const cell of cells) {
    const inserted = renderNewCells(row.number, absentPlan, ctx, prefix, lastCol, cell.col);
    if (cell.col > lastCol) lastCol = cell.col;
    if (inserted) {
      pieces.push(xml.slice(copied, cell.start), inserted);
      copied = cell.start;
      changed = true;
      removedAll = false;
    }
    const change = planned.has(cell.col) ? decideExisting(plan, row.number, cell, ctx) : null;
    if (change === null) {
      removedAll = false;
      continue;
    }
    pieces.push(xml.slice(copied, cell.start), change === 'remove' ? '' : restyleTag(xml, cell, change.style));
    if (change !== 'remove') removedAll = false;
    copied = cell.end;
    changed = true;
  }
  const tail = renderNewCells(row.number, absentPlan, ctx, prefix, lastCol);
  const tailAt = cells.length > 0 ? cells[cells.length - 1].end : row.contentStart;
  if (tail) {
    pieces.push(xml.slice(copied, tailAt), tail);
    copied = tailAt;
    changed = true;
    removedAll = false;
  }
  if (!changed) return null;
  if (removedAll) return emptiedRow(row);
  const selfClosing = row.contentStart === row.contentEnd && isSelfClosing(row.tag);
  const open = selfClosing ? expandTag(row.tag) : row.tag;
  const close = selfClosing ? `</${row.qname}>` : xml.slice(row.contentEnd, row.end);
  return open + pieces.join('') + xml.slice(copied, row.contentEnd) + close;
}

function decideExisting(plan: RowRestyle, rowNumber: number, cell: CellToken, ctx: RowContext): CellChange {
  const style = parseIndex(readAttr(cell.tag, 's'));
  const change = plan.decide({ row: rowNumber, col: cell.col, exists: true, style, inherited: inheritedStyle(ctx, cell.col), empty: cell.empty });
  if (change === 'remove') return cell.empty ? 'remove' : null;
  if (change !== null && change.style === style) return null;
  return change;
}

function restyleTag(xml: string, cell: CellToken, style: number | null): string {
  const tagEnd = cell.start + cell.tag.length;
  const tag = style === null ? removeAttr(cell.tag, 's') : setAttr(cell.tag, 's', String(style), 'r');
  return tag + xml.slice(tagEnd, cell.end);
}

/**
 * A row whose every cell was removed: self-closing again when it was expanded from a
 * self-closing row, gone when it is one this patch inserted (nothing but `r`), else self-closing.
 */
function emptiedRow(row: RowToken): string {
  if (isSelfClosing(row.tag)) return row.tag;
  if (row.tag.endsWith(' >')) return collapseTag(row.tag);
  const attrs = row.tag.replace(/^<[^\s/>]+/, '').replace(/>$/, '').trim();
  if (/^r\s*=\s*("[^"]*"|'[^']*')$/.test(attrs) || attrs === '') return '';
  return `${row.tag.slice(0, -1)}/>`;
}
