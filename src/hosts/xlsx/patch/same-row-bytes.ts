/**
 * The read-back check's quick verdict on a row whose bytes changed: do the two rows hold the
 * same once cell styles are set aside? Judged on the bytes, without decoding either row or
 * building its styleless text, for the rows Excel, WPS, LibreOffice and the usual libraries
 * write: an unprefixed `<row …>…</row>` of ASCII, each `<c` tag's attributes `name="value"`
 * one space apart. A mark changes only such tags, so every row of a marked register is judged
 * here; anything else answers false, and the text comparison (strip-cell-styles.ts) judges the
 * row as before. So true means exactly what that comparison would find: the same row number,
 * the same row tag, and the same cells once each cell's `s` and the cells holding nothing but
 * `r` are taken out. (On a 100,000-row register, decoding and stripping the 14,000 changed rows
 * twice was 0.16 s of the check's 0.43.)
 */
import type { RowSpan } from './compare-sheet-bytes';

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const EQUALS = 0x3d;
const SPACE = 0x20;
const COLON = 0x3a;
const BANG = 0x21;
const QUESTION = 0x3f;
const LOWER_C = 0x63;
const LOWER_R = 0x72;
const LOWER_S = 0x73;
const ROW_CLOSE = [LT, SLASH, 0x72, 0x6f, 0x77, GT];

/** Kept byte ranges of one row's cells, as [start, end) pairs; reused, as rows are judged one after another. */
class Kept {
  readonly at: number[] = [];
  count = 0;
  add(start: number, end: number): void {
    if (start >= end) return;
    // Adjacent ranges are one: fewer, longer comparisons.
    if (this.count > 0 && this.at[this.count - 1] === start) {
      this.at[this.count - 1] = end;
      return;
    }
    this.at[this.count++] = start;
    this.at[this.count++] = end;
  }
}

const keptA = new Kept();
const keptB = new Kept();

/**
 * True when the rows `ra` of `a` and `rb` of `b` agree once styles are set aside; false when
 * they differ or are not in the form judged here.
 * @example sameRowBytes(bytes('<row r="2"><c r="A2" s="1"><v>3</v></c></row>'), …, bytes('<row r="2"><c r="A2" s="7"><v>3</v></c></row>'), …) // true
 */
export function sameRowBytes(a: Uint8Array, ra: RowSpan, b: Uint8Array, rb: RowSpan): boolean {
  const tagEndA = rowTagEnd(a, ra);
  const tagEndB = rowTagEnd(b, rb);
  if (tagEndA < 0 || tagEndB < 0 || tagEndA - ra.start !== tagEndB - rb.start) return false;
  if (!equalBytes(a, ra.start, b, rb.start, tagEndA - ra.start)) return false;
  if (!hasRowNumber(a, ra.start, tagEndA)) return false;
  if (!keptCells(a, tagEndA, ra.end - ROW_CLOSE.length, keptA)) return false;
  if (!keptCells(b, tagEndB, rb.end - ROW_CLOSE.length, keptB)) return false;
  // A row left with nothing but white space is one a mark may have inserted: the text check decides.
  if (blank(a, keptA)) return false;
  return sameKept(a, keptA, b, keptB);
}

/** After the row's start tag; -1 unless it is `<row …>` (not self-closing), ASCII, ending in `</row>`. */
function rowTagEnd(bytes: Uint8Array, row: RowSpan): number {
  const closeAt = row.end - ROW_CLOSE.length;
  if (closeAt <= row.start) return -1;
  for (let k = 0; k < ROW_CLOSE.length; k++) if (bytes[closeAt + k] !== ROW_CLOSE[k]) return -1;
  if (bytes[row.start] !== LT || bytes[row.start + 1] !== 0x72 || bytes[row.start + 2] !== 0x6f || bytes[row.start + 3] !== 0x77) return -1;
  if (bytes[row.start + 4] !== SPACE) return -1;
  for (let k = row.start + 4; k < closeAt; k++) {
    const c = bytes[k];
    if (c >= 0x80 || c === LT) return -1;
    if (c === QUOTE) {
      const close = bytes.indexOf(QUOTE, k + 1);
      if (close < 0 || close >= closeAt) return -1;
      for (let v = k + 1; v < close; v++) if (bytes[v] >= 0x80 || bytes[v] === LT || bytes[v] === GT) return -1;
      k = close;
    } else if (c === 0x27) return -1;
    else if (c === GT) return bytes[k - 1] === SLASH ? -1 : k + 1;
  }
  return -1;
}

/** ` r="` among the row tag's attributes (the text check wants a row number to compare rows by). */
function hasRowNumber(bytes: Uint8Array, start: number, end: number): boolean {
  for (let k = start + 4; k + 3 < end; k++) {
    if (bytes[k] === SPACE && bytes[k + 1] === LOWER_R && bytes[k + 2] === EQUALS && bytes[k + 3] === QUOTE) return true;
    if (bytes[k] === QUOTE) {
      k = bytes.indexOf(QUOTE, k + 1);
      if (k < 0) return false;
    }
  }
  return false;
}

function isNameByte(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2e || c === 0x2d || c === COLON;
}

/**
 * The kept ranges of the row content `[from, to)` into `kept`; false when the content is not
 * in the judged form (a byte outside ASCII, a comment, a prefixed or irregular cell tag).
 */
