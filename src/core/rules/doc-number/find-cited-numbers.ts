/**
 * Document numbers cited inside free text ("落实市政办发〔2026〕1号文件要求"). Where the agency code
 * starts is unknowable in running text, so a citation keeps the text before its bracket, and a
 * caller checks whether that text ends with a known agency code.
 */
import { fullYear } from './parse-doc-number';
import { findYearClose, toAsciiDigits } from './scan-doc-number';

export interface CitedNumber {
  readonly year: number;
  readonly serial: number;
  /** Up to MAX_AGENCY characters before the opening bracket (not past the previous citation), spaces removed. */
  readonly before: string;
  /** The citation from its bracket to its 号, as written (digits half-width). */
  readonly text: string;
}

/** Longer text is read only so far: a cited number sits near the start of a matter. */
const MAX_TEXT = 2000;
const MAX_AGENCY = 20;

/**
 * Finds every bracketed-year document number in a text.
 * @example findCitedNumbers('落实市政办发〔2026〕1号文件要求') // [{ year: 2026, serial: 1, before: '落实市政办发', text: '〔2026〕1号' }]
 */
export function findCitedNumbers(text: string): CitedNumber[] {
  const ascii = toAsciiDigits(text.slice(0, MAX_TEXT));
  const found: CitedNumber[] = [];
  // The agency of a citation never reaches back into the citation before it.
  let previousEnd = 0;
  for (let i = 0; i < ascii.length; i += 1) {
    const close = findYearClose(ascii, i);
    if (close < 0) continue;
    let j = close + 1;
    while (ascii[j] === ' ' || ascii[j] === '第') j += 1;
    const start = j;
    while (j < ascii.length && j - start < 9 && ascii[j] >= '0' && ascii[j] <= '9') j += 1;
    if (j === start) continue;
    const end = ascii[j] === '号' ? j + 1 : j;
    found.push({
      year: fullYear(Number(ascii.slice(i + 1, close).trim())),
      serial: Number(ascii.slice(start, j)),
      before: ascii.slice(Math.max(previousEnd, i - MAX_AGENCY), i).replace(/\s+/g, ''),
      text: ascii.slice(i, end),
    });
    previousEnd = end;
    i = end - 1;
  }
  return found;
}

/** Verbs that introduce a cited document in a matter ("落实…", "贯彻…"): never part of an agency code. */
const LEAD_WORDS = /^.*(落实|执行|贯彻|根据|按照|依据|办理|转发|印发|学习|督办|对照|参照|关于|和|及|与|、|，|,)/;

/**
 * The agency code a citation most likely has, for showing it to a clerk (matching never relies
 * on it): the text before the bracket without the verbs that introduce it.
 * @example guessCitedAgency('落实市政办发') // '市政办发'
 */
export function guessCitedAgency(before: string): string {
  const rest = before.replace(LEAD_WORDS, '');
  return rest === '' ? before : rest;
}
