/**
 * Questions asked of a worksheet part in the draft without holding its text whole: what lies
 * around its rows (protection), and whether any cell uses a format from an index on.
 */
import { concatBytes } from '../zip/codec';
import type { PackageDraft } from './package-draft';
import { SheetPieces, pullText } from './sheet-pieces';

/**
 * The part's text without its rows: the head up to `<sheetData>` and the tail from
 * `</sheetData>` on, joined ('' when the part does not exist).
 * @example isFormattingLocked(readOutsideRows(draft, 'xl/worksheets/sheet1.xml'))
 */
export function readOutsideRows(draft: PackageDraft, path: string): string {
  const pull = draft.pull(path);
  if (!pull) return '';
  const pieces = new SheetPieces(pullText(path, pull));
  let text = '';
  for (let piece = pieces.next(); piece; piece = pieces.next()) if (piece.kind !== 'rows') text += piece.text;
  return text;
}

/**
 * True when the part's bytes contain `word` (ASCII), searched on the bytes without decoding
 * them: a quick "no" spares reading a large sheet as text.
 * @example partHasAscii(draft, 'xl/worksheets/sheet1.xml', 'sheetProtection')
 */
export function partHasAscii(draft: PackageDraft, path: string, word: string): boolean {
  const pull = draft.pull(path);
  if (!pull) return false;
  const pattern = Uint8Array.from(word, (c) => c.charCodeAt(0));
  const keep = pattern.length - 1;
  let carry: Uint8Array = new Uint8Array(0);
  for (let chunk = pull(); chunk !== null; chunk = pull()) {
    // Only the few bytes around the boundary are joined: a copy of every megabyte piece would
    // be garbage outside the heap, piling up until the collector runs.
    if (carry.length > 0 && findBytes(joinBytes(carry, chunk.subarray(0, keep)), pattern)) return true;
    if (findBytes(chunk, pattern)) return true;
    const recent = chunk.length >= keep ? chunk : joinBytes(carry, chunk);
    carry = recent.slice(Math.max(0, recent.length - keep));
  }
  return false;
}

function joinBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  return concatBytes([a, b]);
}

function findBytes(bytes: Uint8Array, pattern: Uint8Array): boolean {
  // Searched by its first capital letter when it has one (the `P` of `sheetProtection`): a
  // lower-case letter such as its `s` is in every cell of a sheet, a capital in few.
  const capital = pattern.findIndex((b) => b >= 0x41 && b <= 0x5a);
  const pivot = capital < 0 ? 0 : capital;
  for (let i = bytes.indexOf(pattern[pivot], pivot); i >= 0; i = bytes.indexOf(pattern[pivot], i + 1)) {
    const at = i - pivot;
    if (at + pattern.length > bytes.length) return false;
    let k = 0;
    while (k < pattern.length && bytes[at + k] === pattern[k]) k++;
    if (k === pattern.length) return true;
  }
  return false;
}

/**
 * True when a cell, row or column of the part has a format index of `from` or above (an `s` or
 * `style` attribute), read on the bytes: after a clear the whole sheet is asked this once more.
 * @example partUsesStyleFrom(draft, 'xl/worksheets/sheet1.xml', 12)
 */
export function partUsesStyleFrom(draft: PackageDraft, path: string, from: number): boolean {
  const pull = draft.pull(path);
  if (!pull) return false;
  let carry: Uint8Array = new Uint8Array(0);
  for (let chunk = pull(); chunk !== null; chunk = pull()) {
    // An attribute never spans a '<': the element cut by the boundary (from the last '<' of the
    // pieces before) ends at the first '<' of this one, and only it is joined, not the piece.
    const first = chunk.indexOf(LT);
    if (carry.length > 0) {
      const joined = joinBytes(carry, first < 0 ? chunk : chunk.subarray(0, first));
      if (first < 0) {
        carry = joined;
        continue;
      }
      if (usesFrom(joined, joined.length, from)) return true;
    }
    const body = first < 0 ? chunk : chunk.subarray(first);
    const cut = body.lastIndexOf(LT);
    if (usesFrom(body, cut < 0 ? body.length : cut, from)) return true;
    carry = cut < 0 ? new Uint8Array(0) : body.slice(cut);
  }
  return usesFrom(carry, carry.length, from);
}

const LT = 0x3c;
const EQ = 0x3d;

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

/** Scans `bytes[0, end)` for ` s="N"` or ` style="N"` with N ≥ from. */
function usesFrom(bytes: Uint8Array, end: number, from: number): boolean {
  for (let eq = bytes.indexOf(EQ); eq >= 0 && eq < end; eq = bytes.indexOf(EQ, eq + 1)) {
    let i = eq - 1;
    while (i >= 0 && isSpace(bytes[i])) i--;
    let nameStart: number;
    if (bytes[i] === 0x73 /* s */) nameStart = i;
    else if (i >= 4 && bytes[i] === 0x65 && bytes[i - 1] === 0x6c && bytes[i - 2] === 0x79 && bytes[i - 3] === 0x74 && bytes[i - 4] === 0x73) nameStart = i - 4; // style
    else continue;
    if (nameStart === 0 || !isSpace(bytes[nameStart - 1])) continue;
    let j = eq + 1;
    while (j < end && isSpace(bytes[j])) j++;
    if (bytes[j] !== 0x22 && bytes[j] !== 0x27) continue;
    const quote = bytes[j++];
    let value = 0;
    let digits = 0;
    for (; j < end && bytes[j] >= 0x30 && bytes[j] <= 0x39; j++, digits++) value = value * 10 + (bytes[j] - 0x30);
    if (digits > 0 && bytes[j] === quote && value >= from) return true;
  }
  return false;
}
