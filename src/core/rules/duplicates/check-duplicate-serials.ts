/**
 * The same running number twice in one year. Registers restart numbering each year and may hold
 * several years, so a row belongs to the year of its main date, or, when it has none, to the
 * year of the nearest dated row above it. One hash map: no row is compared with every other.
 */
import { toHalfWidth } from '../../text/half-width';
import type { CellRef, RegisterRecord } from '../../types';
import { locateCell, makeFinding, nameCell, nameField, quote, type RuleContext } from '../context';
import { findMainDateField } from '../dates/year-range';
import type { Finding } from '../finding';
import { childOf, FirstIndex } from './first-index';
import { isFilled, readText } from '../record-values';

/**
 * The form two serial numbers are compared in: half-width, no spaces, leading zeros dropped from
 * a purely numeric one (0012 and 12 are the same entry).
 * @example foldSerial('００１２') // '12'
 */
export function foldSerial(text: string): string {
  const plain = toHalfWidth(text).replace(/\s+/g, '');
  return /^\d+$/.test(plain) ? String(Number(plain)) : plain;
}

/** The key a serial is compared by: numbers as numbers (12, "12" and "０１２" meet), codes folded. */
function serialKey(record: RegisterRecord): number | string {
  const value = record.values.serialNo;
  if (typeof value === 'number') return value;
  const folded = foldSerial(readText(record, 'serialNo'));
  return /^\d+$/.test(folded) ? Number(folded) : folded;
}

function report(ctx: RuleContext, record: RegisterRecord, first: RegisterRecord, text: string): Finding {
  const firstCell = locateCell(ctx, first.row, 'serialNo');
  const related: CellRef[] = firstCell ? [firstCell] : [];
  return makeFinding(ctx, {
    rule: 'duplicate.serial',
    row: record.row,
    field: 'serialNo',
    related,
    message: {
      zh: `${nameCell(ctx, record.row, 'serialNo').zh} 的${nameField(ctx, 'serialNo').zh}${quote(text)}与 ${nameCell(ctx, first.row, 'serialNo').zh} 重复`,
      en: `${nameCell(ctx, record.row, 'serialNo').en} serial "${text}" repeats ${nameCell(ctx, first.row, 'serialNo').en}`,
    },
    fix: {
      zh: '请核对两行：同一件重复登记的删去一行；不同的文件请改用下一个未用的编号',
      en: 'Check both rows: delete one if it is the same item, else give this one the next unused number',
    },
  });
}

/**
 * Finds serial numbers used twice in the same year, naming the first row on each repeat.
 * @example checkDuplicateSerials(ctx) // [{ rule: 'duplicate.serial', row: 15, related: [{ row: 8, … }] }]
 */
export function checkDuplicateSerials(ctx: RuleContext): Finding[] {
  if (ctx.register.layout.columns.serialNo === undefined) return [];
  const dateField = findMainDateField(ctx.register);
  // Year → serial → first record: no key strings built per row.
  const seen = new Map<number | null, FirstIndex>();
  const findings: Finding[] = [];
  let year: number | null = ctx.register.layout.year;
  let inYear: FirstIndex | undefined;
  let inYearOf: number | null | undefined;
  for (const record of ctx.register.records) {
    const day = dateField ? record.dates[dateField] : undefined;
    if (day) year = day.year;
    if (!isFilled(record, 'serialNo')) continue;
    if (year !== inYearOf || !inYear) {
      inYear = childOf(seen, year, () => new FirstIndex());
      inYearOf = year;
    }
    const first = inYear.findOrAdd(serialKey(record), record);
    if (first) findings.push(report(ctx, record, first, readText(record, 'serialNo')));
  }
  return findings;
}