function keptCells(bytes: Uint8Array, from: number, to: number, kept: Kept): boolean {
  kept.count = 0;
  let copied = from;
  for (let k = from; k < to; k++) {
    const c = bytes[k];
    if (c >= 0x80) return false;
    if (c !== LT) continue;
    const first = bytes[k + 1];
    if (first === BANG || first === QUESTION) return false;
    let end = k + 1;
    while (end < to && isNameByte(bytes[end])) end++;
    for (let n = k + 1; n < end; n++) if (bytes[n] === COLON) return false;
    // Only `<c ` starts a tag the text check changes: `<c>`, `<v>`, `</c>`, `<is>` … are kept.
    if (end !== k + 2 || first !== LOWER_C) continue;
    if (bytes[end] === GT || bytes[end] === SLASH) continue;
    const cut = cellTag(bytes, k, to);
    if (cut === null) return false;
    kept.add(copied, cut.keepTo);
    copied = cut.resumeAt;
    k = cut.tagEnd - 1;
  }
  kept.add(copied, to);
  return true;
}

/** What of one `<c …>` tag the text check keeps: up to `keepTo`, then again from `resumeAt`. */
interface Cut {
  readonly keepTo: number;
  readonly resumeAt: number;
  /** Just after the tag's `>`. */
  readonly tagEnd: number;
}

// One reused answer: cellTag runs for every cell of a changed row.
const cutAnswer = { keepTo: 0, resumeAt: 0, tagEnd: 0 };

/**
 * Parses `<c name="value" …>` or `…/>` at `lt` strictly (one space before each attribute, ASCII
 * values without quotes, spaces, `=`, `<` or `>`); null when it is not in that form, or when its
 * `s` comes first or twice (the text check's pattern treats those otherwise).
 */
function cellTag(bytes: Uint8Array, lt: number, to: number): Cut | null {
  let k = lt + 2;
  let styleStart = -1;
  let styleEnd = -1;
  let attributes = 0;
  let onlyR = true;
  for (;;) {
    const c = bytes[k];
    if (c === GT || (c === SLASH && bytes[k + 1] === GT)) break;
    if (c !== SPACE) return null;
    const nameStart = k + 1;
    let nameEnd = nameStart;
    while (nameEnd < to && isNameByte(bytes[nameEnd])) nameEnd++;
    if (nameEnd === nameStart || bytes[nameEnd] !== EQUALS || bytes[nameEnd + 1] !== QUOTE) return null;
    let valueEnd = nameEnd + 2;
    for (; valueEnd < to; valueEnd++) {
      const v = bytes[valueEnd];
      if (v === QUOTE) break;
      if (v === SPACE || v === EQUALS || v === LT || v === GT || v === 0x27 || v < SPACE || v >= 0x80) return null;
    }
    if (valueEnd >= to) return null;
    const isStyle = nameEnd === nameStart + 1 && bytes[nameStart] === LOWER_S;
    if (isStyle) {
      if (attributes === 0 || styleStart >= 0) return null;
      styleStart = k;
      styleEnd = valueEnd + 1;
    } else if (!(attributes === 0 && nameEnd === nameStart + 1 && bytes[nameStart] === LOWER_R)) onlyR = false;
    attributes++;
    k = valueEnd + 1;
  }
  const selfClosing = bytes[k] === SLASH;
  const tagEnd = selfClosing ? k + 2 : k + 1;
  cutAnswer.tagEnd = tagEnd;
  if (selfClosing && onlyR && attributes - (styleStart >= 0 ? 1 : 0) === 1) {
    // Nothing but `r` once its style is gone: the text check drops the whole cell.
    cutAnswer.keepTo = lt;
    cutAnswer.resumeAt = tagEnd;
  } else if (styleStart >= 0) {
    cutAnswer.keepTo = styleStart;
    cutAnswer.resumeAt = styleEnd;
  } else {
    cutAnswer.keepTo = cutAnswer.resumeAt = tagEnd;
  }
  return cutAnswer;
}

function blank(bytes: Uint8Array, kept: Kept): boolean {
  for (let r = 0; r < kept.count; r += 2) {
    for (let k = kept.at[r]; k < kept.at[r + 1]; k++) {
      const c = bytes[k];
      if (c !== SPACE && c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
    }
  }
  return true;
}

/** The kept bytes of both rows, read as one run each, are equal. */
function sameKept(a: Uint8Array, ka: Kept, b: Uint8Array, kb: Kept): boolean {
  let ra = 0;
  let rb = 0;
  let i = ka.count > 0 ? ka.at[0] : 0;
  let j = kb.count > 0 ? kb.at[0] : 0;
  while (ra < ka.count && rb < kb.count) {
    const n = Math.min(ka.at[ra + 1] - i, kb.at[rb + 1] - j);
    if (!equalBytes(a, i, b, j, n)) return false;
    i += n;
    j += n;
    if (i === ka.at[ra + 1]) {
      ra += 2;
      if (ra < ka.count) i = ka.at[ra];
    }
    if (j === kb.at[rb + 1]) {
      rb += 2;
      if (rb < kb.count) j = kb.at[rb];
    }
  }
  return ra >= ka.count && rb >= kb.count;
}

function equalBytes(a: Uint8Array, i: number, b: Uint8Array, j: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (a[i + k] !== b[j + k]) return false;
  return true;
}
