/**
 * Which register a sheet is, from what its headers name and what its title and sheet name say,
 * with a confidence 0..1. A sheet that names too few fields is no register (kind null).
 */
import { REGISTER_KINDS, type RegisterKind } from '../types';
import { FIELD_DICTIONARY } from './field-dictionary';
import type { HeaderMatch } from './match-header';

/** A register's header names at least this many fields. */
export const MIN_NAMED_FIELDS = 3;
/** Matches this close to a column's best count as well: 主办科室 is handler or drafting unit. */
const NEAR_BEST = 0.05;
/** A wording that belongs to one kind (来文字号) says more than a field many kinds share. */
const WORDING_WEIGHT = 2;
/** What a title or sheet name naming the kind adds. */
const TITLE_WEIGHT = 4;
/** Without a title or hint, the best kind must lead the next by this share of its score. */
const MIN_MARGIN = 0.15;

export interface KindVerdict {
  readonly kind: RegisterKind | null;
  readonly confidence: number;
  readonly scores: Readonly<Record<RegisterKind, number>>;
  /** The kind the title or sheet name named, when it named exactly one. */
  readonly named: RegisterKind | null;
}

function scoreColumns(columns: ReadonlyArray<readonly HeaderMatch[]>): Record<RegisterKind, number> {
  const scores: Record<RegisterKind, number> = { incoming: 0, outgoing: 0, supervision: 0, submissions: 0 };
  for (const matches of columns) {
    const best = matches[0];
    if (!best) continue;
    const near = matches.filter((m) => m.score >= best.score - NEAR_BEST);
    for (const m of near) {
      const share = m.score / near.length;
      if (m.kind) scores[m.kind] += WORDING_WEIGHT * share;
      const kinds = FIELD_DICTIONARY[m.field].kinds;
      for (const kind of REGISTER_KINDS) scores[kind] += (kinds[kind] ?? 0) * share;
    }
  }
  return scores;
}

function round2(n: number): number {
  return Math.round(Math.max(0, Math.min(1, n)) * 100) / 100;
}

/**
 * Decides the kind from each header column's matches (best first), the kinds the title and sheet
 * name named, how many columns name a field, and an optional hint from the caller.
 * @example detectKind([[{ field: 'receivedDate', score: 1, basis: 'exact' }], …], ['incoming'], 6)
 */
export function detectKind(
  columns: ReadonlyArray<readonly HeaderMatch[]>,
  namedKinds: readonly RegisterKind[],
  namedFields: number,
  hint?: RegisterKind,
): KindVerdict {
  const scores = scoreColumns(columns);
  const named = namedKinds.length === 1 ? namedKinds[0] : null;
  if (named) scores[named] += TITLE_WEIGHT;
  const ranked = [...REGISTER_KINDS].sort((a, b) => scores[b] - scores[a]);
  const top = hint ?? ranked[0];
  const rival = Math.max(...REGISTER_KINDS.filter((k) => k !== top).map((k) => scores[k]));
  // A clerk's hint stands in for one named field: a two-column register is still a register.
  if (namedFields < (hint ? MIN_NAMED_FIELDS - 1 : MIN_NAMED_FIELDS) || scores[top] <= 0) {
    return { kind: null, confidence: 0, scores, named };
  }
  const coverage = Math.min(1, namedFields / 6);
  const margin = Math.max(0, (scores[top] - rival) / scores[top]);
  const agreed = named === top || hint === top ? 1 : 0;
  // Headers that every register has (序号, 日期, 标题) tell no kind apart: not forced into one.
  if (!agreed && margin < MIN_MARGIN) return { kind: null, confidence: 0, scores, named };
  const confidence = round2(0.45 * coverage + 0.35 * margin + 0.2 * agreed);
  return { kind: top, confidence, scores, named };
}
