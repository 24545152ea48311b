/** Running one rule family the way checkRegister does, for the family tests. */
import type { CalendarDay } from '../../dates/day';
import type { Register } from '../../types';
import { prepareContext, type CheckOptions } from '../check-register';
import type { RuleContext } from '../context';
import type { Finding } from '../finding';
import { DEFAULT_RULE_SETTINGS } from '../settings/rule-settings';

export const AS_OF: CalendarDay = { year: 2026, month: 11, day: 20 };

/** Runs one family over a register with default settings unless told otherwise. */
export function checkWith(
  family: (ctx: RuleContext) => Finding[],
  register: Register,
  options: Partial<CheckOptions> = {},
): Finding[] {
  return family(prepareContext(register, { asOf: AS_OF, settings: DEFAULT_RULE_SETTINGS, ...options }));
}
