/** Which unit an issued document counts against: its drafting unit, or its 机关代字 series. */
import { parseDocNumber } from '../../rules/doc-number/parse-doc-number';
import { readCellText } from '../../text/cell-text';
import type { RegisterRecord } from '../../types';
import { readLabel } from '../tables/buckets';
import type { QuotaGrouping } from './quota-policy';

/**
 * The unit's name as written, '' when the cell is empty (or the number has no 机关代字).
 * @example readQuotaUnit({ row: 3, values: { docNumber: '县政办发〔2026〕12号' }, dates: {}, problems: [] }, 'agency') // '县政办发'
 */
export function readQuotaUnit(record: RegisterRecord, groupBy: QuotaGrouping): string {
  if (groupBy === 'draftingUnit') return readLabel(record, 'draftingUnit');
  const text = readCellText(record.values.docNumber).trim();
  return text === '' ? '' : parseDocNumber(text).agency;
}
