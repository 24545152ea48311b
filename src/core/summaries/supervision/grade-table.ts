/** 建议提案办理结果: how many answers were graded A, B, C and D, and their shares. */
import type { SpecRowStyle, SpecTable, SpecValue } from '../../sheet-spec';
import type { SummaryItem } from '../summary-types';
import { PROPOSAL_GRADES, readProposalGrade, type ProposalGrade } from './proposal-grades';

/**
 * Null when no item's result carries a grade (the ledger holds no proposals).
 * @example buildGradeTable('建议提案办理结果', items)?.rows.at(-1) // ['合计', '', 5, 1]
 */
export function buildGradeTable(caption: string, items: readonly SummaryItem[]): SpecTable | null {
  const counts: Record<ProposalGrade, number> = { A: 0, B: 0, C: 0, D: 0 };
  let total = 0;
  for (const item of items) {
    const grade = readProposalGrade(item.record.values.result);
    if (!grade) continue;
    counts[grade] += 1;
    total += 1;
  }
  if (total === 0) return null;
  const rows: SpecValue[][] = PROPOSAL_GRADES.map((g) => [`${g.grade}类`, g.meaning, counts[g.grade], counts[g.grade] / total]);
  rows.push(['合计', '', total, 1]);
  return {
    caption,
    columns: [
      { header: '办理结果', width: 10, format: 'text' },
      { header: '含义', width: 34, format: 'text' },
      { header: '件数', width: 8, format: 'integer' },
      { header: '占比', width: 8, format: 'percent1' },
    ],
    rows,
    rowStyles: rows.map((_, i): SpecRowStyle => (i === rows.length - 1 ? 'total' : 'body')),
  };
}
