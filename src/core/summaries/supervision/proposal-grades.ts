/**
 * Results of 人大建议 and 政协提案 graded A–D (shared/domain.md): A solved, B being solved or
 * planned, C planned for later or not possible now, D kept for reference.
 */
import { readCellText } from '../../text/cell-text';
import { toHalfWidth } from '../../text/half-width';
import type { CellValue } from '../../types';

export type ProposalGrade = 'A' | 'B' | 'C' | 'D';

export const PROPOSAL_GRADES: ReadonlyArray<{ readonly grade: ProposalGrade; readonly meaning: string }> = [
  { grade: 'A', meaning: '所提问题已经解决或基本解决' },
  { grade: 'B', meaning: '所提问题正在解决或已列入计划解决' },
  { grade: 'C', meaning: '列入计划逐步解决或因条件限制暂不能解决' },
  { grade: 'D', meaning: '留作参考' },
];

/** "A", "A类", "A 类（已解决）", "B类答复": the grade letter opens the cell. */
const GRADE = /^([ABCD])(?=$|\s|类|級|级|[（(、,，:：;；.。])/;

/**
 * @example readProposalGrade('B类（正在解决）') // 'B'
 * @example readProposalGrade('Already done') // null
 */
export function readProposalGrade(value: CellValue | undefined): ProposalGrade | null {
  const m = GRADE.exec(toHalfWidth(readCellText(value)).trim().toUpperCase());
  return m ? (m[1] as ProposalGrade) : null;
}
