/**
 * Whether a result cell says the item is finished. Negations win: "未办结", "没有完成",
 * "正在办理", "办理中" are open even though they hold a finished word.
 */
import { readCellText } from '../text/cell-text';
import { normalizeValue } from '../text/normalize';
import type { CellValue } from '../types';

export type FinishedReading = 'finished' | 'unfinished' | 'unknown';

/** Words that negate a finished word when they come shortly before it in the same clause. */
const NEGATORS = ['未', '没', '不', '待', '尚', '暂', '无法'];
/** How far back a negator reaches: "未按期办结", "不能按期完成". */
const NEGATION_REACH = 4;
const CLAUSE_BREAK = /[,，.。;；:：!！?？、]/;
/** A result cell says what it means early; a long note is read only so far. */
const MAX_CHARS = 500;

function isNegated(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - NEGATION_REACH; i--) {
    if (CLAUSE_BREAK.test(text[i])) return false;
    if (NEGATORS.some((n) => text.startsWith(n, i))) return true;
  }
  return false;
}

/**
 * @example readFinishedText('已办结', ['办结'], ['办理中']) // 'finished'
 * @example readFinishedText('未办结', ['办结'], ['办理中']) // 'unfinished'
 * @example readFinishedText('正在协调', ['办结'], ['正在']) // 'unfinished'
 */
export function readFinishedText(
  value: CellValue | undefined,
  finishedWords: readonly string[],
  unfinishedWords: readonly string[],
): FinishedReading {
  const text = normalizeValue(readCellText(value).slice(0, MAX_CHARS)).replace(/\s+/g, '');
  if (text === '') return 'unknown';
  if (unfinishedWords.some((w) => w !== '' && text.includes(w))) return 'unfinished';
  let negated = false;
  for (const word of finishedWords) {
    if (word === '') continue;
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      if (!isNegated(text, at)) return 'finished';
      negated = true;
    }
  }
  return negated ? 'unfinished' : 'unknown';
}
