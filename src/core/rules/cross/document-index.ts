/**
 * Hash indexes that let one register look documents up in another in constant time per row:
 * numbers by their key, numbers cited in running text by year and serial, titles by their folded
 * form. Nothing is compared pairwise.
 */
import { docNumberKey, fullYear, parseDocNumber, type DocNumber } from '../doc-number/parse-doc-number';
import type { CitedNumber } from '../doc-number/find-cited-numbers';
import { foldValue, rememberFolds } from '../values/fold-value';

const TITLE_NOISE = /[《》〈〉<>“”"'‘’「」『』()（）[\]【】,，.。;；:：!！?？、\s]/g;

/**
 * A title folded for matching: no spaces, quotes, brackets or punctuation.
 * @example foldTitle('关于做好 “春节” 工作的通知。') // '关于做好春节工作的通知'
 */
export function foldTitle(text: string): string {
  return foldValue(text).replace(TITLE_NOISE, '');
}

/**
 * Titles quoted in running text.
 * @example findQuotedTitles('落实《关于春耕生产的通知》要求') // ['关于春耕生产的通知']
 */
export function findQuotedTitles(text: string): string[] {
  const titles: string[] = [];
  const pattern = /《([^《》]{1,200})》/g;
  const head = text.slice(0, 2000);
  for (let m = pattern.exec(head); m; m = pattern.exec(head)) titles.push(m[1]);
  return titles;
}

/** The folded agency, four-digit year and serial of a number, or null when it is none. */
function readNumberParts(
  number: DocNumber,
  yearHint: number | null,
  fold: (text: string) => string,
): { agency: string; yearSerial: string; key: string } | null {
  const key = docNumberKey(number, yearHint);
  if (key === null || number.year === null || number.serial === null) return null;
  return { agency: fold(number.agency), yearSerial: `${fullYear(number.year, yearHint)}|${number.serial}`, key };
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Document numbers registered in a register, for looking up typed and cited numbers.
 * @example const index = new NumberIndex(); index.addNumber('市应急〔2026〕8号'); index.hasNumber('市应急[2026]08号') // true
 */
export class NumberIndex {
  private readonly keys = new Set<string>();
  /** `year|serial` → folded agency codes registered with that year and serial. */
  private readonly agencies = new Map<string, string[]>();
  /** A register's agency codes repeat down its rows: each is folded once. */
  private readonly fold = rememberFolds();

  /** Adds a document number as typed in a register; text that is no number is ignored. */
  addNumber(text: string, yearHint: number | null = null): void {
    this.addParsed(parseDocNumber(text), yearHint);
  }

  /** Adds a number a rule context has read already (see RuleContext.readDocNumber). */
  addParsed(number: DocNumber, yearHint: number | null = null): void {
    const parts = readNumberParts(number, yearHint, this.fold);
    if (!parts) return;
    this.keys.add(parts.key);
    push(this.agencies, parts.yearSerial, parts.agency);
  }

  /** The number typed in another register is here (same agency, year and serial). */
  hasNumber(text: string, yearHint: number | null = null): boolean {
    return this.hasParsed(parseDocNumber(text), yearHint);
  }

  /** hasNumber for a number read already. */
  hasParsed(number: DocNumber, yearHint: number | null = null): boolean {
    const parts = readNumberParts(number, yearHint, this.fold);
    return parts !== null && this.keys.has(parts.key);
  }

  /** A number cited in running text is here: some agency with its year and serial ends the text before it. */
  hasCitation(cited: CitedNumber): boolean {
    const before = foldValue(cited.before);
    return (this.agencies.get(`${cited.year}|${cited.serial}`) ?? []).some((agency) => agency !== '' && before.endsWith(agency));
  }
}

/**
 * Numbers cited in running text, for looking up a typed number (the reverse of hasCitation).
 * @example const index = new CitationIndex(); findCitedNumbers('落实市政办发〔2026〕1号').forEach((c) => index.add(c)); index.hasNumber('市政办发〔2026〕1号') // true
 */
export class CitationIndex {
  /** `year|serial` → the folded text before each citation. */
  private readonly befores = new Map<string, string[]>();

  add(cited: CitedNumber): void {
    push(this.befores, `${cited.year}|${cited.serial}`, foldValue(cited.before));
  }

  /** Some citation of this year and serial is preceded by the typed number's agency code. */
  hasNumber(text: string, yearHint: number | null = null): boolean {
    const parts = readNumberParts(parseDocNumber(text), yearHint, foldValue);
    if (!parts || parts.agency === '') return false;
    return (this.befores.get(parts.yearSerial) ?? []).some((before) => before.endsWith(parts.agency));
  }
}
