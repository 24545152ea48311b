/**
 * The fast path for a row's cells as Excel, WPS, LibreOffice and the usual libraries write
 * them: `<c r="B3" s="4" t="s"><v>12</v></c>`, a formula `<f …>…</f>` or `<f …/>`, a plain
 * inline string `<is><t>…</t></is>`, white space between. The row's text is read in one pass
 * into reusable arrays, without events; anything else (a prefix, a comment, CDATA, rich or
 * phonetic runs, a declaration, an entity in an attribute, a "<" out of place) answers false,
 * and the row is read again by the general tokenizer, which also judges any damage.
 */
/**
 * The cells of one row, as positions into the text: values are cut out and decoded only for
 * the cells a reader wants, as the general path does.
 */
export class RowCells {
  count = 0;
  /** Start and end of the `r` attribute's value, -1 when the cell has none. */
  readonly refStart: number[] = [];
  readonly refEnd: number[] = [];
  /** Start and end of the `s` attribute's value, -1 when absent. */
  readonly styleStart: number[] = [];
  readonly styleEnd: number[] = [];
  readonly type: Array<string | undefined> = [];
  /** Start and end of the `<v>` text, -1 when the cell has no `<v>`. */
  readonly valueStart: number[] = [];
  readonly valueEnd: number[] = [];
  /** Start and end of the inline string's `<t>` text, -1 when the cell has no `<is>`. */
  readonly inlineStart: number[] = [];
  readonly inlineEnd: number[] = [];
  readonly formula: boolean[] = [];
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const EQUALS = 61;
const DQUOTE = 34;
const SQUOTE = 39;
const AMP = 38;

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;

/** Parses the attributes of a tag from `i` (after its name); the index after `>`, negated when it ended in `/>`; NaN: not the fast form. */
function readAttributes(text: string, i: number, end: number, cells: RowCells | null, at: number): number {
  for (;;) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end) return NaN;
    const c = text.charCodeAt(i);
    if (c === GT) return i + 1;
    if (c === SLASH) return text.charCodeAt(i + 1) === GT ? -(i + 2) : NaN;
    const nameStart = i;
    // A one-letter name (a cell's r, s and t) needs no scan, and is no namespace declaration.
    const oneLetter = i + 1 < end && text.charCodeAt(i + 1) === EQUALS && c !== LT && c !== EQUALS;
    if (oneLetter) i++;
    else {
      while (i < end) {
        const n = text.charCodeAt(i);
        if (n === EQUALS || isSpace(n) || n === GT || n === SLASH || n === LT) break;
        i++;
      }
      if (text.charCodeAt(i) !== EQUALS || i === nameStart) return NaN;
    }
    const quote = text.charCodeAt(i + 1);
    if (quote !== DQUOTE && quote !== SQUOTE) return NaN;
    const valueStart = i + 2;
    let valueEnd = valueStart;
    while (valueEnd < end) {
      const v = text.charCodeAt(valueEnd);
      if (v === quote) break;
      if (v === LT || v === AMP) return NaN;
      valueEnd++;
    }
    if (valueEnd >= end) return NaN;
    if (!oneLetter) {
      const nameLength = i - nameStart;
      if (nameLength === 5 && text.startsWith('xmlns', nameStart)) return NaN;
      if (text.charCodeAt(nameStart) === 120 /* x */ && text.startsWith('xmlns:', nameStart)) return NaN;
    } else if (cells !== null) {
      if (c === 114 /* r */) {
        cells.refStart[at] = valueStart;
        cells.refEnd[at] = valueEnd;
      } else if (c === 115 /* s */) {
        cells.styleStart[at] = valueStart;
        cells.styleEnd[at] = valueEnd;
      } else if (c === 116 /* t */) cells.type[at] = text.slice(valueStart, valueEnd);
    }
    i = valueEnd + 1;
    const after = text.charCodeAt(i);
    if (!isSpace(after) && after !== GT && after !== SLASH) return NaN;
  }
}

/** Where the text from `i` ends: the next `<`, which must start `close`; -1 when it does not. */
function textEnd(text: string, i: number, end: number, close: string): number {
  // Cell values are short: a loop beats calls to indexOf and startsWith (this runs per cell).
  let lt = i;
  while (lt < end && text.charCodeAt(lt) !== LT) lt++;
  if (lt + close.length > end) return -1;
  for (let k = 1; k < close.length; k++) if (text.charCodeAt(lt + k) !== close.charCodeAt(k)) return -1;
  return lt;
}

