/**
 * Whether a text reads as a date, in any year: what detection asks of every text cell in a
 * sheet's top rows, to tell header rows from data rows and to profile each column's first data.
 * The workbooks of one summary (one per township) repeat the same dates, units and wordings
 * there, and a date parse is the most expensive question detection asks; a repeated text is a
 * lookup (bounded, for a task pane that stays open all day).
 */
import { parseDate } from '../dates/parse-date';
import { memoizeByText } from '../deadlines/memo-by-text';

/** Any year will do for telling 3月5日 from plain text. */
const SAMPLE_YEAR = 2000;

const answer = memoizeByText((value) => parseDate(value, { year: SAMPLE_YEAR }).ok, 20_000);

/**
 * @example readsAsDate('3月5日') // true
 * @example readsAsDate('县财政局') // false
 */
export function readsAsDate(text: string): boolean {
  return answer(text);
}
