/** How a deadline reads to a clerk, always with its unit: "5个工作日" and "5天" differ. */
import { formatDay } from '../dates/day';
import type { LocalText } from '../types';
import type { Deadline, DeadlineUnit, Period } from './deadline-types';

const UNIT_TEXT: Readonly<Record<DeadlineUnit, LocalText>> = {
  workingDays: { zh: '个工作日', en: 'working days' },
  calendarDays: { zh: '个自然日', en: 'calendar days' },
  months: { zh: '个月', en: 'months' },
};

/**
 * @example describePeriod({ amount: 5, unit: 'workingDays' }) // { zh: '5个工作日', en: '5 working days' }
 */
export function describePeriod(period: Period): LocalText {
  const unit = UNIT_TEXT[period.unit];
  return { zh: `${period.amount}${unit.zh}`, en: `${period.amount} ${unit.en}` };
}

/** "urgency:特急" → 特急; "fallback" → 一般默认. */
function describeRule(rule: string | undefined): LocalText {
  if (!rule || rule === 'fallback') return { zh: '一般默认', en: 'general default' };
  const value = rule.slice(rule.indexOf(':') + 1);
  return { zh: value, en: value };
}

/**
 * The deadline day with how it was reached.
 * @example describeDeadline({ day: { year: 2026, month: 10, day: 13 }, source: 'relative', unit: 'workingDays', amount: 5, from: { year: 2026, month: 9, day: 30 } }).zh
 * // '2026-10-13（5个工作日，自2026-09-30次日起算）'
 */
export function describeDeadline(deadline: Deadline): LocalText {
  const day = formatDay(deadline.day);
  const period = deadline.unit !== undefined && deadline.amount !== undefined ? describePeriod({ amount: deadline.amount, unit: deadline.unit }) : null;
  const from = deadline.from ? formatDay(deadline.from) : null;
  if (deadline.source === 'default' && period) {
    const rule = describeRule(deadline.rule);
    return {
      zh: `${day}（默认时限：${rule.zh} ${period.zh}${from ? `，自${from}次日起算` : ''}）`,
      en: `${day} (default limit: ${rule.en}, ${period.en}${from ? `, counted from the day after ${from}` : ''})`,
    };
  }
  if (deadline.source === 'relative' && period) {
    return {
      zh: `${day}（${period.zh}${from ? `，自${from}次日起算` : ''}）`,
      en: `${day} (${period.en}${from ? `, counted from the day after ${from}` : ''})`,
    };
  }
  return deadline.text ? { zh: `${day}（${deadline.text}）`, en: `${day} (${deadline.text})` } : { zh: day, en: day };
}
