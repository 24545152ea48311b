/**
 * The mark log kept in the workbook: a custom XML part in MARK_LOG_NAMESPACE holding the XML of
 * core's serializeMarkLog. An empty log is not kept: its part, relationships and content types
 * are removed, leaving the package as it was before the first mark.
 */
import { serializeMarkLog, parseMarkLog } from '../../../core/marks/mark-log-xml';
import { EMPTY_MARK_LOG, type MarkKind, type MarkLog } from '../../../core/marks/mark-types';
import { MARK_PALETTE } from '../../../core/marks/palette';
import { MARK_LOG_NAMESPACE } from '../../../core/settings/stored-settings';
import type { Problem } from '../../../core/types';
import { findCustomPart, removeCustomPart, writeCustomPart } from './custom-xml-edit';
import type { MarkColours } from './mark-styles';
import type { PackageDraft } from './package-draft';

/** The palette as the style patch needs it: one `RRGGBB` per kind. */
export const MARK_COLOURS: MarkColours = Object.fromEntries(
  (Object.keys(MARK_PALETTE) as MarkKind[]).map((k) => [k, MARK_PALETTE[k].rgb]),
) as MarkColours;

/**
 * The log stored in the draft (the empty log when there is none).
 * @example readMarkLog(draft, 'xl/workbook.xml').log.entries.length
 */
export function readMarkLog(draft: PackageDraft, workbookPath: string): { log: MarkLog; problems: readonly Problem[] } {
  const part = findCustomPart(draft, workbookPath, MARK_LOG_NAMESPACE);
  if (!part) return { log: EMPTY_MARK_LOG, problems: [] };
  const { log, problems } = parseMarkLog(part.text);
  return { log, problems };
}

/**
 * Stores the log, or removes its part when the log is empty.
 * @example writeMarkLog(draft, 'xl/workbook.xml', { version: 1, entries: [] }, randomGuid) // removes the part
 */
export function writeMarkLog(draft: PackageDraft, workbookPath: string, log: MarkLog, newGuid: () => string): void {
  if (log.entries.length === 0) removeCustomPart(draft, workbookPath, MARK_LOG_NAMESPACE);
  else writeCustomPart(draft, workbookPath, MARK_LOG_NAMESPACE, serializeMarkLog(log), newGuid);
}
