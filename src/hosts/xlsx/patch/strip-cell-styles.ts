/**
 * A row's cells as the read-back check compares them: each cell's `s` attribute taken out, then
 * the cells left with nothing but `r` (what a mark inserts) taken out. It gives exactly what the
 * two regular expressions below gave (kept as the test's oracle), scanning with indexOf instead:
 * they ran over every row a mark changed, twice per row (before and after), and were a fifth of
 * the check's time.
 *
 *   /(<(?:[A-Za-z_][\w.-]*:)?c\s[^>]*?)\s+s\s*=\s*(?:"[^"]*"|'[^']*')/g → '$1'
 *   /<(?:[A-Za-z_][\w.-]*:)?c\s+r\s*=\s*(?:"[^"]*"|'[^']*')\s*\/>/g → ''
 */
import { isTrimmedSpace } from '../../../core/text/cell-text';

const GT = 62;
const COLON = 58;
const EQUALS = 61;
const SLASH = 47;
const DQUOTE = 34;
const SQUOTE = 39;

/**
 * @example stripCellStyles('<c r="A1" s="3"><v>1</v></c><c r="B1" s="9"/>') // '<c r="A1"><v>1</v></c>'
 */
export function stripCellStyles(text: string): string {
  return removeBareCells(removeStyles(text));
}

/** `[A-Za-z_]` of the patterns' prefix (narrower than an XML name: see read/xml-markup.ts). */
function isPrefixStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** `[\w.-]`. */
function isPrefixChar(code: number): boolean {
  return isPrefixStart(code) || (code >= 48 && code <= 57) || code === 45 || code === 46;
}

/** After `<c` or `<prefix:c` at `lt`, or -1: the `(?:[A-Za-z_][\w.-]*:)?c` of both patterns. */
function afterCellName(text: string, lt: number): number {
  let at = lt + 1;
  if (isPrefixStart(text.charCodeAt(at))) {
    let k = at + 1;
    while (isPrefixChar(text.charCodeAt(k))) k++;
    if (text.charCodeAt(k) === COLON) at = k + 1;
  }
  return text.charCodeAt(at) === 99 /* c */ ? at + 1 : -1;
}

function skipSpace(text: string, at: number): number {
  while (isTrimmedSpace(text.charCodeAt(at))) at++;
  return at;
}

/** After `\s*=\s*("…"|'…')` from `at`, or -1. */
function afterValue(text: string, at: number): number {
  at = skipSpace(text, at);
  if (text.charCodeAt(at) !== EQUALS) return -1;
  at = skipSpace(text, at + 1);
  const quote = text.charCodeAt(at);
  if (quote !== DQUOTE && quote !== SQUOTE) return -1;
  const close = text.indexOf(quote === DQUOTE ? '"' : "'", at + 1);
  return close < 0 ? -1 : close + 1;
}

/** The first `\s+s\s*=\s*value` in [from, the first `>`], as [its start, its end], or null. */
function styleAttribute(text: string, from: number): [number, number] | null {
  const gt = text.indexOf('>', from);
  const limit = gt < 0 ? text.length : gt;
  // Found by its `s`: the white space before it, from `from` on, is where the match starts.
  for (let k = text.indexOf('s', from + 1); k >= 0 && k < limit; k = text.indexOf('s', k + 1)) {
    if (!isTrimmedSpace(text.charCodeAt(k - 1))) continue;
    const end = afterValue(text, k + 1);
    if (end < 0) continue;
    let start = k - 1;
    while (start > from && isTrimmedSpace(text.charCodeAt(start - 1))) start--;
    return [start, end];
  }
  return null;
}

function removeStyles(text: string): string {
  let out = '';
  let copied = 0;
  for (let lt = text.indexOf('<'); lt >= 0; ) {
    const name = afterCellName(text, lt);
    const found = name >= 0 && isTrimmedSpace(text.charCodeAt(name)) ? styleAttribute(text, name + 1) : null;
    if (!found) {
      lt = text.indexOf('<', lt + 1);
      continue;
    }
    out += text.slice(copied, found[0]);
    copied = found[1];
    lt = text.indexOf('<', copied);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** The end of `\s+r\s*=\s*value\s*\/>` from `at`, or -1. */
function bareCellEnd(text: string, at: number): number {
  if (!isTrimmedSpace(text.charCodeAt(at))) return -1;
  const r = skipSpace(text, at);
  if (text.charCodeAt(r) !== 114 /* r */) return -1;
  const value = afterValue(text, r + 1);
  if (value < 0) return -1;
  const close = skipSpace(text, value);
  return text.charCodeAt(close) === SLASH && text.charCodeAt(close + 1) === GT ? close + 2 : -1;
}

function removeBareCells(text: string): string {
  let out = '';
  let copied = 0;
  for (let lt = text.indexOf('<'); lt >= 0; ) {
    const name = afterCellName(text, lt);
    const end = name >= 0 ? bareCellEnd(text, name) : -1;
    if (end < 0) {
      lt = text.indexOf('<', lt + 1);
      continue;
    }
    out += text.slice(copied, lt);
    copied = end;
    lt = text.indexOf('<', copied);
  }
  return copied === 0 ? text : out + text.slice(copied);
}
