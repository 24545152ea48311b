/**
 * The fast form of the read-back check of a changed sheet: the original and patched bytes are
 * compared byte by byte, and only where they differ are the two rows around the difference
 * decoded and compared as the text check does (without `s` attributes and style-only cells and
 * rows). Identical stretches — most of a marked sheet — are never decoded or cut into rows.
 * Anything it does not expect (a difference outside a row, a row without `r`, comments or CDATA
 * among the rows) answers 'unsure', and the caller runs the full text comparison instead, so
 * this path never passes what that one would refuse.
 */
import { SheetPieces } from './sheet-pieces';
import { decodePart, encodePart } from './part-text';
import { readAttr, readPrefix } from './xml-text';
import { sameRowBytes } from './same-row-bytes';

/** Bytes decoded at a time to find the head (the text up to the end of `<sheetData …>`). */
const HEAD_SLICE = 64 * 1024;

/** How two rows the bytes disagree on compare once styles are set aside. */
export interface RowVerdict {
  readonly row: number;
  /** Null for a row holding nothing but styles (one a mark inserted). */
  readonly cells: string | null;
  readonly tag: string;
}

/** What the byte comparison found. */
export type ByteComparison =
  | { readonly kind: 'same' }
  | { readonly kind: 'headChanged' }
  | { readonly kind: 'rowChanged'; readonly before: string | null; readonly after: string | null; readonly row: number }
  | { readonly kind: 'unsure' };

/**
 * Compares two inflated worksheet parts; `normalise` is the text check's row normaliser.
 * @example compareSheetBytes(oldBytes, newBytes, normaliseRow).kind // 'same'
 */
export function compareSheetBytes(a: Uint8Array, b: Uint8Array, normalise: (text: string) => RowVerdict): ByteComparison {
  const headA = readHead(wholeSource(a));
  const headB = readHead(wholeSource(b));
  if (!headA || !headB) return { kind: 'unsure' };
  if (headA.before !== headB.before) return { kind: 'headChanged' };
  if (headA.qname !== headB.qname) return { kind: 'unsure' };
  const close = encodePart(`</${headA.qname}>`);
  const endA = lastIndexOfBytes(a, close, a.length);
  const endB = lastIndexOfBytes(b, close, b.length);
  if (endA < headA.end || endB < headB.end) return { kind: 'unsure' };
  const rowName = encodePart(`<${readPrefix(headA.qname)}row`);
  const rowClose = encodePart(`</${readPrefix(headA.qname)}row>`);
  let i = headA.end;
  let j = headB.end;
  // Both sides are at the start of a child of <sheetData> (or white space before one) here.
  let syncA = i;
  let syncB = j;
  for (;;) {
    const n = equalRun(a, i, endA, b, j, endB);
    i += n;
    j += n;
    if (i === endA && j === endB) return { kind: 'same' };
    // The bytes since the last sync agree, so both sides find the same row around the difference.
    const rowA = rowAt(a, syncA, i, endA, rowName, rowClose, true);
    const rowB = rowAt(b, syncB, j, endB, rowName, rowClose, true);
    if (rowA === 'short' || rowB === 'short') return { kind: 'unsure' };
    const next = judgeRows(a, rowA, i, b, rowB, j, normalise);
    if ('kind' in next) return next;
    ({ i, j } = next);
    syncA = i;
    syncB = j;
  }
}

/** Where both sides go on once two rows agree, or the verdict. */
export type RowStep = { readonly i: number; readonly j: number } | ByteComparison;

/**
 * Judges the rows `rowAt` found around a difference at `i` in `a` and `j` in `b` as the text
 * check would: both are passed, or a style-only row on one side is passed alone, or they differ.
 */
