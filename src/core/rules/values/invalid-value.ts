/**
 * The finding of a value outside a field's list (密级, 紧急程度): what is said of one written form
 * is worked out once and reused for every row holding it; the row's cell is named per finding.
 */
import type { FieldName, LocalText } from '../../types';
import { makeFinding, nameCell, type RuleContext } from '../context';
import type { Finding } from '../finding';
import type { RuleCode } from '../rule-codes';

/** What a finding says of one invalid entry, but for the cell's name (the same for every row holding it). */
export interface InvalidValue {
  readonly zh: string;
  readonly en: string;
  readonly fix: LocalText;
}

/**
 * The standard form to write when the entry is a known synonym of it (a safe fix exists), else
 * how the field is written.
 * @example fixOfInvalid('机密', { zh: '…', en: '…' }).zh // '请改为“机密”（可一键修正）'
 */
export function fixOfInvalid(synonym: string | undefined, otherwise: LocalText): LocalText {
  return synonym ? { zh: `请改为“${synonym}”（可一键修正）`, en: `Write "${synonym}" (a safe fix is available)` } : otherwise;
}

/** The finding for one row holding an invalid entry of `field`. */
export function reportInvalid(ctx: RuleContext, row: number, rule: RuleCode, field: FieldName, invalid: InvalidValue): Finding {
  const cell = nameCell(ctx, row, field);
  return makeFinding(ctx, { rule, row, field, message: { zh: cell.zh + invalid.zh, en: cell.en + invalid.en }, fix: invalid.fix });
}
