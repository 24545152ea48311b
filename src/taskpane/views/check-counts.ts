/** Validation findings per sheet, for the register list. */
import type { WorkbookCheck } from '../../app/check/check-workbook-findings';

/**
 * @example countFindingsBySheet(check).get('收文登记') // 12
 */
export function countFindingsBySheet(check: WorkbookCheck): Map<string, number> {
  return new Map(check.sheets.map((s) => [s.sheet.info.name, s.findings.length]));
}
