/**
 * The mark log's part documents written straight to UTF-8, one entry at a time: the same bytes
 * as encoding each document of splitMarkLog, without building any document as text. Each
 * entry's text is dropped as soon as it is written, young; for the 14,000 entries of a
 * 100,000-row register the documents as text were 3 MB of UTF-8 held twice over as two-byte
 * strings (the sheet's name in every entry is Chinese), once joined and once flattened, and
 * the heap grew 15–20 MB for them at the top of `mark`'s peak.
 */
import { MARK_LOG_HEAD, MARK_LOG_TAIL } from '../../../core/marks/mark-log-xml';
import { MARK_LOG_PART_BYTES, markLogPieces } from '../../../core/marks/split-mark-log';
import type { MarkLog } from '../../../core/marks/mark-types';

const encoder = new TextEncoder();
const HEAD = encoder.encode(MARK_LOG_HEAD);
const TAIL = encoder.encode(MARK_LOG_TAIL);

/**
 * @example encodeMarkLogParts(log).map((b) => new TextDecoder().decode(b)) // splitMarkLog(log)
 */
export function encodeMarkLogParts(log: MarkLog, maxBytes: number = MARK_LOG_PART_BYTES): Uint8Array[] {
  const parts: Uint8Array[] = [];
  let part: Uint8Array | null = null;
  let at = 0;
  const finish = (): void => {
    if (part === null) return;
    part.set(TAIL, at);
    const end = at + TAIL.length;
    // A last part of a few entries is not left holding a whole part's buffer.
    parts.push(end * 2 < part.length ? part.slice(0, end) : part.subarray(0, end));
    part = null;
  };
  for (const piece of markLogPieces(log, maxBytes)) {
    if (piece.newPart) {
      finish();
      part = new Uint8Array(Math.max(maxBytes, HEAD.length + piece.bytes + TAIL.length));
      part.set(HEAD, 0);
      at = HEAD.length;
    }
    // A part opens with the first piece, so one is always there.
    at += encoder.encodeInto(piece.text, (part as Uint8Array).subarray(at)).written;
  }
  finish();
  return parts;
}
