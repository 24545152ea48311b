/**
 * Which cell format a text date gets when it becomes a real date: the date format its column
 * already shows (the format most of the column's date cells use), else yyyy-mm-dd — applied to
 * the cell's own format, so its font, borders and alignment stay. A cell whose format differs
 * from the column's date cells only in the number format simply takes theirs, as it takes any
 * existing format equal to its own with the date number format; otherwise such a copy is
 * appended (never an edit of a shared format).
 */
import type { StyleSheetEdit } from '../patch/style-sheet-edit';
import { findSheetData, scanCells, scanRows } from '../patch/sheet-scan';
import { findTagEnd, readAttr, removeAttr, setAttr } from '../patch/xml-text';
import { readCellStyle } from './cell-xml';

/** The number format a new date column gets when none of its cells shows one. */
export const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';

/**
 * The date style most numeric cells of each column use; columns without one are left out.
 * @example findColumnDateStyles(sheetXml, new Set([1]), (s) => s === 3, () => false) // Map { 1 => 3 }
 */
export function findColumnDateStyles(
  xml: string,
  cols: ReadonlySet<number>,
  isDateStyle: (s: number) => boolean,
  isPainted: (s: number) => boolean,
): Map<number, number> {
  const counts = new Map<number, Map<number, number>>();
  const data = findSheetData(xml);
  if (!data || data.selfClosing || cols.size === 0) return new Map();
  for (const row of scanRows(xml, data)) {
    for (const cell of scanCells(xml, row)) {
      if (!cols.has(cell.col) || cell.empty) continue;
      const type = readAttr(cell.tag, 't');
      const s = readCellStyle(cell.tag);
      if ((type !== null && type !== 'n') || s === null || !isDateStyle(s) || isPainted(s)) continue;
      const perCol = counts.get(cell.col) ?? new Map<number, number>();
      perCol.set(s, (perCol.get(s) ?? 0) + 1);
      counts.set(cell.col, perCol);
    }
  }
  const out = new Map<number, number>();
  for (const [col, perStyle] of counts) {
    let best = -1;
    let bestCount = 0;
    for (const [s, n] of perStyle) if (n > bestCount) [best, bestCount] = [s, n];
    out.set(col, best);
  }
  return out;
}

function startTag(element: string): string {
  return element.slice(0, findTagEnd(element, 0));
}

/** A format's element with its number format left out, for comparing the rest. */
function withoutNumberFormat(element: string): string {
  const tag = startTag(element);
  return removeAttr(removeAttr(tag, 'numFmtId'), 'applyNumberFormat') + element.slice(tag.length);
}

function stripPrefix(element: string): string {
  return element.replace(/<(\/?)[A-Za-z_][\w.-]*:/g, '<$1');
}

/** A format's element with its attributes in a fixed order, so that equal formats compare equal. */
function canonical(element: string): string {
  const tag = startTag(element);
  const attrs = [...tag.matchAll(/\s([\w:.-]+)\s*=\s*("[^"]*"|'[^']*')/g)].map((m) => `${m[1]}=${m[2].slice(1, -1)}`).sort();
  return `${attrs.join(' ')}|${stripPrefix(element.slice(tag.length))}`;
}

/** An existing format equal to `element` but for the order of its attributes, if any. */
function findEqualXf(styles: StyleSheetEdit, element: string): number | null {
  const wanted = canonical(element);
  for (let i = 0; i < styles.xfCount; i++) if (canonical(styles.xf(i) ?? '') === wanted) return i;
  return null;
}

/**
 * The style index for a date written into a cell whose own (unpainted) style is `own`.
 * @example pickDateStyle(5, 3, styles, isDateStyle) // 3 when xf 5 and xf 3 differ only in numFmtId
 */
export function pickDateStyle(own: number | null, columnStyle: number | undefined, styles: StyleSheetEdit, isDateStyle: (s: number) => boolean): number {
  const base = own ?? 0;
  if (own !== null && isDateStyle(own)) return own;
  const ownXf = styles.xf(base) ?? styles.xf(0) ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
  const columnXf = columnStyle === undefined ? undefined : styles.xf(columnStyle);
  if (columnStyle !== undefined && columnXf !== undefined && withoutNumberFormat(columnXf) === withoutNumberFormat(ownXf)) return columnStyle;
  const fromColumn = columnXf === undefined ? null : readAttr(startTag(columnXf), 'numFmtId');
  const numFmtId = fromColumn ?? String(styles.addNumFmt(DEFAULT_DATE_FORMAT));
  const tag = startTag(ownXf);
  const dated = setAttr(setAttr(tag, 'numFmtId', numFmtId, [], false), 'applyNumberFormat', '1', ['numFmtId'], false) + ownXf.slice(tag.length);
  return findEqualXf(styles, dated) ?? styles.addXf(stripPrefix(dated));
}
