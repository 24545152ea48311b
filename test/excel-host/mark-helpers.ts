/** Helpers of the mark tests: the log as the stand-in holds it, a sort as Excel does it. */
import { parseMarkLog } from '../../src/core/marks/mark-log-xml';
import { MARK_PALETTE } from '../../src/core/marks/palette';
import { MARK_LOG_NAMESPACE } from '../../src/core/settings/stored-settings';
import type { Standin } from '../excel-standin/standin';
import { REGISTER } from './register-fixture';

/** The fill of a cell painted as overdue, as Office.js reads it. */
export const OVERDUE = { color: `#${MARK_PALETTE.overdue.rgb}`, pattern: 'Solid', patternColor: '#000000', tintAndShade: 0, patternTintAndShade: 0 };

/** Entries of the mark log over all its parts. */
export function logEntries(s: Standin): number {
  return s.state.xmlParts.filter((p) => p.namespaceUri === MARK_LOG_NAMESPACE).reduce((n, p) => n + parseMarkLog(p.xml).log.entries.length, 0);
}

/** Reorders data rows the way Excel's sort does: whole rows move, fills with them. */
export function sortRows(s: Standin, from: number, to: number, order: (i: number) => number): void {
  const rows = s.sheet(REGISTER).rows;
  const old = Array.from({ length: to - from + 1 }, (_, i) => rows.get(from - 1 + i));
  old.forEach((_, i) => {
    const line = old[order(i)];
    if (line) rows.set(from - 1 + i, line);
    else rows.delete(from - 1 + i);
  });
}

/** Round trips allowed: a fixed few, plus one per 1.5 MB actually exchanged (half the budget). */
export function tripsAllowed(s: Standin, fixed: number): number {
  const traffic = [...s.counters.requestBytes, ...s.counters.responseBytes].reduce((a, b) => a + b, 0);
  return fixed + Math.floor(traffic / 1_500_000);
}