export function judgeRows(
  a: Uint8Array,
  rowA: RowSpan | null | undefined,
  i: number,
  b: Uint8Array,
  rowB: RowSpan | null | undefined,
  j: number,
  normalise: (text: string) => RowVerdict,
): RowStep {
  if (rowA === undefined || rowB === undefined) return { kind: 'unsure' };
  if (rowA !== null && rowB !== null && sameRowBytes(a, rowA, b, rowB)) return { i: rowA.end, j: rowB.end };
  const textA = rowA === null ? null : decodePart('row', a.subarray(rowA.start, rowA.end));
  const textB = rowB === null ? null : decodePart('row', b.subarray(rowB.start, rowB.end));
  if ((textA !== null && !plainRow(textA)) || (textB !== null && !plainRow(textB))) return { kind: 'unsure' };
  const normA = textA === null ? null : normalise(textA);
  const normB = textB === null ? null : normalise(textB);
  if (rowA && normA?.cells === null) return { i: rowA.end, j: rowB?.start ?? j };
  if (rowB && normB?.cells === null) return { i: rowA?.start ?? i, j: rowB.end };
  if (!rowA || !rowB || !normA || !normB || normA.row !== normB.row || normA.tag !== normB.tag || normA.cells !== normB.cells) {
    return { kind: 'rowChanged', before: textA, after: textB, row: normB?.row ?? normA?.row ?? 0 };
  }
  return { i: rowA.end, j: rowB.end };
}

export interface Head {
  /** The text before the `<sheetData` start tag. */
  readonly before: string;
  readonly qname: string;
  /** The byte just after the `<sheetData …>` start tag. */
  readonly end: number;
}

/**
 * A part's bytes from its start, as far as they are read: `more` reads on (false at the end).
 * What `bytes` gave before a `more` may be gone after it, even a `more` that read nothing.
 */
export interface GrowingBytes {
  bytes(): Uint8Array;
  more(): boolean;
}

function wholeSource(bytes: Uint8Array): GrowingBytes {
  return { bytes: () => bytes, more: () => false };
}

/**
 * The head as the text check cuts it; null for a part without rows to compare (left to it). It
 * is decoded in the same slices however the part arrives, so a whole part and a streamed one
 * give the same head.
 */
export function readHead(source: GrowingBytes): Head | null {
  let at = 0;
  const pieces = new SheetPieces(() => {
    let bytes = source.bytes();
    // Enough for a slice and the rest of a character cut at its end (more only at the part's end).
    for (let going = true; going && bytes.length < at + HEAD_SLICE + 4; bytes = source.bytes()) going = source.more();
    if (at >= bytes.length) return null;
    // A piece may end inside a character: the decoder is fed whole characters only.
    let end = Math.min(at + HEAD_SLICE, bytes.length);
    for (;;) {
      while (end < bytes.length && (bytes[end] & 0xc0) === 0x80) end++;
      if (end < bytes.length) break;
      const going = source.more();
      bytes = source.bytes();
      if (!going) break;
    }
    const text = decodePart('head', bytes.subarray(at, end));
    at = end;
    return text;
  });
  const head = pieces.next();
  if (!head || head.kind !== 'head' || head.selfClosing) return null;
  return { before: head.text.slice(0, head.tagStart), qname: head.qname, end: encodePart(head.text).length };
}

/** A row with its number and no comment, CDATA or processing instruction in it. */
function plainRow(text: string): boolean {
  return !text.includes('<!') && !text.includes('<?') && readAttr(text.slice(0, text.indexOf('>') + 1), 'r') !== null;
}

/** How many bytes from `i` in `a` and `j` in `b` are equal (within both ends). */
export function equalRun(a: Uint8Array, i: number, endA: number, b: Uint8Array, j: number, endB: number): number {
  const n = Math.min(endA - i, endB - j);
  const x = new DataView(a.buffer, a.byteOffset, a.byteLength);
  const y = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let k = 0;
  // Eight bytes a step while they agree; the last few and the first difference byte by byte.
  while (k + 8 <= n && x.getUint32(i + k) === y.getUint32(j + k) && x.getUint32(i + k + 4) === y.getUint32(j + k + 4)) k += 8;
  while (k < n && a[i + k] === b[j + k]) k++;
  return k;
}

export function startsRow(bytes: Uint8Array, at: number, rowName: Uint8Array): boolean {
  for (let k = 0; k < rowName.length; k++) if (bytes[at + k] !== rowName[k]) return false;
  const next = bytes[at + rowName.length];
  return isSpace(next) || next === 0x2f || next === 0x3e;
}

