/**
 * A worksheet part read as UTF-8 bytes, for the streaming patch: the markup of `<sheetData>` is
 * ASCII (`<`, `>`, quotes, `row`, `r="12"`), and UTF-8 never puts those byte values inside a
 * multi-byte character, so rows can be found and numbered without decoding them. Only the rows
 * the patch rewrites, and the text around the rows, are decoded; every other byte is copied as
 * it came, which spares decoding and re-encoding tens of megabytes of text per sheet.
 */
import { concatBytes, type PullBytes } from '../zip/codec';
import { parseIndex } from './cell-ref';
import { PartTextError } from './part-text';
import { readAttr } from './xml-text';

export const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const COLON = 0x3a;
const EQUALS = 0x3d;

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
const CDATA_OPEN = ascii('<![CDATA[');
const CDATA_CLOSE = ascii(']]>');
const COMMENT_CLOSE = ascii('-->');
const PI_CLOSE = ascii('?>');
const EMPTY_CLOSE = ascii('</>');
const EMPTY = new Uint8Array(0);

/**
 * The bytes of a part as they stream in: `buf` holds what is still needed (the start of a row
 * cut by a piece boundary) and what follows it.
 */
export class ByteWindow {
  buf: Uint8Array = EMPTY;
  ended = false;
  /** What is left of the piece pulled last, not yet in `buf`. */
  private queued: Uint8Array = EMPTY;

  constructor(private next: PullBytes) {}

  /**
   * Drops the bytes before `from` and brings in more; false at the end of the part. Offsets
   * into `buf` taken before the call move down by `from`. With `complete` (the end of the first
   * whole unit in some bytes, or -1), bytes kept from before are joined only with as many new
   * ones as complete that unit, and the rest of the piece follows uncopied: a row cut by a piece
   * boundary costs a copy of the row, not of the piece.
   */
  more(from: number, complete?: (b: Uint8Array) => number): boolean {
    let kept = this.buf.subarray(from);
    if (this.queued.length === 0) {
      // The pull may write the next piece over the one `kept` lies in (see PullBytes).
      if (kept.length > 0) kept = kept.slice();
      const piece = this.pull();
      if (piece === null) {
        this.buf = kept;
        return false;
      }
      this.queued = piece;
    }
    if (kept.length === 0) {
      this.buf = this.queued;
      this.queued = EMPTY;
      return true;
    }
    if (complete) {
      for (let n = Math.min(this.queued.length, 4096); ; n = Math.min(this.queued.length, n * 4)) {
        const joined = join(kept, this.queued.subarray(0, n));
        const end = complete(joined);
        if (end > kept.length || n === this.queued.length) {
          const take = end > kept.length ? end - kept.length : n;
          this.buf = take === n ? joined : joined.subarray(0, end);
          this.queued = this.queued.subarray(take);
          return true;
        }
      }
    }
    this.buf = join(kept, this.queued);
    this.queued = EMPTY;
    return true;
  }

  /** Everything from `from` to the end of the part, as a copy of its own. */
  rest(from: number): Uint8Array {
    // Copies: each pull may overwrite the piece before it.
    const pieces: Uint8Array[] = [this.buf.slice(from), this.queued.slice()];
    this.queued = EMPTY;
    for (let piece = this.pull(); piece !== null; piece = this.pull()) pieces.push(piece.slice());
    const filled = pieces.filter((p) => p.length > 0);
    return filled.length === 0 ? EMPTY : concatBytes(filled);
  }

  /** The next non-empty piece, or null at the end (the source is let go then). */
  private pull(): Uint8Array | null {
    while (!this.ended) {
      const piece = this.next();
      if (piece === null) {
        this.ended = true;
        // The source may hold the whole inflated part (tens of MB): it goes with the last piece.
        this.next = () => null;
      } else if (piece.length > 0) return piece;
    }
    return null;
  }
}

