/**
 * The start tag the tokenizer is on, as positions into its text: attribute names are compared
 * in place and a value is cut out and decoded only when asked for, so the `r`, `s` and `t` of a
 * cell cost three short string compares and no object per element.
 */
import { MAX_COL } from './cell-ref';
import type { XmlAttributes } from './xml-reader';
import { decodeAttribute } from './xml-chars';

/**
 * The 0-based column of a cell reference's letters in `text[from, to)`, read in place as
 * {@link columnOf} reads a string; -1 when it names no column.
 * @example columnIn('<c r="AB12">', 6, 10) // 27
 */
export function columnIn(text: string, from: number, to: number): number {
  const stop = Math.min(to, from + 4);
  let col = 0;
  let at = from;
  for (; at < stop; at++) {
    const c = text.charCodeAt(at) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return at === from || col - 1 > MAX_COL ? -1 : col - 1;
}

/**
 * A non-negative integer written in `text[from, to)` (`s="12"`), -1 when it is not one. Plain
 * digits are read in place; anything else goes through `Number` as written.
 * @example countIn('s="12"', 3, 5) // 12
 */
export function countIn(text: string, from: number, to: number): number {
  if (to > from && to - from <= 15) {
    let n = 0;
    let at = from;
    for (; at < to; at++) {
      const d = text.charCodeAt(at) - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (at === to) return n;
  }
  const value = decodeAttribute(text.slice(from, to));
  const n = value === '' ? NaN : Number(value);
  return Number.isInteger(n) && n >= 0 ? n : -1;
}

export class StartTag {
  /** The qualified name as written (`x:c`). */
  qname = '';
  private text = '';
  /** Four numbers per attribute: name start, name end, value start, value end. */
  private readonly spans: number[] = [];
  private count = 0;

  /** Starts a new tag over `text` (called by the tokenizer). */
  reset(text: string, qname: string): void {
    this.text = text;
    this.qname = qname;
    this.count = 0;
  }

  /** Records one attribute (called by the tokenizer). */
  add(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void {
    const at = this.count * 4;
    this.spans[at] = nameStart;
    this.spans[at + 1] = nameEnd;
    this.spans[at + 2] = valueStart;
    this.spans[at + 3] = valueEnd;
    this.count++;
  }

  get size(): number {
    return this.count;
  }

  /** The index of the attribute with this exact name (prefix included), -1 when absent. */
  indexOf(name: string): number {
    const { spans, text } = this;
    for (let i = 0; i < this.count; i++) {
      const at = i * 4;
      if (spans[at + 1] - spans[at] === name.length && text.startsWith(name, spans[at])) return i;
    }
    return -1;
  }

  /**
   * The decoded value of the attribute with this exact name (prefix included), if present.
   * @example tag.attr('r') // 'B12'
   */
  attr(name: string): string | undefined {
    const i = this.indexOf(name);
    return i < 0 ? undefined : this.valueAt(i);
  }

  /**
   * A non-negative integer attribute (`s="12"`), -1 when absent or not one. Plain digits are
   * read in place; anything else goes through `Number` as written.
   * @example tag.countOf('s') // 12
   */
  countOf(name: string): number {
    const i = this.indexOf(name);
    return i < 0 ? -1 : countIn(this.text, this.spans[i * 4 + 2], this.spans[i * 4 + 3]);
  }

  /**
   * The 0-based column of a cell reference held by attribute `i` (`r="AB12"` → 27), read in
   * place as {@link columnOf} reads it; -1 when it names no column.
   */
  columnAt(i: number): number {
    return columnIn(this.text, this.spans[i * 4 + 2], this.spans[i * 4 + 3]);
  }

  /** The name of attribute `i` (0-based, in document order). */
  nameAt(i: number): string {
    return this.text.slice(this.spans[i * 4], this.spans[i * 4 + 1]);
  }

  /** The decoded value of attribute `i`. */
  valueAt(i: number): string {
    return decodeAttribute(this.text.slice(this.spans[i * 4 + 2], this.spans[i * 4 + 3]));
  }

  /** Every attribute as a record (for the rare elements that need more than one or two). */
  attributes(): XmlAttributes {
    const out: Record<string, string> = {};
    for (let i = 0; i < this.count; i++) out[this.nameAt(i)] = this.valueAt(i);
    return out;
  }
}
