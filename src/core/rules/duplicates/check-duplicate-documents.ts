/**
 * The same incoming document registered twice: same sender and same document number, however
 * the brackets, zeros or digit widths were typed. Hash maps over the register, no pairwise scan.
 */
import type { CellRef, RegisterRecord } from '../../types';
import { locateCell, makeFinding, nameCell, nameField, quote, type RuleContext } from '../context';
import { fullYear, type DocNumber } from '../doc-number/parse-doc-number';
import type { Finding } from '../finding';
import { removeSpaces } from '../../text/cell-text';
import { readText, readValueText } from '../record-values';
import { childOf, FirstIndex } from './first-index';

/**
 * Documents seen so far. Standard numbers are filed by agency, sender, year and serial (number
 * keys within small maps of the strings the register repeats, no key built and no entry object
 * made per row); other numbers that hold digits by their folded text and sender.
 */
class DocumentIndex {
  private readonly numbered = new Map<string, Map<string, Map<number, FirstIndex>>>();
  private readonly other = new Map<string, FirstIndex>();

  /** The record already holding this document, or undefined after filing this one. */
  findOrAdd(number: DocNumber, numberText: string, sender: string, record: RegisterRecord): RegisterRecord | undefined {
    if (number.year !== null && number.serial !== null) {
      const bySender = childOf(this.numbered, removeSpaces(number.agency), () => new Map<string, Map<number, FirstIndex>>());
      const byYear = childOf(bySender, sender, () => new Map<number, FirstIndex>());
      return childOf(byYear, fullYear(number.year), () => new FirstIndex()).findOrAdd(number.serial, record);
    }
    // Senders as keys of their own: a folded sender is any text, a serial only a number.
    return childOf(this.other, numberText, () => new FirstIndex()).findOrAdd(sender, record);
  }
}

function report(ctx: RuleContext, record: RegisterRecord, first: RegisterRecord): Finding {
  const cellRef = locateCell(ctx, first.row, 'docNumber');
  const related: CellRef[] = cellRef ? [cellRef] : [];
  const sender = readText(record, 'sender');
  const number = readText(record, 'docNumber');
  const what = sender ? `${quote(sender)}的${quote(number)}` : quote(number);
  return makeFinding(ctx, {
    rule: 'duplicate.document',
    row: record.row,
    field: 'docNumber',
    related,
    message: {
      zh: `${nameCell(ctx, record.row, 'docNumber').zh} 登记的${what}与 ${nameCell(ctx, first.row, 'docNumber').zh} 是同一份文件，重复登记`,
      en: `${nameCell(ctx, record.row, 'docNumber').en} registers ${sender ? `"${sender}" ` : ''}"${number}" again, already in ${nameCell(ctx, first.row, 'docNumber').en}`,
    },
    fix: {
      zh: `请核对：同一份文件删去后登记的一行；确为两份（如正本和翻印件）请在${nameField(ctx, 'remarks').zh}中注明`,
      en: 'If it is the same document, delete the later row; if there really are two copies, say so in the remarks',
    },
  });
}

/**
 * Finds incoming documents registered twice (same sender and number), naming both rows.
 * @example checkDuplicateDocuments(ctx) // [{ rule: 'duplicate.document', row: 21, related: [{ row: 6, … }] }]
 */
export function checkDuplicateDocuments(ctx: RuleContext): Finding[] {
  if (ctx.kind !== 'incoming' || ctx.register.layout.columns.docNumber === undefined) return [];
  const seen = new DocumentIndex();
  const findings: Finding[] = [];
  for (const record of ctx.register.records) {
    const number = ctx.readDocNumber(record);
    if (!number) continue;
    let numberText = '';
    if (number.serial === null) {
      numberText = ctx.fold(readText(record, 'docNumber'));
      // "无", "见附件": a document without a number is no evidence of a second registration.
      if (!/\d/.test(numberText)) continue;
    }
    const first = seen.findOrAdd(number, numberText, ctx.fold(readValueText(record.values.sender)), record);
    if (first) findings.push(report(ctx, record, first));
  }
  return findings;
}
