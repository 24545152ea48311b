/**
 * The mark log kept in the workbook: custom XML parts in MARK_LOG_NAMESPACE holding the XML of
 * core's serializeMarkLog. A long log spans several parts of at most MARK_LOG_PART_BYTES each, the
 * way the Excel host writes it, so that Excel on the web can read what the command line wrote and
 * the other way round; a reader joins the entries of every part. An empty log is not kept: its
 * parts, relationships and content types are removed, leaving the package as it was before the
 * first mark.
 */
import { parseMarkLog } from '../../../core/marks/mark-log-xml';
import { EMPTY_MARK_LOG, type MarkKind, type MarkLog, type MarkLogEntry } from '../../../core/marks/mark-types';
import { MARK_PALETTE } from '../../../core/marks/palette';
import { MARK_LOG_NAMESPACE } from '../../../core/settings/stored-settings';
import type { Problem } from '../../../core/types';
import type { MarkColours } from './mark-styles';
import { listNamespaceParts, replaceNamespaceParts } from './namespace-parts';
import type { PackageDraft } from './package-draft';
import { encodeMarkLogParts } from './mark-log-bytes';
import { readThemeColours, resolveThemeFills } from './theme-colours';

/** The palette as the style patch needs it: one `RRGGBB` per kind. */
export const MARK_COLOURS: MarkColours = Object.fromEntries(
  (Object.keys(MARK_PALETTE) as MarkKind[]).map((k) => [k, MARK_PALETTE[k].rgb]),
) as MarkColours;

/**
 * The log stored in the draft over all its parts (the empty log when there is none).
 * @example readMarkLog(draft, 'xl/workbook.xml').log.entries.length
 */
export function readMarkLog(draft: PackageDraft, workbookPath: string): { log: MarkLog; problems: readonly Problem[] } {
  const parts = listNamespaceParts(draft, workbookPath, MARK_LOG_NAMESPACE);
  if (parts.length === 0) return { log: EMPTY_MARK_LOG, problems: [] };
  const entries: MarkLogEntry[] = [];
  const problems: Problem[] = [];
  for (const part of parts) {
    const parsed = parseMarkLog(part.text);
    for (const e of parsed.log.entries) entries.push(e);
    problems.push(...parsed.problems);
  }
  return { log: { version: 1, entries }, problems };
}

/**
 * Stores the log in as many parts as its size needs, or removes every part when it is empty.
 * A fill known only by its theme link is stored with that colour's RGB too, so the Excel host
 * (which sees no theme links) can set it again.
 * @example writeMarkLog(draft, 'xl/workbook.xml', { version: 1, entries: [] }, randomGuid) // removes the parts
 */
export function writeMarkLog(draft: PackageDraft, workbookPath: string, log: MarkLog, newGuid: () => string): void {
  const resolved = resolveThemeFills(log, () => readThemeColours(draft, workbookPath));
  replaceNamespaceParts(draft, workbookPath, MARK_LOG_NAMESPACE, encodeMarkLogParts(resolved), newGuid);
}