function join(a: Uint8Array, b: Uint8Array): Uint8Array {
  return concatBytes([a, b]);
}

/**
 * A decoder that refuses what cannot be patched in place (UTF-16, broken UTF-8), as
 * `decodePart` does, and keeps a byte-order mark as a character.
 */
export function strictDecoder(path: string): (bytes: Uint8Array, stream?: boolean) => string {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  return (bytes, stream = false) => {
    try {
      return decoder.decode(bytes, { stream });
    } catch {
      throw new PartTextError(path, `部件 ${path} 含有无效的 UTF-8 字节，无法在原文件上修改；请在 Excel 中另存一次后再试`);
    }
  };
}

/** Throws when a part starts with a UTF-16 byte-order mark. */
export function refuseUtf16(path: string, bytes: Uint8Array): void {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new PartTextError(path, `部件 ${path} 是 UTF-16 编码，无法在原文件上修改；请在 Excel 中另存一次后再试`);
  }
}

/**
 * Where `seq` next occurs in `b` from `from`, or -1.
 * @example indexOfBytes(ascii('a-->b'), ascii('-->'), 0) // 1
 */
export function indexOfBytes(b: Uint8Array, seq: Uint8Array, from: number): number {
  const first = seq[0];
  const last = b.length - seq.length;
  for (let i = b.indexOf(first, from); i >= 0 && i <= last; i = b.indexOf(first, i + 1)) {
    let k = 1;
    while (k < seq.length && b[i + k] === seq[k]) k++;
    if (k === seq.length) return i;
  }
  return -1;
}

/** The end of the start tag at `i` (a `<`), skipping `>` in quoted values; -1 when cut off. */
function tagEnd(b: Uint8Array, i: number): number {
  const n = b.length;
  for (let j = i + 1; j < n; j++) {
    const c = b[j];
    if (c === GT) return j + 1;
    if (c === QUOTE || c === APOSTROPHE) {
      const close = b.indexOf(c, j + 1);
      if (close < 0) return -1;
      j = close;
    }
  }
  return -1;
}

/** The end of the element name that starts after the `<` at `i`. */
function nameEnd(b: Uint8Array, i: number): number {
  const n = b.length;
  let j = i + 1;
  while (j < n) {
    const c = b[j];
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === SLASH || c === GT) break;
    j++;
  }
  return j;
}

/** One child of `<sheetData>` found in the bytes. */
export interface ByteChild {
  readonly end: number;
  /** The end of its start tag; -1 for a comment, CDATA or processing instruction. */
  readonly tagEnd: number;
  readonly isRow: boolean;
}

/**
 * The markup starting at the `<` at `i` (not an end tag) — the same bounds as `markupEnd` gives
 * on the decoded text — or null when the bytes stop before its end.
 */
export function childAt(b: Uint8Array, i: number): ByteChild | null {
  if (i + 1 >= b.length) return null;
  const next = b[i + 1];
  if (next === BANG) {
    if (b.length < i + 9) return null;
    const cdata = CDATA_OPEN.every((c, k) => b[i + k] === c);
    const close = indexOfBytes(b, cdata ? CDATA_CLOSE : COMMENT_CLOSE, i + 2);
    return close < 0 ? null : { end: close + 3, tagEnd: -1, isRow: false };
  }
  if (next === QUESTION) {
    const close = indexOfBytes(b, PI_CLOSE, i + 2);
    return close < 0 ? null : { end: close + 2, tagEnd: -1, isRow: false };
  }
  const end = tagEnd(b, i);
  if (end < 0) return null;
  const name = nameEnd(b, i);
  const isRow = localNameIsRow(b, i + 1, name);
  if (b[end - 2] === SLASH) return { end, tagEnd: end, isRow };
  const close = closeTag(b, i + 1, name, end);
  return close < 0 ? null : { end: close + (name - i - 1) + 3, tagEnd: end, isRow };
}

