/**
 * The safe rewrite of a document number: fixes only the flaws asked for, keeps every other piece
 * as the clerk typed it, and gives up (null) whenever the right form is not certain.
 */
import { listFlaws, STANDARD_BRACKETS, type DocNumberFlaw } from './parse-doc-number';
import { scanDocNumber, toAsciiDigits } from './scan-doc-number';

export type DocNumberFix = Exclude<DocNumberFlaw, 'unreadable'>;

export interface FixedDocNumber {
  readonly text: string;
  /** The flaws the rewrite settled (a subset of those asked for). */
  readonly fixed: readonly DocNumberFix[];
}

/**
 * Rewrites a document number with the chosen flaws corrected. A two-digit year is completed only
 * when `yearHint` (the year of the row's date) ends in those digits; 号 is added only when nothing
 * follows the serial. Null when none of the chosen flaws can be fixed.
 * @example fixDocNumber('县政办发[2026]第012号', new Set(['brackets', 'ordinal', 'leadingZero']), null)
 * // { text: '县政办发〔2026〕12号', fixed: ['brackets', 'ordinal', 'leadingZero'] }
 */
export function fixDocNumber(
  text: string,
  chosen: ReadonlySet<DocNumberFix>,
  yearHint: number | null,
): FixedDocNumber | null {
  const parts = scanDocNumber(text);
  if (!parts) return null;
  const present = new Set(listFlaws(parts));
  const fixed: DocNumberFix[] = [];
  const wants = (flaw: DocNumberFix): boolean => chosen.has(flaw) && present.has(flaw);

  let open = parts.open;
  let close = parts.close;
  if (wants('brackets')) {
    [open, close] = Array.from(STANDARD_BRACKETS);
    fixed.push('brackets');
  }
  let yearText = parts.yearText;
  const twoDigits = Number(toAsciiDigits(yearText));
  if (wants('twoDigitYear') && yearHint !== null && yearHint % 100 === twoDigits) {
    yearText = String(yearHint);
    fixed.push('twoDigitYear');
  }
  let ordinal = parts.ordinal;
  if (wants('ordinal')) {
    ordinal = '';
    fixed.push('ordinal');
  }
  let serialText = parts.serialText;
  if (wants('leadingZero')) {
    serialText = String(Number(toAsciiDigits(serialText)));
    fixed.push('leadingZero');
  }
  let hao = parts.hao;
  if (wants('missingHao') && parts.suffix === '') {
    hao = '号';
    fixed.push('missingHao');
  }
  let rewritten = `${parts.agency}${open}${yearText}${close}${ordinal}${serialText}${hao}${parts.suffix}`;
  if (wants('fullWidthDigits')) {
    rewritten = toAsciiDigits(rewritten);
    fixed.push('fullWidthDigits');
  }
  return fixed.length > 0 ? { text: rewritten, fixed } : null;
}