/** `</c>` at `at`. */
const endsCell = (text: string, at: number): boolean => text.charCodeAt(at + 1) === SLASH && text.charCodeAt(at + 2) === 99 && text.charCodeAt(at + 3) === GT;

/** One `<c>` at `i`; the index after it, or NaN. */
function readCell(text: string, i: number, end: number, cells: RowCells): number {
  const at = cells.count;
  cells.refStart[at] = cells.refEnd[at] = cells.styleStart[at] = cells.styleEnd[at] = -1;
  cells.type[at] = undefined;
  cells.valueStart[at] = cells.valueEnd[at] = cells.inlineStart[at] = cells.inlineEnd[at] = -1;
  cells.formula[at] = false;
  let next = readAttributes(text, i + 2, end, cells, at);
  if (next !== next) return NaN;
  cells.count++;
  if (next < 0) return -next;
  for (;;) {
    while (next < end && isSpace(text.charCodeAt(next))) next++;
    if (next + 3 >= end || text.charCodeAt(next) !== LT) return NaN;
    if (endsCell(text, next)) return next + 4;
    const c1 = text.charCodeAt(next + 1);
    const c2 = text.charCodeAt(next + 2);
    let close: number;
    if (c1 === 118 /* v */ && c2 === GT) {
      close = textEnd(text, next + 3, end, '</v>');
      cells.valueStart[at] = next + 3;
      cells.valueEnd[at] = close;
      next = close + 4;
    } else if (c1 === 118 && c2 === SLASH && text.charCodeAt(next + 3) === GT) {
      cells.valueStart[at] = cells.valueEnd[at] = close = next + 4;
      next = close;
    } else if (c1 === 102 /* f */ && (isSpace(c2) || c2 === GT || c2 === SLASH)) {
      cells.formula[at] = true;
      const body = readAttributes(text, next + 2, end, null, at);
      if (body !== body) return NaN;
      close = body < 0 ? -body : textEnd(text, body, end, '</f>');
      next = body < 0 ? close : close + 4;
    } else {
      const head = text.startsWith('<is><t>', next) ? 7 : text.startsWith('<is><t xml:space="preserve">', next) ? 28 : 0;
      if (head === 0) return NaN;
      close = textEnd(text, next + head, end, '</t></is>');
      cells.inlineStart[at] = next + head;
      cells.inlineEnd[at] = close;
      next = close + 9;
    }
    if (close < 0) return NaN;
  }
}

/**
 * Reads the cells of a row's content, `text[from, to)`, into `cells`; false when the row is
 * not in the fast form (then `cells` is to be ignored).
 * @example readRowCells('<c r="A1" t="s"><v>0</v></c>', 0, 29, cells) // true, cells.count === 1
 */
export function readRowCells(text: string, from: number, to: number, cells: RowCells): boolean {
  return readCells(text, from, to, cells) === to;
}

/**
 * Reads cells from `from` up to the first end tag at their level (the row's own, unless the
 * row is damaged), in one pass: the end of the row need not be searched for first. Where that
 * end tag starts, or -1 when the cells are not in the fast form or the text ends before it.
 * @example readCellsToEnd('<c r="A1"><v>1</v></c></row>', 0, cells) // 22, cells.count === 1
 */
export function readCellsToEnd(text: string, from: number, cells: RowCells): number {
  const at = readCells(text, from, text.length, cells);
  return at >= 0 && at < text.length && text.charCodeAt(at + 1) === SLASH ? at : -1;
}

/** Cells from `from`: where they stop (`to`, or a `</` before it), -1 when not in the fast form. */
function readCells(text: string, from: number, to: number, cells: RowCells): number {
  cells.count = 0;
  let i = from;
  for (;;) {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (i >= to) return to;
    if (text.charCodeAt(i) !== LT) return -1;
    const name = text.charCodeAt(i + 1);
    if (name === SLASH) return i;
    if (name !== 99 /* c */) return -1;
    const after = text.charCodeAt(i + 2);
    if (!isSpace(after) && after !== GT && after !== SLASH) return -1;
    i = readCell(text, i, to, cells);
    if (i !== i) return -1;
  }
}
