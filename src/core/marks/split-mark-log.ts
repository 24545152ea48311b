/**
 * A long mark log over several custom XML parts. Excel on the web refuses to send more than 5 MB
 * at once, so both hosts keep each part of the log small enough for the Excel host to read two
 * parts per request; every part is a complete log of some entries, and a reader joins the
 * entries of all parts with MARK_LOG_NAMESPACE in document order.
 */
import { serializeMarkLogEntries, wrapMarkLogBody } from './mark-log-xml';
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
  // The declaration, the root element and the line break before its end tag.
  const frame = utf8Length(wrapMarkLogBody('\n')) - 1;
  const documents: string[] = [];
  let body: string[] = [];
  let size = frame;
  for (const text of serializeMarkLogEntries(log.entries)) {
    const bytes = utf8Length(text);
    if (body.length > 0 && size + bytes > maxBytes) {
      documents.push(wrapMarkLogBody(body.join('')));
      body = [];
      size = frame;
    }
    body.push(text);
    size += bytes;
  }
  if (body.length > 0) documents.push(wrapMarkLogBody(body.join('')));
  return documents;
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
