/**
 * Safe fixes as a clerk previews them: the proposals of the chosen rules (all rows, or only the
 * cells the clerk picked), each turned into a cell edit a host applies only where the cell
 * still holds what was shown.
 */
import { formatDay } from '../../core/dates/day';
import { cellAddress } from '../../core/layout/address';
import type { FixProposal, FixValue } from '../../core/rules/finding';
import { proposeFixes } from '../../core/rules/fixes/propose-fixes';
import type { RuleCode } from '../../core/rules/rule-codes';
import type { CellValue } from '../../core/types';
import type { CellEdit, EditValue } from '../../hosts/editing-host';
import type { WorkbookCheck } from './check-workbook-findings';

export interface SheetFixes {
  readonly sheet: string;
  readonly proposals: readonly FixProposal[];
  /** `edits[i]` applies `proposals[i]`. */
  readonly edits: readonly CellEdit[];
}

/**
 * What a value becomes in an edit; undefined for a value no edit can write (an error value).
 * @example toEditValue({ type: 'date', serial: 46093, day: { year: 2026, month: 3, day: 12 } }) // { day: { year: 2026, month: 3, day: 12 } }
 */
export function toEditValue(value: FixValue): EditValue | undefined {
  if (value === null || typeof value !== 'object') return value;
  if ('day' in value && !('type' in value)) return value;
  if (value.type === 'date') return value.day ? { day: value.day } : value.serial;
  return undefined;
}

/**
 * A value as the preview shows it: text as typed, a date as YYYY-MM-DD, an empty cell as （空）.
 * @example describeValue({ day: { year: 2026, month: 3, day: 12 } }) // '2026-03-12（日期）'
 */
export function describeValue(value: FixValue | EditValue | CellValue | undefined): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (typeof value !== 'object') return String(value);
  if (!('type' in value)) return `${formatDay(value.day)}（日期）`;
  if (value.type === 'date') return value.day ? formatDay(value.day) : String(value.serial);
  return value.code;
}

/**
 * Whether a cell was picked: "D4" picks that cell on every sheet, "收文登记!D4" on one sheet.
 * @example isPicked(new Set(['收文登记!D4']), '收文登记', 4, 3) // true
 */
export function isPicked(picked: ReadonlySet<string>, sheet: string, row: number, col: number): boolean {
  const address = cellAddress(row, col);
  return picked.has(address) || picked.has(`${sheet}!${address}`);
}

/**
 * @example planFixes(check, ['doc-number.brackets'])[0].proposals[0].after // '县财发〔2026〕3号'
 */
export function planFixes(check: WorkbookCheck, codes: readonly RuleCode[], picked?: ReadonlySet<string>): SheetFixes[] {
  const out: SheetFixes[] = [];
  for (const { sheet, findings } of check.sheets) {
    if (!sheet.register) continue;
    const proposals: FixProposal[] = [];
    const edits: CellEdit[] = [];
    for (const p of proposeFixes(sheet.register, findings, codes, check.settings)) {
      const after = toEditValue(p.after);
      if (after === undefined || (picked && !isPicked(picked, p.cell.sheet, p.cell.row, p.cell.col))) continue;
      proposals.push(p);
      edits.push({ row: p.cell.row, col: p.cell.col, before: p.before, after });
    }
    if (proposals.length > 0) out.push({ sheet: sheet.info.name, proposals, edits });
  }
  return out;
}
