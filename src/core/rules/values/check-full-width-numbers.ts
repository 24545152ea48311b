/**
 * Full-width digits (１２) in the number columns: they sort after every half-width number and
 * are not counted as numbers. Document numbers have their own rule (doc-number.full-width-digits);
 * dates typed this way are text dates (date.as-text).
 */
import { toAsciiDigits } from '../doc-number/scan-doc-number';
import type { FieldName } from '../../types';
import { makeFinding, nameCell, nameField, quote, type RuleContext } from '../context';
import type { Finding } from '../finding';

/** The columns whose cells are numbers or number-like codes. */
export const NUMBER_FIELDS: readonly FieldName[] = ['serialNo', 'copies', 'copyNo'];

const FULL_WIDTH_DIGIT = /[０-９]/;

/**
 * Finds number cells written with full-width digits.
 * @example checkFullWidthNumbers(ctx) // [{ rule: 'value.full-width-digits', row: 6, field: 'serialNo', … }]
 */
export function checkFullWidthNumbers(ctx: RuleContext): Finding[] {
  const fields = NUMBER_FIELDS.filter((f) => ctx.register.layout.columns[f] !== undefined);
  if (fields.length === 0) return [];
  const findings: Finding[] = [];
  for (const record of ctx.register.records) {
    for (const field of fields) {
      const value = record.values[field];
      if (typeof value !== 'string' || !FULL_WIDTH_DIGIT.test(value)) continue;
      const cell = nameCell(ctx, record.row, field);
      findings.push(
        makeFinding(ctx, {
          rule: 'value.full-width-digits',
          row: record.row,
          field,
          message: {
            zh: `${cell.zh} 的${nameField(ctx, field).zh}${quote(value)}用了全角数字，排序和统计会出错`,
            en: `${cell.en} ${nameField(ctx, field).en} "${value}" uses full-width digits, which break sorting and counting`,
          },
          fix: {
            zh: `请改为半角数字“${toAsciiDigits(value.trim())}”（可一键修正）`,
            en: `Write "${toAsciiDigits(value.trim())}" with half-width digits (a safe fix is available)`,
          },
        }),
      );
    }
  }
  return findings;
}
