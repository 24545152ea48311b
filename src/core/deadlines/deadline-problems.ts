/** The deadline engine's problems, in the words a clerk reads. */
import { cellAddress } from '../layout/address';
import type { DateField, LocalText, Problem, RegisterLayout } from '../types';
import { describePeriod } from './describe-deadline';
import type { Period } from './deadline-types';

export const DEADLINE_UNREADABLE = 'deadline.unreadable';
export const DEADLINE_NO_START_DAY = 'deadline.noStartDay';

const START_FIELD_NAMES: Readonly<Record<DateField, LocalText>> = {
  receivedDate: { zh: '收文日期', en: 'received date' },
  assignedDate: { zh: '交办日期', en: 'assigned date' },
  issuedDate: { zh: '发文日期', en: 'issue date' },
  completedDate: { zh: '办结日期', en: 'completion date' },
  returnedDate: { zh: '收回日期', en: 'return date' },
};

const HOW_TO_WRITE: LocalText = {
  zh: '请写成日期（2026-03-05）、期限（5个工作日、10日内、3个月）、"3月底前"，或"长期"',
  en: 'Write a date (2026-03-05), a period (5个工作日, 10日内, 3个月), "3月底前", or "长期".',
};

const AMBIGUITY_FIX: Readonly<Record<'monthOrMonths' | 'dayOfMonth', LocalText>> = {
  monthOrMonths: { zh: '"N月内"可理解为N个月内或N月底前，请写成"3个月内"或"3月底前"', en: '"N月内" may mean N months or the end of month N; write "3个月内" or "3月底前".' },
  dayOfMonth: { zh: '"N日前"可理解为N日内或某月N日前，请写成"10日内"或"3月10日前"', en: '"N日前" may mean within N days or before the Nth; write "10日内" or "3月10日前".' },
};

/**
 * A deadline cell that says nothing the engine can read; `fallback` is the default applied, if any.
 * @example unreadableDeadline(layout, 17, '三天半', { amount: 10, unit: 'workingDays' }).message.zh
 * // 'E17 的办理时限"三天半"无法识别，已按默认时限10个工作日计算'
 */
export function unreadableDeadline(
  layout: RegisterLayout,
  row: number,
  text: string,
  fallback: Period | null,
  ambiguity?: 'monthOrMonths' | 'dayOfMonth',
): Problem {
  const col = layout.columns.deadline ?? 0;
  const cell = cellAddress(row, col);
  const applied = fallback ? describePeriod(fallback) : null;
  return {
    code: DEADLINE_UNREADABLE,
    severity: 'warning',
    at: { sheet: layout.sheet, row, col },
    field: 'deadline',
    message: {
      zh: `${cell} 的办理时限"${text}"无法识别，${applied ? `已按默认时限${applied.zh}计算` : '暂按无期限处理'}`,
      en: `${cell}: the deadline "${text}" cannot be read; ${applied ? `the default limit of ${applied.en} was used` : 'the item is treated as having no deadline'}.`,
    },
    fix: ambiguity ? AMBIGUITY_FIX[ambiguity] : HOW_TO_WRITE,
  };
}

/** A period (written or default) with no received/assigned day to count from. */
export function missingStartDay(layout: RegisterLayout, row: number, startField: DateField, period: Period | null): Problem {
  const startCol = layout.columns[startField];
  const deadlineCol = layout.columns.deadline;
  const name = START_FIELD_NAMES[startField];
  const where = startCol !== undefined ? cellAddress(row, startCol) : `第${row}行`;
  const limit = period ? describePeriod(period) : null;
  return {
    code: DEADLINE_NO_START_DAY,
    severity: 'warning',
    at: { sheet: layout.sheet, row, col: startCol ?? deadlineCol ?? 0 },
    field: startField,
    message: {
      zh: `${where} 的${name.zh}为空，${limit ? `${limit.zh}的期限` : '期限'}无法起算`,
      en: `${where}: the ${name.en} is empty, so the ${limit ? `${limit.en} ` : ''}deadline cannot be counted.`,
    },
    fix: { zh: `请填写${name.zh}（如 2026-03-05）`, en: `Enter the ${name.en} (e.g. 2026-03-05).` },
  };
}
