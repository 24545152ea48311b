/**
 * Finds the pieces of a worksheet part that marking touches — `<sheetData>`, its rows, the
 * cells of a row, the column styles in `<cols>` — by scanning the text, whatever namespace
 * prefix the writer used (`x:row`), without building a tree.
 */
import { readColumnOfRef, parseIndex } from './cell-ref';
import { findTagEnd, isSelfClosing, readLocalName, readAttr, readTagName } from './xml-text';

/** Where `<sheetData>` sits: its content lies in [contentStart, contentEnd). */
export interface SheetDataSpan {
  readonly qname: string;
  readonly start: number;
  readonly contentStart: number;
  readonly contentEnd: number;
  /** End of the closing tag (or of the self-closing tag). */
  readonly end: number;
  readonly selfClosing: boolean;
}

/** One `<row>`; `number` is its `r`, or the previous row's number + 1 when it has none. */
export interface RowToken {
  readonly number: number;
  readonly start: number;
  readonly tag: string;
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly end: number;
  readonly qname: string;
}

/** One `<c>`; `col` is 0-based, from its `r` or the previous cell's column + 1. */
export interface CellToken {
  readonly col: number;
  readonly start: number;
  readonly tag: string;
  readonly end: number;
  /** True when the cell holds no value, formula or inline string. */
  readonly empty: boolean;
}

/** Calls `visit` for each element start at depth 0 of [from, to), skipping comments and PIs. */
function eachChild(xml: string, from: number, to: number, visit: (start: number, tagEnd: number, qname: string) => number): void {
  let i = xml.indexOf('<', from);
  while (i >= 0 && i < to) {
    const next = xml.charCodeAt(i + 1);
    if (next === 33 /* ! */) {
      const close = xml.startsWith('<![CDATA[', i) ? xml.indexOf(']]>', i) : xml.indexOf('-->', i);
      i = close < 0 ? -1 : xml.indexOf('<', close);
      continue;
    }
    if (next === 63 /* ? */ || next === 47 /* / */) {
      i = xml.indexOf('<', i + 1);
      continue;
    }
    const tagEnd = findTagEnd(xml, i);
    if (tagEnd < 0) return;
    const after = visit(i, tagEnd, readTagName(xml, i));
    i = xml.indexOf('<', after);
  }
}

/** The end of the element whose start tag spans [start, tagEnd). */
function elementEnd(xml: string, qname: string, tagEnd: number, selfClosing: boolean): number {
  if (selfClosing) return tagEnd;
  const close = xml.indexOf(`</${qname}>`, tagEnd);
  return close < 0 ? -1 : close + qname.length + 3;
}

/**
 * Locates `<sheetData>` in a worksheet part; null when the part has none.
 * @example findSheetData('<x:worksheet><x:sheetData/></x:worksheet>')?.qname // "x:sheetData"
 */
export function findSheetData(xml: string): SheetDataSpan | null {
  const m = /<([A-Za-z_][\w.-]*:)?sheetData[\s/>]/.exec(xml);
  if (!m) return null;
  const start = m.index;
  const tagEnd = findTagEnd(xml, start);
  if (tagEnd < 0) return null;
  const qname = readTagName(xml, start);
  const selfClosing = isSelfClosing(xml.slice(start, tagEnd));
  const end = elementEnd(xml, qname, tagEnd, selfClosing);
  if (end < 0) return null;
  return { qname, start, contentStart: tagEnd, contentEnd: selfClosing ? tagEnd : end - qname.length - 3, end, selfClosing };
}

/**
 * Every row of `<sheetData>` (or of a run of its rows, `previous` being the number of the row
 * before the run), in document order.
 * @example scanRows(xml, findSheetData(xml)!).map((r) => r.number)
 */
export function scanRows(xml: string, data: Pick<SheetDataSpan, 'contentStart' | 'contentEnd'>, previous = 0): RowToken[] {
  const rows: RowToken[] = [];
  eachChild(xml, data.contentStart, data.contentEnd, (start, tagEnd, qname) => {
    const tag = xml.slice(start, tagEnd);
    const selfClosing = isSelfClosing(tag);
    const end = elementEnd(xml, qname, tagEnd, selfClosing);
    if (end < 0) return data.contentEnd;
    if (readLocalName(qname) === 'row') {
      const number = parseIndex(readAttr(tag, 'r')) ?? previous + 1;
      previous = number;
      rows.push({ number, start, tag, contentStart: tagEnd, contentEnd: selfClosing ? tagEnd : end - qname.length - 3, end, qname });
    }
    return end;
  });
  return rows;
}

/**
 * The cells of one row, in document order.
 * @example scanCells(xml, row).map((c) => c.col)
 */
export function scanCells(xml: string, row: RowToken): CellToken[] {
  const cells: CellToken[] = [];
  let previous = -1;
  eachChild(xml, row.contentStart, row.contentEnd, (start, tagEnd, qname) => {
    const tag = xml.slice(start, tagEnd);
    const selfClosing = isSelfClosing(tag);
    const end = elementEnd(xml, qname, tagEnd, selfClosing);
    if (end < 0) return row.contentEnd;
    if (readLocalName(qname) === 'c') {
      const ref = readAttr(tag, 'r');
      const fromRef = ref === null ? -1 : readColumnOfRef(ref);
      const col = fromRef >= 0 ? fromRef : previous + 1;
      previous = col;
      const empty = selfClosing || xml.slice(tagEnd, end - qname.length - 3).trim() === '';
      cells.push({ col, start, tag, end, empty });
    }
    return end;
  });
  return cells;
}

/**
 * Column default styles from `<cols>` (the `style` of `<col min max>`), 0-based column → xf.
 * @example readColumnStyles('<cols><col min="2" max="3" style="7"/></cols><sheetData/>', 40)(1) // 7
 */
export function readColumnStyles(xml: string, before: number): (col: number) => number | null {
  const spans: Array<{ min: number; max: number; style: number }> = [];
  const m = /<([A-Za-z_][\w.-]*:)?cols[\s>]/.exec(xml.slice(0, before));
  if (m) {
    const tagEnd = findTagEnd(xml, m.index);
    const qname = readTagName(xml, m.index);
    const close = xml.indexOf(`</${qname}>`, tagEnd);
    eachChild(xml, tagEnd, close < 0 ? before : close, (start, end) => {
      const tag = xml.slice(start, end);
      const min = parseIndex(readAttr(tag, 'min'));
      const max = parseIndex(readAttr(tag, 'max'));
      const style = parseIndex(readAttr(tag, 'style'));
      if (min !== null && max !== null && style !== null) spans.push({ min: min - 1, max: max - 1, style });
      return end;
    });
  }
  return (col) => spans.find((s) => col >= s.min && col <= s.max)?.style ?? null;
}
