/**
 * The form of each document number (GB/T 9704-2012) and its year against the row's date.
 * Every kind of register is checked (an incoming register should copy the sender's number right);
 * text that is no document number at all is reported only in outgoing registers, where the
 * number is the office's own.
 */
import type { LocalText, RegisterRecord } from '../../types';
import { makeFinding, nameCell, nameField, quote, type RuleContext } from '../context';
import type { Finding } from '../finding';
import { readText } from '../record-values';
import type { RuleCode } from '../rule-codes';
import { fixDocNumber, type DocNumberFix } from './fix-doc-number';
import { fullYear, type DocNumber, type DocNumberFlaw } from './parse-doc-number';

const FLAW_RULES: Readonly<Record<DocNumberFix, RuleCode>> = {
  brackets: 'doc-number.brackets',
  twoDigitYear: 'doc-number.two-digit-year',
  leadingZero: 'doc-number.leading-zero',
  ordinal: 'doc-number.ordinal',
  missingHao: 'doc-number.missing-hao',
  fullWidthDigits: 'doc-number.full-width-digits',
};

const FLAW_WORDS: Readonly<Record<DocNumberFix, LocalText>> = {
  brackets: { zh: '年份没有用六角括号〔 〕', en: 'does not put the year in 〔 〕' },
  twoDigitYear: { zh: '年份只写了两位', en: 'has a two-digit year' },
  leadingZero: { zh: '顺序号前多了 0', en: 'has leading zeros in the serial' },
  ordinal: { zh: '顺序号前多了“第”字', en: 'has 第 before the serial' },
  missingHao: { zh: '末尾缺“号”字', en: 'does not end in 号' },
  fullWidthDigits: { zh: '用了全角数字', en: 'uses full-width digits' },
};

const ALL_FIXES: ReadonlySet<DocNumberFix> = new Set(Object.keys(FLAW_RULES) as DocNumberFix[]);

/**
 * The year a row's document number should carry: its issued date's (exactly), else its received
 * date's (at most).
 * @example findRowYear(outgoingRecord) // { year: 2026, exact: true }
 */
export function findRowYear(record: RegisterRecord): { year: number; exact: boolean } | null {
  if (record.dates.issuedDate) return { year: record.dates.issuedDate.year, exact: true };
  if (record.dates.receivedDate) return { year: record.dates.receivedDate.year, exact: false };
  return null;
}

function describeRightForm(text: string, number: DocNumber, yearHint: number | null): LocalText {
  const right = fixDocNumber(text, ALL_FIXES, yearHint);
  const yearUnsure = number.problems.includes('twoDigitYear') && !right?.fixed.includes('twoDigitYear');
  if (!right || yearUnsure) {
    return {
      zh: '请写成“机关代字〔四位年份〕顺序号号”，如 县政办发〔2026〕12号',
      en: 'Write agency code, 〔four-digit year〕, serial and 号, e.g. 县政办发〔2026〕12号',
    };
  }
  return { zh: `请写成 ${right.text}`, en: `Write ${right.text}` };
}

function checkYear(ctx: RuleContext, record: RegisterRecord, number: DocNumber, out: Finding[]): void {
  if (number.year === null) return;
  // findRowYear's answer without its object: nearly every row agrees, and is looked at only here.
  const issued = record.dates.issuedDate;
  const dated = issued ?? record.dates.receivedDate;
  if (!dated) return;
  const year = fullYear(number.year, dated.year);
  // A document arrives in its own year or later; only the office's own number must match exactly.
  if (issued ? year === dated.year : year <= dated.year) return;
  const rowYear = { year: dated.year, exact: Boolean(issued) };
  const text = readText(record, 'docNumber');
  const dateField = rowYear.exact ? 'issuedDate' : 'receivedDate';
  const cell = nameCell(ctx, record.row, 'docNumber');
  out.push(
    makeFinding(ctx, {
      rule: 'doc-number.year-mismatch',
      row: record.row,
      field: 'docNumber',
      message: {
        zh: `${cell.zh} 的${nameField(ctx, 'docNumber').zh}${quote(text)}年份是 ${year}，而 ${nameCell(ctx, record.row, dateField).zh} 的${nameField(ctx, dateField).zh}在 ${rowYear.year} 年`,
        en: `${cell.en} number "${text}" says ${year} but the ${nameField(ctx, dateField).en} is in ${rowYear.year}`,
      },
      fix: {
        zh: `请核对文号年份和${nameField(ctx, dateField).zh}，文号年份应为 ${rowYear.year}`,
        en: `Check the number's year and the ${nameField(ctx, dateField).en}; the year should be ${rowYear.year}`,
      },
    }),
  );
}

function checkRecord(ctx: RuleContext, record: RegisterRecord, out: Finding[]): void {
  const number = ctx.readDocNumber(record);
  if (!number) return;
  const unreadable = number.problems.includes('unreadable');
  if (unreadable && ctx.kind !== 'outgoing') return;
  // Most numbers are well formed: the cell's name and the suggested form are only worked out for a finding.
  if (number.problems.length > 0) {
    const text = readText(record, 'docNumber');
    const cell = nameCell(ctx, record.row, 'docNumber');
    const label = nameField(ctx, 'docNumber');
    const fix = describeRightForm(text, number, findRowYear(record)?.year ?? null);
    if (unreadable) {
      out.push(
        makeFinding(ctx, {
          rule: 'doc-number.malformed',
          row: record.row,
          field: 'docNumber',
          message: { zh: `${cell.zh} 的${label.zh}${quote(text)}不是规范的发文字号`, en: `${cell.en} "${text}" is not a standard document number` },
          fix,
        }),
      );
      return;
    }
    for (const flaw of number.problems as ReadonlyArray<Exclude<DocNumberFlaw, 'unreadable'>>) {
      out.push(
        makeFinding(ctx, {
          rule: FLAW_RULES[flaw],
          row: record.row,
          field: 'docNumber',
          message: {
            zh: `${cell.zh} 的${label.zh}${quote(text)}${FLAW_WORDS[flaw].zh}`,
            en: `${cell.en} document number "${text}" ${FLAW_WORDS[flaw].en}`,
          },
          fix,
        }),
      );
    }
  }
  checkYear(ctx, record, number, out);
}

/**
 * Finds document numbers in a non-standard form, and numbers whose year disagrees with the date.
 * @example checkDocNumberForm(ctx) // [{ rule: 'doc-number.brackets', row: 7, field: 'docNumber', … }]
 */
export function checkDocNumberForm(ctx: RuleContext): Finding[] {
  if (ctx.register.layout.columns.docNumber === undefined) return [];
  const findings: Finding[] = [];
  for (const record of ctx.register.records) checkRecord(ctx, record, findings);
  return findings;
}
