/**
 * Which number formats show a date. Excel stores a date as a plain number; only the cell's
 * format says it is one. Built-in ids are fixed by the standard (27–36 and 50–58 are the
 * zh-CN/CJK date and time formats); custom codes are read for their date letters.
 */

/** Built-in format ids that show dates or times: 14–22, 27–36, 45–47, 50–58. */
const BUILT_IN_DATE_IDS: ReadonlySet<number> = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/**
 * Whether a number format id (with the workbook's custom codes) shows a date or a time.
 * A code the workbook defines wins over the built-in meaning of its id.
 * @example isDateFormat(14, new Map()) // true
 * @example isDateFormat(164, new Map([[164, 'yyyy"年"m"月"d"日"']])) // true
 */
export function isDateFormat(numFmtId: number, custom: ReadonlyMap<number, string>): boolean {
  const code = custom.get(numFmtId);
  return code === undefined ? BUILT_IN_DATE_IDS.has(numFmtId) : isDateFormatCode(code);
}

/**
 * Whether a format code shows a date or a time: it has d, m, y, h or s outside quoted text,
 * escapes (`\x`, `_x`, `*x`) and bracketed tokens (`[Red]`, `[$-F800]`, `[DBNum1]`, `[>=100]`).
 * Elapsed-time codes (`[h]:mm:ss`) count durations, not days, and are not dates.
 * @example isDateFormatCode('[$-F800]dddd, mmmm dd, yyyy') // true
 * @example isDateFormatCode('0"天"') // false: the date letter sits in quotes
 * @example isDateFormatCode('[h]:mm:ss') // false
 */
export function isDateFormatCode(code: string): boolean {
  let letters = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') {
      const close = code.indexOf('"', i + 1);
      i = close < 0 ? code.length : close;
    } else if (ch === '\\' || ch === '_' || ch === '*') {
      i++;
    } else if (ch === '[') {
      const close = code.indexOf(']', i + 1);
      const token = code.slice(i + 1, close < 0 ? code.length : close);
      if (/^(?:h+|m+|s+)$/i.test(token)) return false;
      i = close < 0 ? code.length : close;
    } else if (/[dmyhs]/i.test(ch)) {
      letters = true;
    }
  }
  return letters;
}
