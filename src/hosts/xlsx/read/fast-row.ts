/**
 * Reads a whole row at once when its cells are in the usual form (see row-cells.ts), instead of
 * element by element: the row's text is taken from the tokenizer, its cells handed to the
 * scanner as the general path would hand them, and the tokenizer moves on past `</row>`.
 * A row in any other form is left to the general path, untouched.
 */
import { isSml } from './namespaces';
import { RowCells, readCellsToEnd } from './row-cells';
import { columnIn, countIn } from './start-tag';
import { decodeText } from './xml-chars';
import type { XmlTokenizer } from './xml-tokenizer';

/** What the scanner offers the fast path: the same steps its general path takes per cell. */
export interface CellTarget {
  nextColumn(): number;
  /** A reference that names no column: a problem, and the running column moves on. */
  badReference(ref: string): void;
  /** A cell at `col` begins; true when its value is wanted (then `emitCell` follows). */
  beginCell(col: number): boolean;
  emitCell(type: string | undefined, style: number, value: string | null, inline: string | null, hasFormula: boolean): void;
  /** As emitCell for a `<v>` of plain digits read in place; false (nothing emitted) for any other cell. */
  emitPlain(type: string | undefined, style: number, text: string, from: number, to: number, hasFormula: boolean): boolean;
}

const cells = new RowCells();

/**
 * Called while the tokenizer is on a `<row>` start tag; false when the row was left to the
 * general path.
 * @example if (!readFastRow(tokenizer, scanner)) { /* cells arrive as events *\/ }
 */
export function readFastRow(tokenizer: XmlTokenizer, target: CellTarget): boolean {
  // Unprefixed cells belong to the default namespace, which must be SpreadsheetML's (or none).
  if (!isSml(tokenizer.namespaceOf('c'))) return false;
  if (tokenizer.contentStart < 0) return false;
  const text = tokenizer.source;
  const end = readCellsToEnd(text, tokenizer.contentStart, cells);
  if (end < 0 || !tokenizer.endTagAt(end)) return false;
  for (let i = 0; i < cells.count; i++) {
    const refStart = cells.refStart[i];
    const col = refStart < 0 ? target.nextColumn() : columnIn(text, refStart, cells.refEnd[i]);
    if (col < 0) {
      target.badReference(text.slice(refStart, cells.refEnd[i]));
      continue;
    }
    if (!target.beginCell(col)) continue;
    const style = cells.styleStart[i] < 0 ? -1 : countIn(text, cells.styleStart[i], cells.styleEnd[i]);
    const from = cells.valueStart[i];
    if (from >= 0 && cells.inlineStart[i] < 0 && target.emitPlain(cells.type[i], style, text, from, cells.valueEnd[i], cells.formula[i])) continue;
    const value = cells.valueStart[i] < 0 ? null : decodeText(text.slice(cells.valueStart[i], cells.valueEnd[i]));
    const inline = cells.inlineStart[i] < 0 ? null : decodeText(text.slice(cells.inlineStart[i], cells.inlineEnd[i]));
    target.emitCell(cells.type[i], style, value, inline, cells.formula[i]);
  }
  tokenizer.consumeTo(end);
  return true;
}