/** The last row start tag at or before `at`, not before `from`; -1 when there is none. */
export function rowStartAtOrBefore(bytes: Uint8Array, at: number, from: number, rowName: Uint8Array): number {
  for (let k = bytes.lastIndexOf(0x3c, at); k >= from; k = k === 0 ? -1 : bytes.lastIndexOf(0x3c, k - 1)) {
    if (startsRow(bytes, k, rowName)) return k;
  }
  return -1;
}

/** Bytes of a row: [start, end). */
export interface RowSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * The row the difference at `diff` lies in (or, when it lies in white space after a row, the row
 * that follows it); null when only white space is left before `end`; undefined when the
 * difference lies anywhere else. `from` is where both sides last agreed on a row boundary.
 * Unless `final` (`end` is where the rows end), `end` is only as far as the bytes are known to
 * be rows: an answer that would depend on bytes from `end` on is 'short' (read on and ask again).
 */
export function rowAt(bytes: Uint8Array, from: number, diff: number, end: number, name: Uint8Array, close: Uint8Array, final: boolean): RowSpan | null | undefined | 'short' {
  const start = rowStartAtOrBefore(bytes, diff, from, name);
  let after = from;
  if (start >= 0) {
    const rowEnd = elementEnd(bytes, start, end, close);
    if (rowEnd < 0) return final ? undefined : 'short';
    if (rowEnd > diff || start === diff) return { start, end: rowEnd };
    after = rowEnd;
  }
  // White space between rows is passed over, as the text check passes over it.
  for (let k = after; k < diff; k++) if (!isSpace(bytes[k])) return undefined;
  let next = diff;
  while (next < end && isSpace(bytes[next])) next++;
  if (next === end) return final ? null : 'short';
  if (!startsRow(bytes, next, name)) return undefined;
  const nextEnd = elementEnd(bytes, next, end, close);
  if (nextEnd < 0) return final ? undefined : 'short';
  return { start: next, end: nextEnd };
}

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

/** The end of the row starting at `start` (as markupEnd finds it); -1 when it is not whole before `end`. */
function elementEnd(bytes: Uint8Array, start: number, end: number, close: Uint8Array): number {
  let k = start + 1;
  while (k < end && bytes[k] !== 0x3e) {
    const c = bytes[k];
    // A quoted attribute value may hold '>'.
    k = c === 0x22 || c === 0x27 ? bytes.indexOf(c, k + 1) + 1 : k + 1;
    if (k === 0) return -1;
  }
  if (k >= end) return -1;
  if (bytes[k - 1] === 0x2f) return k + 1;
  const at = indexOfBytes(bytes, close, k + 1, end);
  return at < 0 ? -1 : at + close.length;
}

/**
 * Where `pattern` (at least two bytes) first occurs in `bytes[from, end)`; -1 when it does not.
 * It is searched by its byte at `pivot`, best a byte rare in the bytes searched.
 */
export function indexOfBytes(bytes: Uint8Array, pattern: Uint8Array, from: number, end: number, pivot = pattern.length - 2): number {
  // By default the next-to-last byte: the `w` of `</row>` is rare in cells, the `<` is in every tag.
  for (let k = bytes.indexOf(pattern[pivot], from + pivot); k >= 0 && k - pivot + pattern.length <= end; k = bytes.indexOf(pattern[pivot], k + 1)) {
    const at = k - pivot;
    let m = 0;
    while (m < pattern.length && bytes[at + m] === pattern[m]) m++;
    if (m === pattern.length) return at;
  }
  return -1;
}

function lastIndexOfBytes(bytes: Uint8Array, pattern: Uint8Array, before: number): number {
  if (before < pattern.length) return -1;
  for (let k = bytes.lastIndexOf(pattern[0], before - pattern.length); k >= 0; k = k === 0 ? -1 : bytes.lastIndexOf(pattern[0], k - 1)) {
    let m = 1;
    while (m < pattern.length && bytes[k + m] === pattern[m]) m++;
    if (m === pattern.length) return k;
  }
  return -1;
}
