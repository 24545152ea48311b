/** The period picker's fields, as typed, and the period they name. */
import { parseIsoDay } from '../../core/dates/day';
import type { SummaryPeriod } from '../../core/summaries/period';

export type PeriodKind = SummaryPeriod['kind'];

export interface PeriodDraft {
  readonly kind: PeriodKind;
  readonly year: string;
  readonly quarter: 1 | 2 | 3 | 4;
  readonly month: number;
  readonly from: string;
  readonly to: string;
}

function readYear(text: string): number | null {
  const t = text.trim();
  return /^\d{4}$/.test(t) && Number(t) >= 1900 ? Number(t) : null;
}

/**
 * @example readPeriodDraft({ kind: 'quarter', year: '2026', quarter: 2, month: 1, from: '', to: '' }) // { kind: 'quarter', year: 2026, quarter: 2 }
 */
export function readPeriodDraft(draft: PeriodDraft): SummaryPeriod | null {
  if (draft.kind === 'range') {
    const from = parseIsoDay(draft.from);
    const to = parseIsoDay(draft.to);
    return from && to ? { kind: 'range', from, to } : null;
  }
  const year = readYear(draft.year);
  if (year === null) return null;
  if (draft.kind === 'year') return { kind: 'year', year };
  if (draft.kind === 'quarter') return { kind: 'quarter', year, quarter: draft.quarter };
  return draft.month >= 1 && draft.month <= 12 ? { kind: 'month', year, month: draft.month } : null;
}
