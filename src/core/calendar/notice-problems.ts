/** Problems met while reading a holiday notice: they are about the pasted text, not a cell. */
import type { LocalText, Problem, Severity } from '../types';

export type NoticeProblemCode = 'noYear' | 'nothingFound' | 'badDate' | 'badRange' | 'weekdayMismatch' | 'countMismatch' | 'conflict' | 'lineSkipped';

const CHECK_NOTICE: LocalText = {
  zh: '请对照国务院办公厅通知原文核对，确认无误后再写入节假日表',
  en: 'Compare with the State Council notice before adding the days to the holiday table.',
};

export function noticeProblem(code: NoticeProblemCode, severity: Severity, message: LocalText): Problem {
  return { code: `holidayNotice.${code}`, severity, message, fix: CHECK_NOTICE };
}
