/**
 * Reads a document number (发文字号, GB/T 9704-2012: 机关代字 + 〔year〕 + serial + 号) and says what
 * is wrong with its form. Never throws; linear in the input (see scan-doc-number.ts).
 */
import { removeSpaces } from '../../text/cell-text';
import { readStandardNumber } from './read-standard-number';
import { scanDocNumber, toAsciiDigits, type DocNumberParts } from './scan-doc-number';

/** Wrong forms a clerk types; `unreadable` means the text is not a document number at all. */
export type DocNumberFlaw =
  | 'unreadable'
  | 'brackets'
  | 'twoDigitYear'
  | 'leadingZero'
  | 'ordinal'
  | 'missingHao'
  | 'fullWidthDigits';

export interface DocNumber {
  /** 机关代字 as written, outer spaces removed ('' when the number starts with the year). */
  readonly agency: string;
  /** The year as written: 2026, or 26 for 〔26〕. */
  readonly year: number | null;
  readonly serial: number | null;
  /** The two brackets around the year as written, e.g. '〔〕' or '[]'; null when unreadable. */
  readonly bracket: string | null;
  /** Text after 号 (文, 附件 …), kept as written. */
  readonly suffix: string;
  readonly problems: readonly DocNumberFlaw[];
}

/** The only brackets GB/T 9704-2012 allows around the year. */
export const STANDARD_BRACKETS = '〔〕';

const UNREADABLE: DocNumber = {
  agency: '',
  year: null,
  serial: null,
  bracket: null,
  suffix: '',
  problems: ['unreadable'],
};

/**
 * What is wrong with the pieces a clerk typed, in the order a reader meets them.
 * @example listFlaws(scanDocNumber('县政办发[2026]012号')!) // ['brackets', 'leadingZero']
 */
export function listFlaws(parts: DocNumberParts): DocNumberFlaw[] {
  const flaws: DocNumberFlaw[] = [];
  if (parts.open !== STANDARD_BRACKETS[0] || parts.close !== STANDARD_BRACKETS[1]) flaws.push('brackets');
  if (parts.yearText.length === 2) flaws.push('twoDigitYear');
  if (parts.ordinal) flaws.push('ordinal');
  if (parts.serialText.length > 1 && (parts.serialText[0] === '0' || parts.serialText[0] === '０')) flaws.push('leadingZero');
  if (!parts.hao) flaws.push('missingHao');
  if (parts.fullWidth) flaws.push('fullWidthDigits');
  return flaws;
}

/**
 * Reads a document number and lists what is wrong with its form.
 * @example
 * parseDocNumber('县政办发[2026]第012号')
 * // { agency: '县政办发', year: 2026, serial: 12, bracket: '[]', suffix: '',
 * //   problems: ['brackets', 'ordinal', 'leadingZero'] }
 */
export function parseDocNumber(text: string): DocNumber {
  return readStandardNumber(text) ?? parseDocNumberFully(text);
}

/**
 * parseDocNumber without its fast path for the standard form: the full scanner on every text.
 * Kept apart so that tests can hold the fast path to it.
 * @example parseDocNumberFully('县政办发〔2026〕12号').serial // 12
 */
export function parseDocNumberFully(text: string): DocNumber {
  const parts = scanDocNumber(text);
  if (!parts) return UNREADABLE;
  return {
    agency: parts.agency,
    year: Number(toAsciiDigits(parts.yearText)),
    serial: Number(toAsciiDigits(parts.serialText)),
    bracket: parts.open + parts.close,
    suffix: parts.suffix,
    problems: listFlaws(parts),
  };
}

/**
 * The year a number means: four digits as written; two digits completed by the year of the row's
 * date when it ends in them, else taken as 20xx (for grouping, never for a fix).
 * @example fullYear(26, 2026) // 2026
 */
export function fullYear(year: number, hint: number | null = null): number {
  if (year >= 100) return year;
  if (hint !== null && hint % 100 === year) return hint;
  return 2000 + year;
}

/**
 * A key under which the same document matches however its brackets, zeros or digit widths were
 * typed: agency without spaces | four-digit year | serial. Null when unreadable.
 * @example docNumberKey(parseDocNumber('县政办发[2026]012号')) // '县政办发|2026|12'
 */
export function docNumberKey(number: DocNumber, yearHint: number | null = null): string | null {
  if (number.year === null || number.serial === null) return null;
  return `${removeSpaces(number.agency)}|${fullYear(number.year, yearHint)}|${number.serial}`;
}

/**
 * parseDocNumber with a memory per record, so the several rules that read a row's number parse it
 * once. Null for an empty cell (or a bare dash).
 * @example const read = rememberDocNumbers(isFilled, readText); read(record)?.serial // 12
 */
export function rememberDocNumbers<R extends { readonly row: number }>(
  isFilled: (record: R) => boolean,
  readText: (record: R) => string,
): (record: R) => DocNumber | null {
  // Indexed by sheet row (unique within a register, and dense): an array beats a hash map here.
  const parsed: Array<DocNumber | null | undefined> = [];
  return (record) => {
    let number = parsed[record.row];
    if (number === undefined) {
      number = isFilled(record) ? parseDocNumber(readText(record)) : null;
      parsed[record.row] = number;
    }
    return number;
  };
}
