/**
 * The years a register may hold: its own year (from the title or sheet name) ± a slack, or, when
 * it names none, the years most of its rows carry ± the same slack.
 */
import type { DateField, Register } from '../../types';
import type { RuleSettings } from '../settings/rule-settings';

export interface YearRange {
  readonly from: number;
  readonly to: number;
  /** Where the range came from, for the message. */
  readonly basis: 'title' | 'rows';
}

/**
 * The field whose year says which year a row belongs to.
 * @example findMainDateField(incomingRegister) // 'receivedDate'
 */
export function findMainDateField(register: Register): DateField | null {
  const candidates: readonly DateField[] = ['receivedDate', 'issuedDate', 'assignedDate'];
  return candidates.find((f) => register.layout.columns[f] !== undefined) ?? null;
}

/**
 * The allowed years, or null when a register too small or too scattered to have dominant years.
 * @example findYearRange(register2026, settings) // { from: 2025, to: 2027, basis: 'title' }
 */
export function findYearRange(register: Register, settings: RuleSettings): YearRange | null {
  const slack = settings.yearSlack;
  const year = register.layout.year;
  if (year !== null) return { from: year - slack, to: year + slack, basis: 'title' };
  const field = findMainDateField(register);
  if (!field) return null;
  const counts = new Map<number, number>();
  let dated = 0;
  for (const record of register.records) {
    const day = record.dates[field];
    if (!day) continue;
    dated += 1;
    counts.set(day.year, (counts.get(day.year) ?? 0) + 1);
  }
  // One row alone never makes a year the register's own: a typo must not vouch for itself.
  const threshold = Math.max(2, Math.ceil(settings.dominantYearShare * dated));
  const dominant = [...counts].filter(([, n]) => n >= threshold).map(([y]) => y);
  if (dominant.length === 0) return null;
  return { from: Math.min(...dominant) - slack, to: Math.max(...dominant) + slack, basis: 'rows' };
}
