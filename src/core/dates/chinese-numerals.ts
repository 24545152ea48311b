/**
 * Chinese numerals as they appear in dates and time limits: digit by digit for years
 * (二〇二六, 二零二六, 二○二六, 二O二六) and with units for counts (五, 十, 十一, 二十, 三十一, 一百二十).
 */

const DIGITS: Readonly<Record<string, number>> = {
  // Clerks often type the letter O for 〇 (二O二六年).
  '〇': 0, '○': 0, '零': 0, 'O': 0, 'Ｏ': 0,
  '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};
const UNITS: Readonly<Record<string, number>> = { '十': 10, '百': 100, '千': 1000 };
/** 廿 and 卅 are one-character twenties and thirties (廿五 = 25), still seen in dates. */
const TENS: Readonly<Record<string, number>> = { '廿': 20, '卅': 30 };
/** No date or time limit needs more: a longer run is not a number this module reads. */
const MAX_RUN = 8;

export interface ChineseNumber {
  readonly value: number;
  /** Index just past the numeral. */
  readonly end: number;
  /** True when written digit by digit (二〇二六), false when written with units (二十六). */
  readonly positional: boolean;
  /** How many characters it took. */
  readonly length: number;
}

/**
 * True for a character that can be part of a Chinese numeral.
 * @example isChineseNumeralChar('〇') // true
 */
export function isChineseNumeralChar(ch: string): boolean {
  return ch in DIGITS || ch in UNITS || ch in TENS;
}

/** Reads a run of digits written one by one: 二〇二六 → 2026. */
function readPositional(run: string): number | null {
  let value = 0;
  for (const ch of run) {
    if (!(ch in DIGITS)) return null;
    value = value * 10 + DIGITS[ch];
  }
  return value;
}

/** Reads a numeral written with units: 三十一 → 31, 一百零五 → 105, 廿五 → 25. */
function readWithUnits(run: string): number | null {
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Number.POSITIVE_INFINITY;
  let sawZero = false;
  for (let i = 0; i < run.length; i++) {
    const ch = run[i];
    if (ch in TENS) {
      if (i !== 0) return null;
      total = TENS[ch];
      lastUnit = 10;
    } else if (ch in UNITS) {
      const unit = UNITS[ch];
      if (unit >= lastUnit) return null;
      total += (digit ?? 1) * unit;
      digit = null;
      lastUnit = unit;
      sawZero = false;
    } else if (DIGITS[ch] === 0) {
      if (sawZero || digit !== null) return null;
      sawZero = true;
    } else {
      // Two digits in a row (三五) are not a numeral with units.
      if (digit !== null) return null;
      digit = DIGITS[ch];
    }
  }
  return total + (digit ?? 0);
}

/**
 * Reads the Chinese numeral that starts at `start`, or null when there is none.
 * @example readChineseNumber('二〇二六年', 0) // { value: 2026, end: 4, positional: true, length: 4 }
 * @example readChineseNumber('三十一日', 0) // { value: 31, end: 3, positional: false, length: 3 }
 */
export function readChineseNumber(text: string, start: number): ChineseNumber | null {
  let end = start;
  while (end < text.length && end - start <= MAX_RUN && isChineseNumeralChar(text[end])) end++;
  const length = end - start;
  if (length === 0 || length > MAX_RUN) return null;
  const run = text.slice(start, end);
  const hasUnit = Array.from(run).some((ch) => ch in UNITS || ch in TENS);
  const value = hasUnit ? readWithUnits(run) : readPositional(run);
  return value === null ? null : { value, end, positional: !hasUnit, length };
}

/**
 * Reads a whole string as one Chinese numeral ("十五", "二〇二六"), or null.
 * @example parseChineseNumeral('二十') // 20
 */
export function parseChineseNumeral(text: string): number | null {
  const found = readChineseNumber(text, 0);
  return found && found.end === text.length ? found.value : null;
}
