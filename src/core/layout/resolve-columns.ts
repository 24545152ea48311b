/**
 * Gives each field at most one column and each column at most one field, surest pairing first,
 * and keeps the pairings it passed over that a clerk may want instead, with the reason.
 */
import { DATE_FIELDS, type ColumnAlternative, type FieldName } from '../types';
import type { ColumnCandidate } from './column-candidates';
import { explainAlternative } from './alternative-reasons';

/** A pairing is taken from this score on. */
export const TAKE_SCORE = 0.45;
/** A pairing passed over is reported from this score on, when its header named the field. */
const REPORT_SCORE = 0.5;
/** …and from this score on when the field's name was only part of a longer header. */
const REPORT_CONTAINED_SCORE = 0.75;

export interface ResolvedColumns {
  readonly columns: Partial<Record<FieldName, number>>;
  readonly alternatives: ColumnAlternative[];
}

const DATE_FIELD_SET: ReadonlySet<FieldName> = new Set(DATE_FIELDS);

function compareCandidates(a: ColumnCandidate, b: ColumnCandidate): number {
  return b.score - a.score || Number(b.basis === 'exact') - Number(a.basis === 'exact') || a.col - b.col;
}

function isWorthReporting(c: ColumnCandidate): boolean {
  return c.score >= (c.basis === 'contains' ? REPORT_CONTAINED_SCORE : REPORT_SCORE);
}

/**
 * Resolves candidates into a field → column mapping plus the alternatives passed over.
 * @example resolveColumns(listCandidates(cells, 'incoming', profiles)).columns.receivedDate // 1
 */
export function resolveColumns(candidates: readonly ColumnCandidate[]): ResolvedColumns {
  const sorted = [...candidates].sort(compareCandidates);
  const columns: Partial<Record<FieldName, number>> = {};
  const winnerByField = new Map<FieldName, ColumnCandidate>();
  const fieldByCol = new Map<number, FieldName>();
  for (const c of sorted) {
    if (c.score < TAKE_SCORE) break;
    if (winnerByField.has(c.field) || fieldByCol.has(c.col)) continue;
    columns[c.field] = c.col;
    winnerByField.set(c.field, c);
    fieldByCol.set(c.col, c.field);
  }
  const alternatives: ColumnAlternative[] = [];
  for (const c of sorted) {
    if (winnerByField.get(c.field) === c || !isWorthReporting(c)) continue;
    const reason = explainAlternative(c, winnerByField.get(c.field), fieldByCol.get(c.col), DATE_FIELD_SET.has(c.field));
    alternatives.push({ field: c.field, col: c.col, header: c.header, reason });
  }
  return { columns, alternatives };
}
