/**
 * Classified documents (绝密 / 机密 / 秘密): each copy is registered by its copy number, and after
 * the year of receipt it is returned to the issuing office or destroyed by the rules. Registers
 * without a 份号 or 清退日期 column often note them in the remarks ("份号003", "已清退"): those
 * notes count.
 */
import type { CellValue, LocalText, RegisterRecord } from '../../types';
import { makeFinding, nameCell, nameField, quote, type RuleContext } from '../context';
import type { Finding } from '../finding';
import { readText, readValueText, isFilledValue } from '../record-values';
import { isClassifiedLevel } from '../values/check-classification';
import { foldValue } from '../values/fold-value';
import { rememberVerdicts } from '../values/remember-verdicts';

const COPY_NUMBER_NOTE = /份号[:：]?\s*[A-Za-z]?\d+/;
const RETURNED_NOTE = /已(清退|退回|交回|收回|销毁)/;

/** The notes in a cell, each remembered per distinct text: remarks repeat down a register. */
interface Notes {
  readonly copyNumber: (value: CellValue | undefined) => boolean;
  readonly returned: (value: CellValue | undefined) => boolean;
}

function rememberNotes(): Notes {
  return {
    copyNumber: rememberVerdicts((value) => COPY_NUMBER_NOTE.test(foldValue(readValueText(value)))),
    returned: rememberVerdicts((value) => RETURNED_NOTE.test(foldValue(readValueText(value)))),
  };
}

function hasCopyNumber(record: RegisterRecord, notes: Notes): boolean {
  return isFilledValue(record.values.copyNo) || notes.copyNumber(record.values.remarks);
}

function hasBeenReturned(record: RegisterRecord, notes: Notes): boolean {
  if (isFilledValue(record.values.returnedDate)) return true;
  return notes.returned(record.values.remarks) || notes.returned(record.values.result);
}

/** What a copy-number finding says of one level, but for the cell's name. */
interface CopyWords {
  readonly zh: string;
  readonly en: string;
  readonly fix: LocalText;
}

function describeCopyNumber(ctx: RuleContext, level: string, mapped: boolean): CopyWords {
  return {
    zh: mapped
      ? ` 的${nameField(ctx, 'copyNo').zh}为空，而这份文件的密级是${quote(level)}`
      : ` 的文件密级是${quote(level)}，但本台账没有份号列，备注中也没有份号`,
    en: mapped
      ? `: copy number is empty for a document classified "${level}"`
      : `: document classified "${level}" has no copy number (no 份号 column, none in the remarks)`,
    fix: mapped
      ? { zh: '请按文件右上角印的份号填写，如 000123', en: 'Enter the copy number printed on the document, e.g. 000123' }
      : { zh: '请增加“份号”列逐份登记，或在备注中写“份号000123”', en: 'Add a 份号 column, or note "份号000123" in the remarks' },
  };
}

/** A classified level as the cell reads, with its copy-number words; null for any other entry. */
interface Level {
  readonly text: string;
  readonly copyWords: CopyWords;
}

function reportCopyNumber(ctx: RuleContext, record: RegisterRecord, level: Level): Finding {
  const mapped = ctx.register.layout.columns.copyNo !== undefined;
  const where = mapped ? nameCell(ctx, record.row, 'copyNo') : nameCell(ctx, record.row, 'classification');
  return makeFinding(ctx, {
    rule: 'classified.copy-number',
    row: record.row,
    field: mapped ? 'copyNo' : 'classification',
    message: { zh: where.zh + level.copyWords.zh, en: where.en + level.copyWords.en },
    fix: level.copyWords.fix,
  });
}

function reportNotReturned(ctx: RuleContext, record: RegisterRecord, level: string, year: number): Finding {
  const mapped = ctx.register.layout.columns.returnedDate !== undefined;
  const field = mapped ? 'returnedDate' : 'classification';
  return makeFinding(ctx, {
    rule: 'classified.not-returned',
    row: record.row,
    field,
    message: {
      zh: `${nameCell(ctx, record.row, field).zh}：${year}年收到的${quote(level)}文件（${quote(readText(record, 'title') || readText(record, 'docNumber'))}）年度已结束，尚未登记清退或收回日期`,
      en: `${nameCell(ctx, record.row, field).en}: a "${level}" document received in ${year} has no returned or destroyed date though its year has ended`,
    },
    fix: {
      zh: `请将文件交回发文机关或按规定销毁，并在${mapped ? nameField(ctx, 'returnedDate').zh : '备注'}中登记日期，如 ${year + 1}-01-10`,
      en: `Return the document to its issuer or destroy it by the rules, and record the day, e.g. ${year + 1}-01-10`,
    },
  });
}

/**
 * Finds classified entries without a copy number, and classified incoming documents not returned
 * after their year ended (as of the as-of day).
 * @example checkClassified(ctx) // [{ rule: 'classified.copy-number', row: 8, … }]
 */
export function checkClassified(ctx: RuleContext): Finding[] {
  if (ctx.register.layout.columns.classification === undefined) return [];
  // Other registers track copies elsewhere unless they keep a 份号 column themselves.
  const checkCopies = ctx.kind === 'incoming' || ctx.register.layout.columns.copyNo !== undefined;
  const mapped = ctx.register.layout.columns.copyNo !== undefined;
  const levelOf = rememberVerdicts((value): Level | null => {
    const text = readValueText(value);
    return text && isClassifiedLevel(text, ctx.fold) ? { text, copyWords: describeCopyNumber(ctx, text, mapped) } : null;
  });
  const notes = rememberNotes();
  const findings: Finding[] = [];
  for (const record of ctx.register.records) {
    const level = levelOf(record.values.classification);
    if (!level) continue;
    if (checkCopies && !hasCopyNumber(record, notes)) findings.push(reportCopyNumber(ctx, record, level));
    if (ctx.kind !== 'incoming') continue;
    const year = record.dates.receivedDate?.year ?? ctx.register.layout.year;
    if (year !== null && ctx.asOf.year > year && !hasBeenReturned(record, notes)) {
      findings.push(reportNotReturned(ctx, record, level.text, year));
    }
  }
  return findings;
}
