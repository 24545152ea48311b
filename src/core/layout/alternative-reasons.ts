/**
 * Why the detector did not take a column for a field, in words a clerk can check: the header
 * names a planned date, the cells do not fit, the header only says 日期, or the column is
 * already another field.
 */
import type { FieldName, LocalText } from '../types';
import { columnLetter } from './address';
import type { ColumnCandidate } from './column-candidates';
import { FIELD_LABELS } from './field-labels';

const PLANNED = ['计划', '预计', '拟定'];
const CONTENT_WORDS: Partial<Record<FieldName, LocalText>> = {
  docNumber: { zh: '文号（如 县政办发〔2026〕12号）', en: 'document numbers (such as 县政办发〔2026〕12号)' },
  serialNo: { zh: '顺序号', en: 'running numbers' },
  deadline: { zh: '日期或时限', en: 'dates or time limits' },
  copies: { zh: '份数', en: 'counts' },
};

function flat(header: string): string {
  return header.replace(/\s+/g, '');
}

function describeWinner(field: FieldName, winner: ColumnCandidate | undefined): LocalText {
  if (!winner) return { zh: '', en: '' };
  const label = FIELD_LABELS[field];
  const where = columnLetter(winner.col);
  return {
    zh: `；${label.zh}取 ${where} 列「${flat(winner.header)}」`,
    en: `; ${label.en} is taken from column ${where} "${flat(winner.header)}"`,
  };
}

function describeContent(field: FieldName, dateField: boolean): LocalText {
  if (dateField) return { zh: '日期', en: 'dates' };
  return CONTENT_WORDS[field] ?? { zh: FIELD_LABELS[field].zh, en: FIELD_LABELS[field].en };
}

/**
 * The reason a candidate lost: to the column that took its field (`winner`), or to the field its
 * own column took (`columnField`).
 * @example explainAlternative(planned, winner, undefined, false).zh // '「计划完成时间」是计划日期，不是要求的时限；办理时限取 E 列「要求完成时限」'
 */
export function explainAlternative(
  loser: ColumnCandidate,
  winner: ColumnCandidate | undefined,
  columnField: FieldName | undefined,
  dateField: boolean,
): LocalText {
  const header = flat(loser.header);
  const tail = describeWinner(loser.field, winner);
  if (loser.field === 'deadline' && PLANNED.some((w) => header.includes(w))) {
    return {
      zh: `「${header}」是计划日期，不是要求的时限${tail.zh}`,
      en: `"${header}" is a planned date, not the required time limit${tail.en}`,
    };
  }
  if (loser.mismatch) {
    const content = describeContent(loser.field, dateField);
    return {
      zh: `「${header}」列的内容大多不是${content.zh}${tail.zh}`,
      en: `most cells under "${header}" are not ${content.en}${tail.en}`,
    };
  }
  if (loser.basis === 'generic') {
    return {
      zh: `「${header}」只写了日期或时间，不如表头明确的列${tail.zh}`,
      en: `"${header}" only says date or time, less clear than a header that names the date${tail.en}`,
    };
  }
  if (columnField) {
    const label = FIELD_LABELS[columnField];
    return { zh: `「${header}」已识别为${label.zh}${tail.zh}`, en: `"${header}" was read as ${label.en}${tail.en}` };
  }
  return {
    zh: `${FIELD_LABELS[loser.field].zh}另有表头更贴切的列${tail.zh}`,
    en: `another column's header names ${FIELD_LABELS[loser.field].en} more closely${tail.en}`,
  };
}
