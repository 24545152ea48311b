/**
 * How well the cells under a header fit the field the header seems to name: date fields should
 * hold dates, document numbers should look like 县政办发〔2026〕12号, running numbers should be
 * numbers. A factor near 1 leaves the header's word standing; a small one overrules it.
 */
import type { FieldContent } from './field-dictionary';
import type { ColumnProfile } from './column-profile';

/** Fewer filled cells than this say nothing either way. */
const MIN_SAMPLE = 3;

export interface DataFit {
  readonly factor: number;
  /** True when the cells speak against the field. */
  readonly mismatch: boolean;
}

const NEUTRAL: DataFit = { factor: 1, mismatch: false };

function share(part: number, profile: ColumnProfile): number {
  return part / profile.filled;
}

/**
 * The factor by which sampled cells confirm (above 1) or doubt (below 1) a field for a column.
 * @example fitData('date', { filled: 5, dates: 0, texts: 5, serials: 0, counts: 0, docNumbers: 0, deadlinePhrases: 0 }) // { factor: 0.3, mismatch: true }
 */
export function fitData(content: FieldContent, profile: ColumnProfile): DataFit {
  if (profile.filled < MIN_SAMPLE) return NEUTRAL;
  const dateShare = share(profile.dates + profile.serials, profile);
  switch (content) {
    case 'date':
      if (dateShare >= 0.6) return { factor: 1.1, mismatch: false };
      return dateShare < 0.3 ? { factor: 0.3, mismatch: true } : { factor: 0.8, mismatch: false };
    case 'deadline':
      if (dateShare + share(profile.deadlinePhrases, profile) >= 0.5) return { factor: 1.05, mismatch: false };
      return { factor: 0.6, mismatch: true };
    case 'docNumber': {
      const docShare = share(profile.docNumbers, profile);
      if (docShare >= 0.5) return { factor: 1.3, mismatch: false };
      return docShare === 0 && share(profile.counts, profile) >= 0.5 ? { factor: 0.7, mismatch: true } : NEUTRAL;
    }
    case 'serial':
      if (share(profile.docNumbers, profile) >= 0.5) return { factor: 0.6, mismatch: true };
      return dateShare >= 0.6 ? { factor: 0.5, mismatch: true } : NEUTRAL;
    case 'count':
      return share(profile.counts, profile) >= 0.5 ? NEUTRAL : { factor: 0.5, mismatch: true };
    case 'text':
      return dateShare >= 0.8 ? { factor: 0.5, mismatch: true } : NEUTRAL;
  }
}
