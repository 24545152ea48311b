/**
 * Incoming documents marked for supervision (是否督办 = 是 / √ / Y) that no item of the workbook's
 * supervision ledgers takes up. An item takes a document up when it carries its number (in the
 * number column or cited in its text) or its title (in the title or matter column, or quoted in
 * 《》). Only run when the workbook has a supervision ledger.
 */
import type { RegisterRecord } from '../../types';
import { makeFinding, nameCell, nameField, quote, type RuleContext } from '../context';
import { findRowYear } from '../doc-number/check-doc-number-form';
import { findCitedNumbers } from '../doc-number/find-cited-numbers';
import type { Finding } from '../finding';
import { isFilled, readText } from '../record-values';
import { foldAll } from '../values/fold-value';
import { CitationIndex, findQuotedTitles, foldTitle, NumberIndex } from './document-index';

/** What the supervision ledgers of a workbook take up, indexed for lookups per incoming row. */
export interface SupervisionIndex {
  readonly numbers: NumberIndex;
  readonly citations: CitationIndex;
  readonly titles: ReadonlySet<string>;
  readonly sheets: readonly string[];
}

/**
 * Indexes every supervision item's numbers, cited numbers and titles.
 * @example indexSupervision([ledgerContext]).titles.has(foldTitle('关于开展安全生产大检查的通知'))
 */
export function indexSupervision(ledgers: readonly RuleContext[]): SupervisionIndex {
  const numbers = new NumberIndex();
  const citations = new CitationIndex();
  const titles = new Set<string>();
  for (const ctx of ledgers) {
    for (const record of ctx.register.records) {
      if (isFilled(record, 'docNumber')) numbers.addNumber(readText(record, 'docNumber'), findRowYear(record)?.year ?? null);
      for (const field of ['matter', 'source', 'title', 'remarks'] as const) {
        const text = readText(record, field);
        if (!text) continue;
        for (const cited of findCitedNumbers(text)) citations.add(cited);
        if (field === 'title' || field === 'matter') titles.add(foldTitle(text));
        for (const quoted of findQuotedTitles(text)) titles.add(foldTitle(quoted));
      }
    }
  }
  titles.delete('');
  return { numbers, citations, titles, sheets: ledgers.map((c) => c.sheet) };
}

function isTakenUp(record: RegisterRecord, index: SupervisionIndex): boolean {
  const number = readText(record, 'docNumber');
  const yearHint = findRowYear(record)?.year ?? null;
  if (number && (index.numbers.hasNumber(number, yearHint) || index.citations.hasNumber(number, yearHint))) return true;
  const title = foldTitle(readText(record, 'title'));
  return title !== '' && index.titles.has(title);
}

function report(ctx: RuleContext, record: RegisterRecord, index: SupervisionIndex): Finding {
  const mark = readText(record, 'supervised');
  const number = readText(record, 'docNumber');
  const title = readText(record, 'title');
  const what = [number, title ? `《${title}》` : ''].filter(Boolean).join('');
  const ledgers = index.sheets.map((s) => `“${s}”`).join('、');
  return makeFinding(ctx, {
    rule: 'cross.supervision-missing',
    row: record.row,
    field: 'supervised',
    message: {
      zh: `${nameCell(ctx, record.row, 'supervised').zh} 的${nameField(ctx, 'supervised').zh}为${quote(mark)}，但督办台账${ledgers}中找不到这份文件${what ? `（${what}）` : ''}`,
      en: `${nameCell(ctx, record.row, 'supervised').en} marks the document for supervision but no item in ${index.sheets.map((s) => `"${s}"`).join(', ')} takes it up`,
    },
    fix: {
      zh: `请在督办台账中登记该事项，并在督办事项中写明文号${number ? ` ${number}` : ''}；不需督办的请改为“否”`,
      en: `Add an item to the supervision ledger citing ${number || 'the document'}, or mark it 否 if it needs no supervision`,
    },
  });
}

/**
 * Finds incoming documents marked for supervision that no supervision item takes up.
 * @example checkSupervisedDocuments(incomingCtx, indexSupervision(ledgers)) // [{ rule: 'cross.supervision-missing', … }]
 */
export function checkSupervisedDocuments(ctx: RuleContext, index: SupervisionIndex): Finding[] {
  if (ctx.kind !== 'incoming' || ctx.register.layout.columns.supervised === undefined) return [];
  const marks = foldAll(ctx.settings.supervisedMarks);
  const findings: Finding[] = [];
  for (const record of ctx.register.records) {
    if (!marks.has(ctx.fold(readText(record, 'supervised')))) continue;
    if (!isTakenUp(record, index)) findings.push(report(ctx, record, index));
  }
  return findings;
}