/** Where `</name>` (the name being b[from, to)) next starts at or after `at`, or -1. */
function closeTag(b: Uint8Array, from: number, to: number, at: number): number {
  const length = to - from;
  if (length === 0) return indexOfBytes(b, EMPTY_CLOSE, at);
  const last = b[to - 1];
  // Found by the name's last byte and the `>` after it: `w>` is rare inside a row (cell tags,
  // numbers, escaped text), so a native search visits few places, not every `<` of every cell.
  for (let k = b.indexOf(last, at + length + 1); k >= 0 && k + 1 < b.length; k = b.indexOf(last, k + 1)) {
    if (b[k + 1] !== GT) continue;
    const j = k - length - 1;
    if (b[j] !== LT || b[j + 1] !== SLASH) continue;
    let n = 0;
    while (n < length && b[j + 2 + n] === b[from + n]) n++;
    if (n === length) return j;
  }
  return -1;
}

/** Whether the qualified name b[from, to) has the local name `row` (no byte of UTF-8 is ':' but ':'). */
function localNameIsRow(b: Uint8Array, from: number, to: number): boolean {
  let start = from;
  for (let j = from; j < to; j++) {
    if (b[j] === COLON) {
      start = j + 1;
      break;
    }
  }
  return to - start === 3 && b[start] === 0x72 && b[start + 1] === 0x6f && b[start + 2] === 0x77;
}

/**
 * The `r` of a row's start tag b[from, to) as `parseIndex(readAttr(tag, 'r'))` reads it from the
 * decoded tag; an ASCII tag is read on its bytes, any other is decoded first.
 */
export function rowNumberOf(b: Uint8Array, from: number, to: number, decode: (bytes: Uint8Array) => string): number | null {
  for (let j = from; j < to; j++) if (b[j] >= 0x80) return parseIndex(readAttr(decode(b.subarray(from, to)), 'r'));
  // The first place where `\sr\s*=\s*` and a closed quoted value follow, as the pattern finds it.
  for (let j = from; j < to - 1; j++) {
    if (!isSpace(b[j]) || b[j + 1] !== 0x72) continue;
    let k = j + 2;
    while (k < to && isSpace(b[k])) k++;
    if (b[k] !== EQUALS) continue;
    k++;
    while (k < to && isSpace(b[k])) k++;
    const quote = b[k];
    if (quote !== QUOTE && quote !== APOSTROPHE) continue;
    const close = b.indexOf(quote, k + 1);
    if (close < 0 || close >= to) continue;
    return readIndex(b, k + 1, close);
  }
  return null;
}

/** `parseIndex` on ASCII bytes: optional white space, 1 to 9 digits, optional white space. */
function readIndex(b: Uint8Array, from: number, to: number): number | null {
  let k = from;
  while (k < to && isSpace(b[k])) k++;
  let n = 0;
  let digits = 0;
  while (k < to && b[k] >= 0x30 && b[k] <= 0x39) {
    n = n * 10 + (b[k] - 0x30);
    digits++;
    k++;
  }
  while (k < to && isSpace(b[k])) k++;
  return digits >= 1 && digits <= 9 && k === to ? n : null;
}

/** ASCII white space as the `\s` of a regular expression matches it. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * Where the first child of `<sheetData>` in `b` ends, or just past the `</` that ends the rows;
 * -1 when `b` stops before either.
 * @example firstChildEnd(new TextEncoder().encode(' <row r="1"/><row')) // 13
 */
export function firstChildEnd(b: Uint8Array): number {
  const i = b.indexOf(LT);
  if (i < 0 || i + 1 >= b.length) return -1;
  if (b[i + 1] === SLASH) return i + 2;
  return childAt(b, i)?.end ?? -1;
}

/** Whether the `<` at `i` opens an end tag (then `i + 1` must be in the bytes). */
export function isEndTag(b: Uint8Array, i: number): boolean {
  return b[i + 1] === SLASH;
}
