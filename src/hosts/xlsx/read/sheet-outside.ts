/**
 * A worksheet part without its rows: the bytes up to `<sheetData …>` and from `</sheetData>` on,
 * found by searching the bytes, never decoding the rows between. The merged ranges and the
 * filter that follow the rows are then parsed from a few kilobytes, where decoding and
 * skipping 59 MB of rows to reach them cost a second and some 150 MB of short-lived strings.
 */
import { concatBytes } from '../zip/codec';
import type { ZipEntry } from '../zip/zip-types';

const WORD = Array.from('sheetData', (c) => c.charCodeAt(0));
const LT = 0x3c;
const SLASH = 0x2f;
const GT = 0x3e;
/** Bytes kept from one chunk to the next, so a close tag split between chunks is still found. */
const CARRY = 256;

/**
 * The part as `head + tail` (an empty `<sheetData>`), or null when it has no rows element to cut
 * out (`<sheetData/>`, none at all, or no closing tag: a damaged part is read the long way).
 * @example const outside = readOutsideRowsBytes(entry); outside && scan(outside)
 */
export function readOutsideRowsBytes(entry: ZipEntry): Uint8Array | null {
  let head: Uint8Array | null = null;
  let pending: Uint8Array = new Uint8Array(0);
  let tail: Uint8Array[] | null = null;
  let selfClosing = false;
  entry.stream((chunk) => {
    if (head === null) {
      // The start tag sits in the first kilobytes: joining pieces until it is complete is cheap.
      const bytes = join(pending, chunk);
      const end = findOpenTagEnd(bytes);
      if (end === null) {
        // A copy: the next chunk may be written over this one (see PullBytes).
        pending = bytes.slice();
        return true;
      }
      if (end < 0) {
        selfClosing = true;
        return false;
      }
      head = bytes.slice(0, end);
      pending = new Uint8Array(0);
      scanForClose(bytes.subarray(end));
      return true;
    }
    scanForClose(chunk);
    return true;
  });
  /** The chunk is searched where it lies; only a close tag cut by the chunk's start is joined, from a few bytes. */
  function scanForClose(chunk: Uint8Array): void {
    const at = lastCloseTag(chunk);
    if (at >= 0) tail = [chunk.slice(at)];
    else {
      const boundary = pending.length > 0 ? join(pending, chunk.subarray(0, Math.min(CARRY, chunk.length))) : null;
      const cut = boundary ? lastCloseTag(boundary) : -1;
      if (boundary && cut >= 0 && cut < pending.length) tail = [boundary.slice(cut, pending.length), chunk.slice()];
      else if (tail !== null) tail.push(chunk.slice());
    }
    const recent = chunk.length >= CARRY ? chunk : join(pending, chunk);
    pending = recent.slice(Math.max(0, recent.length - CARRY));
  }
  if (selfClosing || head === null || tail === null) return null;
  const cut = concatBytes([head, ...(tail as Uint8Array[])]);
  // Cell text is escaped, so only markup can fake a `sheetData` tag: a comment, CDATA or a
  // processing instruction around the cut, or a row left after it, sends the part the long way.
  const body = cut.subarray(skipDeclaration(cut));
  return SUSPECT.some((word) => containsAscii(body, word)) ? null : cut;
}

const SUSPECT = ['<!--', '-->', '<![CDATA[', '<?', '<row', ':row '].map((w) => Array.from(w, (c) => c.charCodeAt(0)));

/** Past a leading `<?xml …?>` declaration (and a BOM), where the part's own `<?` is expected. */
function skipDeclaration(bytes: Uint8Array): number {
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (bytes[at] === 0x20 || bytes[at] === 0x09 || bytes[at] === 0x0a || bytes[at] === 0x0d) at++;
  if (bytes[at] !== LT || bytes[at + 1] !== 0x3f) return at;
  const end = bytes.indexOf(GT, at);
  return end < 0 ? at : end + 1;
}

function containsAscii(bytes: Uint8Array, word: readonly number[]): boolean {
  for (let i = bytes.indexOf(word[0]); i >= 0; i = bytes.indexOf(word[0], i + 1)) {
    let k = 1;
    while (k < word.length && bytes[i + k] === word[k]) k++;
    if (k === word.length) return true;
  }
  return false;
}

/**
 * Just past the `>` of the first `<sheetData …>` start tag; -1 for `<sheetData/>`; null when the
 * tag is not complete in these bytes yet.
 */
function findOpenTagEnd(bytes: Uint8Array): number | null {
  for (let i = indexOfWord(bytes, 0); i >= 0; i = indexOfWord(bytes, i + 1)) {
    if (!isTagName(bytes, i, false)) continue;
    const gt = bytes.indexOf(GT, i + WORD.length);
    if (gt < 0) return null;
    return bytes[gt - 1] === SLASH ? -1 : gt + 1;
  }
  return null;
}

/** Where the last `</sheetData>` (or `</x:sheetData>`) of these bytes starts, -1 when none. */
function lastCloseTag(bytes: Uint8Array): number {
  for (let i = lastIndexOfWord(bytes, bytes.length); i >= 0; i = lastIndexOfWord(bytes, i - 1)) {
    const start = tagStart(bytes, i, true);
    if (start >= 0) return start;
  }
  return -1;
}

/** True when `sheetData` at `at` is an element name (`<sheetData`, `<x:sheetData`). */
function isTagName(bytes: Uint8Array, at: number, closing: boolean): boolean {
  return tagStart(bytes, at, closing) >= 0;
}

/** The `<` that opens the tag named at `at`, or -1 when the word is not a tag's name there. */
function tagStart(bytes: Uint8Array, at: number, closing: boolean): number {
  const after = bytes[at + WORD.length];
  if (after !== undefined && !(after === GT || after === SLASH || after === 0x20 || after === 0x09 || after === 0x0a || after === 0x0d)) return -1;
  let i = at - 1;
  if (bytes[i] === 0x3a) {
    // A namespace prefix: letters, digits, `_`, `-`, `.`.
    i--;
    while (i >= 0 && isNameByte(bytes[i])) i--;
  }
  if (closing) {
    if (bytes[i] !== SLASH) return -1;
    i--;
  }
  return bytes[i] === LT ? i : -1;
}

function isNameByte(b: number): boolean {
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39) || b === 0x5f || b === 0x2d || b === 0x2e;
}

function indexOfWord(bytes: Uint8Array, from: number): number {
  for (let i = bytes.indexOf(0x44 /* D */, from + 5); i >= 0; i = bytes.indexOf(0x44, i + 1)) {
    const at = i - 5;
    if (matches(bytes, at)) return at;
  }
  return -1;
}

function lastIndexOfWord(bytes: Uint8Array, before: number): number {
  for (let i = bytes.lastIndexOf(0x44 /* D */, before + 5); i >= 5; i = bytes.lastIndexOf(0x44, i - 1)) {
    const at = i - 5;
    if (at <= before && matches(bytes, at)) return at;
  }
  return -1;
}

function matches(bytes: Uint8Array, at: number): boolean {
  if (at < 0 || at + WORD.length > bytes.length) return false;
  for (let k = 0; k < WORD.length; k++) if (bytes[at + k] !== WORD[k]) return false;
  return true;
}

function join(a: Uint8Array, b: Uint8Array): Uint8Array {
  return a.length === 0 ? b : concatBytes([a, b]);
}
