/**
 * The fast path of parseDocNumber for the form nearly every register row holds: 机关代字〔2026〕12号
 * exactly as GB/T 9704-2012 writes it — no spaces, ASCII digits, no 第, no leading zero, nothing
 * after 号. One pass of character codes and one slice; anything else is left to the full scanner,
 * which gives the same answer (the property tests hold the two together).
 */
import { isTrimmedSpace } from '../../text/cell-text';
import type { DocNumber } from './parse-doc-number';
import { CLOSING_BRACKETS, MAX_DOC_NUMBER_LENGTH, OPENING_BRACKETS } from './scan-doc-number';

const STANDARD_CLOSE = 0x3015; // 〕
const HAO = 0x53f7; // 号
const ZERO = 48;
const NINE = 57;
const FULL_ZERO = 0xff10;
const FULL_NINE = 0xff19;
const FIRST_IDEOGRAPH = 0x4e00;
const LAST_IDEOGRAPH = 0x9fff;
/** The full scanner reads at most this many serial digits. */
const MAX_SERIAL_DIGITS = 9;
const NO_FLAWS: readonly [] = Object.freeze([]) as readonly [];

const BRACKET_CODES: ReadonlySet<number> = new Set(Array.from(OPENING_BRACKETS + CLOSING_BRACKETS, (c) => c.charCodeAt(0)));

function isDigitCode(code: number): boolean {
  return code >= ZERO && code <= NINE;
}

/** The agency part holds nothing the full scanner would read differently: no bracket, no full-width digit. */
function isPlainAgency(text: string, end: number): boolean {
  if (end > 0 && (isTrimmedSpace(text.charCodeAt(0)) || isTrimmedSpace(text.charCodeAt(end - 1)))) return false;
  for (let i = 0; i < end; i += 1) {
    const code = text.charCodeAt(i);
    // CJK ideographs, nearly all of an agency code, are neither: one comparison turns them away.
    if (code >= FIRST_IDEOGRAPH && code <= LAST_IDEOGRAPH) continue;
    if ((code >= FULL_ZERO && code <= FULL_NINE) || BRACKET_CODES.has(code)) return false;
  }
  return true;
}

/**
 * A number in the standard form, read; null when the text is in any other form (then
 * parseDocNumber's full scanner reads it).
 * @example readStandardNumber('县政办发〔2026〕12号') // { agency: '县政办发', year: 2026, serial: 12, bracket: '〔〕', suffix: '', problems: [] }
 * @example readStandardNumber('县政办发[2026]12号') // null
 */
export function readStandardNumber(text: string): DocNumber | null {
  if (typeof text !== 'string') return null;
  const length = text.length;
  if (length > MAX_DOC_NUMBER_LENGTH || text.charCodeAt(length - 1) !== HAO) return null;
  const open = text.indexOf('〔');
  // 〔 + four digits + 〕 + at least one serial digit + 号.
  if (open < 0 || open + 8 > length || text.charCodeAt(open + 5) !== STANDARD_CLOSE) return null;
  let year = 0;
  for (let i = open + 1; i <= open + 4; i += 1) {
    const code = text.charCodeAt(i);
    if (!isDigitCode(code)) return null;
    year = year * 10 + (code - ZERO);
  }
  const serialStart = open + 6;
  const serialEnd = length - 1;
  if (serialEnd - serialStart > MAX_SERIAL_DIGITS || text.charCodeAt(serialStart) === ZERO) return null;
  let serial = 0;
  for (let i = serialStart; i < serialEnd; i += 1) {
    const code = text.charCodeAt(i);
    if (!isDigitCode(code)) return null;
    serial = serial * 10 + (code - ZERO);
  }
  if (!isPlainAgency(text, open)) return null;
  return { agency: text.slice(0, open), year, serial, bracket: '〔〕', suffix: '', problems: NO_FLAWS };
}
