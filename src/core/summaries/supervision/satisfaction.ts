/**
 * Satisfaction verdicts (满意 / 基本满意 / 不满意) as registers write them, and the 满意率 offices
 * report: (满意 + 基本满意) ÷ items with a verdict.
 */
import { readCellText } from '../../text/cell-text';
import { normalizeValue } from '../../text/normalize';
import type { CellValue } from '../../types';

export type Verdict = 'satisfied' | 'basic' | 'dissatisfied';

/** Words tried in this order: 不满意 must be seen before 满意, 基本满意 before 满意. */
export const VERDICT_WORDS: ReadonlyArray<{ readonly verdict: Verdict; readonly words: readonly string[] }> = [
  { verdict: 'dissatisfied', words: ['不满意', '不太满意', '很不满意', '不满'] },
  { verdict: 'basic', words: ['基本满意', '比较满意', '较满意'] },
  { verdict: 'satisfied', words: ['满意'] },
];

export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = { satisfied: '满意', basic: '基本满意', dissatisfied: '不满意' };

/**
 * @example readVerdict('基本满意') // 'basic'
 * @example readVerdict('待回访') // null
 */
export function readVerdict(value: CellValue | undefined): Verdict | null {
  const text = normalizeValue(readCellText(value)).replace(/ /g, '');
  if (text === '') return null;
  for (const { verdict, words } of VERDICT_WORDS) if (words.some((w) => text.includes(w))) return verdict;
  return null;
}

export interface VerdictTally {
  satisfied: number;
  basic: number;
  dissatisfied: number;
}

/** (满意 + 基本满意) ÷ items with a verdict; null when none has one. @example computeSatisfactionRate({ satisfied: 2, basic: 1, dissatisfied: 1 }) // 0.75 */
export function computeSatisfactionRate(t: VerdictTally): number | null {
  const rated = t.satisfied + t.basic + t.dissatisfied;
  return rated === 0 ? null : (t.satisfied + t.basic) / rated;
}
