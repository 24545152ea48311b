/**
 * The year a register is about, read from its title ("2026年收文登记簿", "二〇二六年度督办台账")
 * or its sheet name ("2026收文"). Two different years (a sheet for 2025–2026) give none.
 */
import { readChineseNumber } from '../dates/chinese-numerals';
import { toHalfWidth } from '../text/half-width';

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** Titles are short; a long text is a note, and no more of it is read. */
const MAX_TITLE = 200;
const RANGE_MARKS = new Set(['-', '~', '至', '—', '–']);

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Years written before 年 (or, when `bare`, any four digits standing alone). */
function collectYears(text: string, bare: boolean, into: Set<number>): void {
  const s = toHalfWidth(text.slice(0, MAX_TITLE));
  for (let i = 0; i < s.length; i++) {
    let year: number | null = null;
    let end = i;
    if (isDigit(s[i]) && !isDigit(s[i - 1])) {
      while (isDigit(s[end])) end++;
      if (end - i === 4) year = Number(s.slice(i, end));
    } else {
      const cn = readChineseNumber(s, i);
      if (cn && cn.positional && cn.length === 4 && (i === 0 || readChineseNumber(s, i - 1) === null)) {
        year = cn.value;
        end = cn.end;
      }
    }
    if (year === null) continue;
    let after = end;
    while (s[after] === ' ') after++;
    // "2025-2026年度" names two years: the first is followed by a range mark, not by 年.
    const named = s[after] === '年' || RANGE_MARKS.has(s[after]) || bare;
    if (named && year >= MIN_YEAR && year <= MAX_YEAR) into.add(year);
    i = end - 1;
  }
}

/**
 * The one year the title texts name before 年, else the one the sheet name names; null when
 * none or several.
 * @example findRegisterYear(['2026年收文登记簿'], 'Sheet1') // 2026
 * @example findRegisterYear([], '2025收文') // 2025
 */
export function findRegisterYear(titles: readonly string[], sheetName: string): number | null {
  const years = new Set<number>();
  for (const title of titles) collectYears(title, false, years);
  if (years.size === 0) collectYears(sheetName, false, years);
  if (years.size === 0) collectYears(sheetName, true, years);
  return years.size === 1 ? [...years][0] : null;
}
