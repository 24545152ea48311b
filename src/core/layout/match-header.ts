/**
 * Matches one folded header against the field dictionary. A header may name a field exactly
 * (收文日期), with an aside in brackets (办理时限(工作日)), or inside a longer wording
 * (收文登记日期(必填)); a bare 日期 or 时间 names no field until the register's kind is known.
 */
import type { FieldName, RegisterKind } from '../types';
import { removeBracketed } from '../text/normalize';
import { FIELD_DEFINITIONS, GENERIC_DATE_HEADERS, type FieldContent } from './field-dictionary';

/** How a header matched: the whole wording, part of it, or only "date". */
export type MatchBasis = 'exact' | 'contains' | 'generic';

export interface HeaderMatch {
  readonly field: FieldName;
  /** 0..1: how surely the wording names the field. */
  readonly score: number;
  readonly basis: MatchBasis;
  /** The kind the wording belongs to, when it belongs to one (报送日期: submissions). */
  readonly kind?: RegisterKind;
}

interface IndexedSynonym {
  readonly text: string;
  readonly field: FieldName;
  readonly weight: number;
  readonly content: FieldContent;
  readonly kind?: RegisterKind;
}

const SYNONYMS: readonly IndexedSynonym[] = FIELD_DEFINITIONS.flatMap((d) =>
  d.synonyms.map((s) =>
    typeof s === 'string'
      ? { text: s, field: d.field, weight: 1, content: d.content }
      : { text: s.text, field: d.field, weight: s.weight ?? 1, content: d.content, kind: s.kind },
  ),
);
const EXACT = new Map<string, IndexedSynonym[]>();
for (const s of SYNONYMS) EXACT.set(s.text, [...(EXACT.get(s.text) ?? []), s]);
const GENERIC = new Set(GENERIC_DATE_HEADERS);

/** Words that turn an actual date into a planned or required one (计划完成时间 is no 完成时间). */
const PLANNED_WORDS = ['计划', '预计', '拟定', '要求', '规定', '应于'];
const EXACT_IN_BRACKETS = 0.95;

function keepBest(found: Map<FieldName, HeaderMatch>, match: HeaderMatch): void {
  const before = found.get(match.field);
  if (!before || before.score < match.score) found.set(match.field, match);
}

function toMatch(s: IndexedSynonym, score: number, basis: MatchBasis): HeaderMatch {
  return s.kind ? { field: s.field, score, basis, kind: s.kind } : { field: s.field, score, basis };
}

/** A synonym inside a longer header: the larger its share of the header, the surer the match. */
function scoreContained(core: string, s: IndexedSynonym): number {
  let score = s.weight * (0.5 + 0.35 * (s.text.length / core.length));
  const planned = PLANNED_WORDS.some((w) => core.includes(w) && !s.text.includes(w));
  if (planned && (s.content === 'date' || s.content === 'text')) score *= 0.6;
  return score;
}

/**
 * Answers already given, by folded wording. Detection asks of every cell in a sheet's top rows,
 * and the workbooks of one summary (one per township) repeat the same headers and the same
 * units and names below them: each new wording costs a pass over every synonym, a repeated one
 * a lookup. Bounded, for a task pane that stays open all day.
 */
const ANSWERED = new Map<string, readonly HeaderMatch[]>();
const ANSWERED_MAX = 20_000;

/**
 * Every field a folded header may name, best first, one match per field.
 * @example matchHeader('办理时限(工作日)')[0] // { field: 'deadline', score: 0.95, basis: 'exact' }
 */
export function matchHeader(folded: string): readonly HeaderMatch[] {
  const known = ANSWERED.get(folded);
  if (known) return known;
  const matches = Object.freeze(findMatches(folded).map((m) => Object.freeze(m)));
  if (ANSWERED.size >= ANSWERED_MAX) ANSWERED.clear();
  ANSWERED.set(folded, matches);
  return matches;
}

function findMatches(folded: string): HeaderMatch[] {
  if (folded.length < 2) return [];
  const core = removeBracketed(folded);
  const found = new Map<FieldName, HeaderMatch>();
  for (const s of EXACT.get(folded) ?? []) keepBest(found, toMatch(s, s.weight, 'exact'));
  if (core !== folded) {
    for (const s of EXACT.get(core) ?? []) keepBest(found, toMatch(s, s.weight * EXACT_IN_BRACKETS, 'exact'));
  }
  // A short core ("事项") is matched exactly or not at all; a long one may hold a synonym.
  if (core.length > 2 && core.length <= 24) {
    for (const s of SYNONYMS) {
      if (s.text.length >= 2 && s.text !== core && core.includes(s.text)) {
        keepBest(found, toMatch(s, scoreContained(core, s), 'contains'));
      }
    }
  }
  return Array.from(found.values()).sort((a, b) => b.score - a.score);
}

/**
 * True for a header that only says "date" or "time".
 * @example isGenericDateHeader('时间') // true
 */
export function isGenericDateHeader(folded: string): boolean {
  return GENERIC.has(removeBracketed(folded));
}
