/**
 * 账外文: supervision items citing a document that neither the incoming nor the outgoing register
 * of the workbook holds, i.e. a document handled without being registered. Only run when the
 * workbook has an incoming register.
 */
import type { FieldName, RegisterRecord } from '../../types';
import { makeFinding, nameCell, nameField, quote, type RuleContext } from '../context';
import { findRowYear } from '../doc-number/check-doc-number-form';
import { findCitedNumbers, guessCitedAgency } from '../doc-number/find-cited-numbers';
import type { Finding } from '../finding';
import { readText } from '../record-values';
import { NumberIndex } from './document-index';

const CITING_FIELDS: readonly FieldName[] = ['matter', 'source', 'title'];

/**
 * Indexes the document numbers of the workbook's incoming and outgoing registers.
 * @example indexRegisteredNumbers([incomingCtx]).hasNumber('市应急〔2026〕8号') // true
 */
export function indexRegisteredNumbers(registers: readonly RuleContext[]): NumberIndex {
  const index = new NumberIndex();
  for (const ctx of registers) {
    for (const record of ctx.register.records) {
      // The context's reading, shared with the register's own checks: each number is parsed once.
      const number = ctx.readDocNumber(record);
      if (number) index.addParsed(number, findRowYear(record)?.year ?? null);
    }
  }
  return index;
}

function report(ctx: RuleContext, record: RegisterRecord, field: FieldName, cited: string): Finding {
  return makeFinding(ctx, {
    rule: 'cross.off-register',
    row: record.row,
    field,
    message: {
      zh: `${nameCell(ctx, record.row, field).zh} 的${nameField(ctx, field).zh}引用的文件${quote(cited)}在收文、发文登记簿中都找不到，可能是账外文`,
      en: `${nameCell(ctx, record.row, field).en} cites ${cited}, which is in neither the incoming nor the outgoing register`,
    },
    fix: {
      zh: `请先在收文登记簿中补登${quote(cited)}，再按登记的文件督办；文号写错的请改正`,
      en: `Register ${cited} in the incoming register first, or correct the number if it is mistyped`,
    },
  });
}

function checkRecord(ctx: RuleContext, record: RegisterRecord, index: NumberIndex, out: Finding[]): void {
  const typed = ctx.readDocNumber(record);
  if (typed && typed.serial !== null && !index.hasParsed(typed, findRowYear(record)?.year ?? null)) {
    out.push(report(ctx, record, 'docNumber', readText(record, 'docNumber')));
  }
  for (const field of CITING_FIELDS) {
    if (ctx.register.layout.columns[field] === undefined) continue;
    for (const cited of findCitedNumbers(readText(record, field))) {
      if (!index.hasCitation(cited)) out.push(report(ctx, record, field, `${guessCitedAgency(cited.before)}${cited.text}`));
    }
  }
}

/**
 * Finds supervision items citing documents that are not in the incoming or outgoing register.
 * @example checkOffRegister(ledgerCtx, indexRegisteredNumbers([incomingCtx])) // [{ rule: 'cross.off-register', … }]
 */
export function checkOffRegister(ctx: RuleContext, index: NumberIndex): Finding[] {
  if (ctx.kind !== 'supervision') return [];
  const findings: Finding[] = [];
  for (const record of ctx.register.records) checkRecord(ctx, record, index, findings);
  return findings;
}
