/**
 * The sentence a clerk reads after "清除标记": what came back, what was left alone on purpose,
 * and what could no longer be found.
 */
import type { ClearOutcome } from '../hosts/host';
import type { Locale } from '../i18n';

function describeSheetZh(o: ClearOutcome): string {
  const parts = [`「${o.sheet}」已清除标记，恢复 ${o.rowsRestored} 行原来的底色`];
  if (o.cellsKeptByUser > 0) parts.push(`保留 ${o.cellsKeptByUser} 个您之后改过颜色的单元格`);
  if (o.rowsNotFound > 0) parts.push(`${o.rowsNotFound} 行已找不到（可能已删除），未作改动`);
  return parts.join('，');
}

function describeSheetEn(o: ClearOutcome): string {
  const rows = o.rowsRestored === 1 ? 'row' : 'rows';
  const parts = [`"${o.sheet}": marks cleared, colours restored on ${o.rowsRestored} ${rows}`];
  if (o.cellsKeptByUser > 0) parts.push(`${o.cellsKeptByUser} cells you re-coloured since were kept`);
  if (o.rowsNotFound > 0) parts.push(`${o.rowsNotFound} marked rows could not be found (deleted?) and were left alone`);
  return parts.join('; ');
}

/**
 * @example describeClear([{ sheet: '收文登记簿', rowsRestored: 7, cellsKeptByUser: 0, rowsNotFound: 0 }], 'zh-CN')
 * // '「收文登记簿」已清除标记，恢复 7 行原来的底色。'
 */
export function describeClear(outcomes: readonly ClearOutcome[], locale: Locale): string {
  const touched = outcomes.filter((o) => o.rowsRestored + o.cellsKeptByUser + o.rowsNotFound > 0);
  if (locale === 'zh-CN') {
    return touched.length === 0 ? '这里没有台账助手做的标记，无需清除。' : `${touched.map(describeSheetZh).join('；')}。`;
  }
  return touched.length === 0 ? 'There are no Register Desk marks here to clear.' : `${touched.map(describeSheetEn).join('. ')}.`;
}
