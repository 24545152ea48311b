/**
 * The scanner under parseDocNumber: splits a document number into the pieces a clerk typed, so
 * that a fix can rewrite one piece (the brackets, the 第, the zeros) and keep the others as written.
 * It walks the string once by index (every character it looks for is a single UTF-16 unit), is
 * bounded, allocates little, and never throws.
 */

/** Longer text is not a document number; the cap keeps every call cheap. */
export const MAX_DOC_NUMBER_LENGTH = 200;

export const OPENING_BRACKETS = '〔[(（【〈［﹝〖<《';
export const CLOSING_BRACKETS = '〕])）】〉］﹞〗>》';

/** The pieces of a document number, each as written (digits in their original width). */
export interface DocNumberParts {
  readonly agency: string;
  readonly open: string;
  readonly yearText: string;
  readonly close: string;
  /** '第' when the serial has one, else ''. */
  readonly ordinal: string;
  readonly serialText: string;
  /** '号' / '號', or '' when missing. */
  readonly hao: string;
  readonly suffix: string;
  /** The whole text had full-width digits. */
  readonly fullWidth: boolean;
}

const FULL_ZERO = 0xff10;
const FULL_NINE = 0xff19;

function hasFullWidthDigit(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= FULL_ZERO && code <= FULL_NINE) return true;
  }
  return false;
}

/**
 * Full-width digits ０-９ become 0-9; everything else is kept, one UTF-16 unit for one.
 * @example toAsciiDigits('〔２０２６〕') // '〔2026〕'
 */
export function toAsciiDigits(text: string): string {
  if (!hasFullWidthDigit(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    out += code >= FULL_ZERO && code <= FULL_NINE ? String.fromCharCode(code - 0xfee0) : text[i];
  }
  return out;
}

const OPENING_CODES: ReadonlySet<number> = new Set(Array.from(OPENING_BRACKETS, (c) => c.charCodeAt(0)));
const CLOSING_CODES: ReadonlySet<number> = new Set(Array.from(CLOSING_BRACKETS, (c) => c.charCodeAt(0)));
const ORDINAL = 0x7b2c; // 第
const HAO = 0x53f7; // 号
const HAO_TRADITIONAL = 0x865f; // 號

/** CJK ideographs, the bulk of an agency code, hold no bracket: they are turned away by one comparison. */
const FIRST_IDEOGRAPH = 0x4e00;
const LAST_IDEOGRAPH = 0x9fff;

function isOpeningCode(code: number): boolean {
  return !(code >= FIRST_IDEOGRAPH && code <= LAST_IDEOGRAPH) && OPENING_CODES.has(code);
}

// Character codes, not one-character strings: a CJK character read as a string is a new allocation.
function isDigitAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 48 && code <= 57;
}

function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code === 0x20 || code === 0x3000 || code === 0x09;
}

function skipSpaces(text: string, i: number): number {
  let j = i;
  while (j < text.length && isSpaceAt(text, j)) j += 1;
  return j;
}

function readDigits(text: string, from: number, max: number): number {
  let j = from;
  while (j < text.length && j - from < max && isDigitAt(text, j)) j += 1;
  return j;
}

/**
 * Finds a bracketed 2- or 4-digit year that starts at `open`, returning the index of its closing
 * bracket, or -1. `text` must already have ASCII digits.
 * @example findYearClose('县政办发[2026]12号', 4) // 9
 */
export function findYearClose(text: string, open: number): number {
  if (open >= text.length || !isOpeningCode(text.charCodeAt(open))) return -1;
  const start = skipSpaces(text, open + 1);
  const end = readDigits(text, start, 5);
  if (end - start !== 2 && end - start !== 4) return -1;
  const close = skipSpaces(text, end);
  return close < text.length && CLOSING_CODES.has(text.charCodeAt(close)) ? close : -1;
}

/**
 * Splits a document number into its pieces, or null when the text is not one.
 * @example scanDocNumber('县政办发[2026]第012号')?.serialText // '012'
 */
export function scanDocNumber(text: string): DocNumberParts | null {
  if (typeof text !== 'string' || text.length > MAX_DOC_NUMBER_LENGTH * 4) return null;
  const original = text.trim();
  if (original.length === 0 || original.length > MAX_DOC_NUMBER_LENGTH) return null;
  const ascii = toAsciiDigits(original);
  let open = -1;
  let close = -1;
  for (let i = 0; i < ascii.length && close < 0; i += 1) {
    close = findYearClose(ascii, i);
    if (close >= 0) open = i;
  }
  if (close < 0) return null;
  let j = skipSpaces(ascii, close + 1);
  const ordinal = ascii.charCodeAt(j) === ORDINAL ? '第' : '';
  if (ordinal) j = skipSpaces(ascii, j + 1);
  const serialEnd = readDigits(ascii, j, 9);
  if (serialEnd === j) return null;
  const serialText = original.slice(j, serialEnd);
  j = skipSpaces(ascii, serialEnd);
  const haoCode = ascii.charCodeAt(j);
  const hao = haoCode === HAO ? '号' : haoCode === HAO_TRADITIONAL ? '號' : '';
  if (hao) j += 1;
  return {
    agency: original.slice(0, open).trim(),
    open: ascii[open],
    yearText: original.slice(open + 1, close).trim(),
    close: ascii[close],
    ordinal,
    serialText,
    hao,
    suffix: original.slice(j).trim(),
    fullWidth: ascii !== original,
  };
}
