/**
 * The date tokens of one sentence of a holiday notice: "2月15日（农历腊月二十八）至23日",
 * "12月31日至1月2日", "2022年12月31日", each with the weekday the notice wrote beside it.
 * One forward pass of a bounded regex: linear in the sentence.
 */

export interface NoticeDate {
  /** Year written in the token, else null (the notice's year applies). */
  readonly year: number | null;
  /** null only for the end of a range written without its month ("至23日"). */
  readonly month: number | null;
  readonly day: number;
  /** 1 = Monday … 7 = Sunday when the notice wrote (周日) or (星期六) beside it. */
  readonly weekday: number | null;
  /** True when the token directly follows the previous one after 至 / 到 / — / ~. */
  readonly rangeEnd: boolean;
  /** Offset of the token in the sentence, to tell what comes before 放假 or 上班. */
  readonly at: number;
  readonly text: string;
}

const WEEKDAY_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

function readWeekday(note: string | undefined): number | null {
  if (!note) return null;
  const m = /(?:周|星期|礼拜)([一二三四五六日天])/.exec(note);
  return m ? WEEKDAY_DIGITS[m[1]] : null;
}

/**
 * Every date token of a sentence (already half-width, without spaces), in order. A day without a month ("23日")
 * is taken only as the end of a range, so "共3日" is never read as a date.
 * @example findNoticeDates('2月15日(农历腊月二十八)至23日放假').map((t) => [t.month, t.day]) // [[2,15],[null,23]]
 */
export function findNoticeDates(sentence: string): NoticeDate[] {
  const pattern = /(至|到|—|–|-|~|〜)?(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:\(([^()]{0,60})\))?/g;
  const found: NoticeDate[] = [];
  let previousEnd = -1;
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
    const rangeEnd = m[1] !== undefined && found.length > 0 && previousEnd === m.index;
    if (m[3] === undefined && !rangeEnd) continue;
    found.push({
      year: m[2] === undefined ? null : Number(m[2]),
      month: m[3] === undefined ? null : Number(m[3]),
      day: Number(m[4]),
      weekday: readWeekday(m[5]),
      rangeEnd,
      at: m.index,
      text: m[1] === undefined ? m[0] : m[0].slice(m[1].length),
    });
    previousEnd = m.index + m[0].length;
  }
  return found;
}
