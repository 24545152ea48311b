/**
 * Words in a sheet's name or title that say which register it is ("2026年收文登记簿"), and the
 * header wordings of tallies that mark a hand-made summary rather than a register.
 */
import type { RegisterKind } from '../types';

export const TITLE_WORDS: Readonly<Record<RegisterKind, readonly string[]>> = {
  incoming: ['收文', '来文', '收件', '文件签收'],
  outgoing: ['发文', '印发登记', '签发登记'],
  // Proposals (人大建议、政协提案) are supervised items: they share the supervision ledger's fields.
  supervision: ['督办', '督查', '批示', '交办', '建议提案', '建议', '提案', '议案', '限时办结'],
  submissions: ['信息报送', '信息采用', '报送', '采用', '政务信息', '信息登记'],
};

/** Words that name a sheet that is not a register at all. */
export const NON_REGISTER_TITLE_WORDS: readonly string[] = ['填表说明', '填写说明', '使用说明', '说明', '目录', '汇总', '统计表'];

/** Header endings of tallies: 收文件数, 办结率, 合计. */
export const TALLY_ENDINGS: readonly string[] = ['合计', '小计', '总计', '总数', '件数', '数量', '占比', '率', '数'];

/**
 * The kinds a title or sheet name names (folded text: simplified, no spaces).
 * @example findKindsNamed('2026年收文登记簿') // ['incoming']
 */
export function findKindsNamed(folded: string): RegisterKind[] {
  const kinds = Object.keys(TITLE_WORDS) as RegisterKind[];
  return kinds.filter((kind) => TITLE_WORDS[kind].some((w) => folded.includes(w)));
}

/**
 * True for a header that counts or sums (收文件数, 办结率, 合计), as summary tables have.
 * @example isTallyHeader('办结率') // true
 */
export function isTallyHeader(folded: string): boolean {
  return folded.length <= 12 && TALLY_ENDINGS.some((w) => folded.endsWith(w));
}
