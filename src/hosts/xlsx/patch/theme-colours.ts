/**
 * Theme colours as RGB, so that a fill the .xlsx host logs by its theme link also carries the
 * colour Office.js can set again: the Excel host sees and sets only RGB (with a tint), never the
 * link. Read from the workbook's theme part (`<a:clrScheme>`).
 */
import type { FillState, MarkLog } from '../../../core/marks/mark-types';
import { relationKind } from '../read/namespaces';
import { relsPathOf } from '../read/part-names';
import { parseRelationships } from '../read/relationships';
import type { PackageDraft } from './package-draft';

/** SpreadsheetML's theme indexes, in order (light before dark, unlike the scheme's own order). */
const THEME_SLOTS = ['lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'];

/**
 * The RGB of each theme index, from a theme part's text (missing slots are absent).
 * @example parseThemeColours(themeXml)[4] // '5B9BD5' (accent1 of the Office 2013 theme)
 */
export function parseThemeColours(themeXml: string): Array<string | undefined> {
  return THEME_SLOTS.map((slot) => {
    const m = new RegExp(`<(?:[\\w.-]+:)?${slot}>([\\s\\S]*?)</(?:[\\w.-]+:)?${slot}>`).exec(themeXml);
    // A system colour (windowText, window) is written with the RGB it had when saved.
    const rgb = m && (/lastClr="([0-9A-Fa-f]{6})"/.exec(m[1]) ?? /<(?:[\w.-]+:)?srgbClr\s+val="([0-9A-Fa-f]{6})"/.exec(m[1]));
    return rgb ? rgb[1].toUpperCase() : undefined;
  });
}

/**
 * The theme colours of the workbook in the draft (none when it has no theme part).
 * @example readThemeColours(draft, 'xl/workbook.xml')[1] // '000000'
 */
export function readThemeColours(draft: PackageDraft, workbookPath: string): Array<string | undefined> {
  const rels = draft.text(relsPathOf(workbookPath));
  const theme = rels === null ? undefined : parseRelationships(rels, workbookPath).find((r) => relationKind(r.type) === 'theme' && r.targetMode === undefined);
  const text = theme ? draft.text(theme.resolved) : null;
  return text === null ? [] : parseThemeColours(text);
}

/**
 * The log with every fill known only by its theme link given that colour's RGB as well.
 * `colours` is asked for only when some fill needs it.
 * @example resolveThemeFills(log, () => readThemeColours(draft, 'xl/workbook.xml'))
 */
export function resolveThemeFills(log: MarkLog, colours: () => ReadonlyArray<string | undefined>): MarkLog {
  let table: ReadonlyArray<string | undefined> | null = null;
  const needs = (f: FillState): boolean => f.theme !== undefined && f.color === undefined;
  // A parsed log shares one object per distinct fill: resolve each once.
  const resolved = new Map<FillState, FillState>();
  const resolve = (f: FillState): FillState => {
    if (!needs(f)) return f;
    let out = resolved.get(f);
    if (out === undefined) {
      table ??= colours();
      const rgb = table[f.theme ?? -1];
      out = rgb === undefined ? f : { ...f, color: rgb };
      resolved.set(f, out);
    }
    return out;
  };
  if (!log.entries.some((e) => e.before.some(needs))) return log;
  return { version: 1, entries: log.entries.map((e) => (e.before.some(needs) ? { ...e, before: e.before.map(resolve) } : e)) };
}
