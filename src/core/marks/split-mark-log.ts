/**
 * A long mark log over several custom XML parts. Excel on the web refuses to send more than 5 MB
 * at once, so both hosts keep each part of the log small enough for the Excel host to read two
 * parts per request; every part is a complete log of some entries, and a reader joins the
 * entries of all parts with MARK_LOG_NAMESPACE in document order.
 */
import { markLogEntryTexts, wrapMarkLogBody } from './mark-log-xml';
import type { MarkLog } from './mark-types';

/** The largest mark-log part either host writes: half the Excel host's 3 MB request budget. */
export const MARK_LOG_PART_BYTES = 1_500_000;

/**
 * The log as part documents of at most `maxBytes` (UTF-8) each, entries kept in order; none for
 * an empty log. An entry larger than `maxBytes` on its own gets a part of its own.
 * @example splitMarkLog({ version: 1, entries: [] }) // []
 * @example splitMarkLog(twoMegabyteLog).length // 2
 */
export function splitMarkLog(log: MarkLog, maxBytes: number = MARK_LOG_PART_BYTES): string[] {
  const documents: string[] = [];
  let body: string[] = [];
  for (const piece of markLogPieces(log, maxBytes)) {
    if (piece.newPart && body.length > 0) {
      documents.push(wrapMarkLogBody(body.join('')));
      body = [];
    }
    body.push(piece.text);
  }
  if (body.length > 0) documents.push(wrapMarkLogBody(body.join('')));
  return documents;
}

/** One entry's text, its UTF-8 size, and whether it opens a new part. */
export interface MarkLogPiece {
  readonly text: string;
  readonly bytes: number;
  readonly newPart: boolean;
}

/**
 * The entries' texts one at a time, each saying where a part begins: the one rule for cutting
 * the log, shared by splitMarkLog and by a writer that stores each entry before taking the next.
 * @example [...markLogPieces(log)].filter((p) => p.newPart).length === splitMarkLog(log).length // true
 */
export function* markLogPieces(log: MarkLog, maxBytes: number = MARK_LOG_PART_BYTES): Generator<MarkLogPiece> {
  // The declaration, the root element and the line break before its end tag.
  const frame = utf8Length(wrapMarkLogBody('\n')) - 1;
  let size = frame;
  let first = true;
  for (const text of markLogEntryTexts(log.entries)) {
    const bytes = utf8Length(text);
    const newPart = first || size + bytes > maxBytes;
    if (newPart) size = frame;
    size += bytes;
    first = false;
    yield { text, bytes, newPart };
  }
}

/**
 * Bytes of a text in UTF-8, counted without an encoder (core uses no platform API). A lone
 * surrogate counts 3, as an encoder writes it U+FFFD.
 * @example utf8Length('收文') // 6
 */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
