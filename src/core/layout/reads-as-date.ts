/**
 * Whether a text reads as a date, in any year: what detection asks of every text cell in a
 * sheet's top rows, to tell header rows from data rows and to profile each column's first data.
 * The workbooks of one summary (one per township) repeat the same dates, units and wordings
 * there, and a date parse is the most expensive question detection asks; a repeated text is a
 * lookup. Bounded, for a task pane that stays open all day.
 */
import { parseDate } from '../dates/parse-date';

/** Any year will do for telling 3月5日 from plain text. */
const SAMPLE_YEAR = 2000;
const ANSWERED = new Map<string, boolean>();
const ANSWERED_MAX = 20_000;

/**
 * @example readsAsDate('3月5日') // true
 * @example readsAsDate('县财政局') // false
 */
export function readsAsDate(text: string): boolean {
  const known = ANSWERED.get(text);
  if (known !== undefined) return known;
  const answer = parseDate(text, { year: SAMPLE_YEAR }).ok;
  if (ANSWERED.size >= ANSWERED_MAX) ANSWERED.clear();
  ANSWERED.set(text, answer);
  return answer;
}
