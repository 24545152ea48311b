/**
 * A step on one sheet (highlight "只标这一张") re-assesses only that sheet; the pane keeps the
 * other sheets as they were and takes the new reading of that one.
 */
import type { WorkbookAssessment } from '../../app/assess-workbook';

/**
 * @example mergeAssessment(whole, oneSheet).sheets.length // whole.sheets.length
 */
export function mergeAssessment(previous: WorkbookAssessment | null, partial: WorkbookAssessment): WorkbookAssessment {
  if (!previous) return partial;
  const fresh = new Map(partial.sheets.map((s) => [s.info.name, s]));
  const sheets = previous.sheets.map((s) => fresh.get(s.info.name) ?? s);
  const known = new Set(previous.sheets.map((s) => s.info.name));
  const added = partial.sheets.filter((s) => !known.has(s.info.name));
  const years = new Set<number>();
  for (const s of [...sheets, ...added]) s.assessment?.missingHolidayYears.forEach((y) => years.add(y));
  return { ...partial, sheets: [...sheets, ...added], missingHolidayYears: [...years].sort((a, b) => a - b) };
}
