/**
 * The mark log in custom XML parts with MARK_LOG_NAMESPACE, in core's XML form. Excel on the web
 * refuses to send more than 5 MB at once, so a long log (tens of thousands of marked rows) is
 * stored as several parts of the same namespace, each a complete log of some entries; a reader
 * concatenates the entries of all parts in document order.
 */
import { parseMarkLog, serializeMarkLog } from '../../core/marks/mark-log-xml';
import type { MarkLog, MarkLogEntry } from '../../core/marks/mark-types';
import { MARK_LOG_NAMESPACE } from '../../core/settings/stored-settings';
import type { Problem } from '../../core/types';
import { loadInGroups } from './adaptive-load';
import type { XlContext, XlCustomXmlPart } from './excel-api';
import { packBySize, utf8Length } from './payload-budget';
import { listPartsIn } from './xml-part-store';

export interface StoredMarkLog {
  readonly parts: readonly XlCustomXmlPart[];
  /** The XML of each part as read, to put back if a write must be undone. */
  readonly documents: readonly string[];
  readonly log: MarkLog;
  readonly problems: readonly Problem[];
}

/**
 * @example const { log } = await readMarkLogIn(ctx, 3e6); log.entries.length
 */
export async function readMarkLogIn(ctx: XlContext, chunkBytes: number): Promise<StoredMarkLog> {
  const parts = await listPartsIn(ctx, MARK_LOG_NAMESPACE);
  if (parts.length === 0) return { parts, documents: [], log: { version: 1, entries: [] }, problems: [] };
  // Parts are written at most half a budget each: two per sync.
  const groups = packBySize(parts, () => chunkBytes / 2, chunkBytes);
  const read = await loadInGroups(ctx, groups, {
    queue: (part: XlCustomXmlPart) => {
      const xml = part.getXml();
      return () => xml.value;
    },
    split: () => null,
  });
  const documents = read.map((r) => r.result);
  const entries: MarkLogEntry[] = [];
  const problems: Problem[] = [];
  for (const xml of documents) {
    const parsed = parseMarkLog(xml);
    entries.push(...parsed.log.entries);
    problems.push(...parsed.problems);
  }
  return { parts, documents, log: { version: 1, entries }, problems };
}

/**
 * The log as part documents of at most `maxBytes` each (none for an empty log).
 * @example markLogDocuments({ version: 1, entries: [] }, 1e6) // []
 */
export function markLogDocuments(log: MarkLog, maxBytes: number): string[] {
  if (log.entries.length === 0) return [];
  const whole = serializeMarkLog(log);
  const size = utf8Length(whole);
  if (size <= maxBytes || log.entries.length === 1) return [whole];
  const pieces = Math.ceil(size / maxBytes) + 1;
  const per = Math.ceil(log.entries.length / pieces);
  const out: string[] = [];
  for (let i = 0; i < log.entries.length; i += per) out.push(...markLogDocuments({ version: 1, entries: log.entries.slice(i, i + per) }, maxBytes));
  return out;
}
