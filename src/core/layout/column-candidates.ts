/**
 * The fields each header column may hold, scored by the header's wording, the register's kind
 * and what the column's first data cells hold.
 */
import type { FieldName, RegisterKind } from '../types';
import { FIELD_DICTIONARY, PRIMARY_DATE_FIELD } from './field-dictionary';
import type { HeaderCell } from './header-cells';
import { isGenericDateHeader, matchHeader, type MatchBasis } from './match-header';
import type { ColumnProfile } from './column-profile';
import { fitData } from './data-fit';

export interface ColumnCandidate {
  readonly col: number;
  readonly field: FieldName;
  readonly score: number;
  readonly basis: MatchBasis;
  /** True when the column's cells speak against the field. */
  readonly mismatch: boolean;
  /** The header as the clerk wrote it. */
  readonly header: string;
}

/** What a bare 日期 or 时间 is worth once the kind says which date it is. */
const GENERIC_DATE_SCORE = 0.55;
/** A field the kind of register does not carry, or a wording of another kind, counts for less. */
const OTHER_KIND_FIELD = 0.6;
const OTHER_KIND_WORDING = 0.8;

interface RawCandidate {
  readonly field: FieldName;
  readonly score: number;
  readonly basis: MatchBasis;
}

function listRawCandidates(cell: HeaderCell, kind: RegisterKind | null): RawCandidate[] {
  const raw: RawCandidate[] = [];
  for (const { folded, weight } of cell.wordings) {
    for (const m of matchHeader(folded)) {
      let score = m.score * weight;
      if (kind && FIELD_DICTIONARY[m.field].kinds[kind] === undefined) score *= OTHER_KIND_FIELD;
      if (kind && m.kind && m.kind !== kind) score *= OTHER_KIND_WORDING;
      raw.push({ field: m.field, score, basis: m.basis });
    }
    if (kind && isGenericDateHeader(folded)) {
      raw.push({ field: PRIMARY_DATE_FIELD[kind], score: GENERIC_DATE_SCORE * weight, basis: 'generic' });
    }
  }
  return raw;
}

/**
 * Every (column, field) pairing worth considering, best score per pair.
 * @example listCandidates(cells, 'incoming', profiles).filter((c) => c.field === 'docNumber')
 */
export function listCandidates(
  cells: readonly HeaderCell[],
  kind: RegisterKind | null,
  profiles: ReadonlyMap<number, ColumnProfile>,
): ColumnCandidate[] {
  const out: ColumnCandidate[] = [];
  for (const cell of cells) {
    const best = new Map<FieldName, RawCandidate>();
    for (const c of listRawCandidates(cell, kind)) {
      const before = best.get(c.field);
      if (!before || before.score < c.score) best.set(c.field, c);
    }
    const profile = profiles.get(cell.col);
    for (const c of best.values()) {
      const fit = profile ? fitData(FIELD_DICTIONARY[c.field].content, profile) : { factor: 1, mismatch: false };
      out.push({ col: cell.col, field: c.field, score: c.score * fit.factor, basis: c.basis, mismatch: fit.mismatch, header: cell.text });
    }
  }
  return out;
}
