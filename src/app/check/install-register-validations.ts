/**
 * Installs each register's data validation through an editing host, asking before it replaces
 * the clerk's own: a rule whose cells the clerk's validation already covers is reported as a
 * conflict and installed over it only when `replace` is set.
 */
import type { RuleSettings } from '../../core/rules/settings/rule-settings';
import type { Problem, Register } from '../../core/types';
import type { EditingHost, ExistingValidation } from '../../hosts/editing-host';
import { planValidations, type RegisterValidation } from './plan-validations';

export interface RuleConflict {
  readonly rule: RegisterValidation;
  /** The clerk's validations covering some of the rule's cells. */
  readonly existing: readonly ExistingValidation[];
}

export interface SheetValidations {
  readonly sheet: string;
  readonly installed: readonly RegisterValidation[];
  /** Rules left out because the clerk's own validation covers their cells (without `replace`). */
  readonly conflicts: readonly RuleConflict[];
  /** Rules installed over the clerk's validation (with `replace`); those cells left the clerk's rule. */
  readonly replaced: readonly RuleConflict[];
  readonly notes: readonly Problem[];
}

function conflictsOf(rules: readonly RegisterValidation[], existing: readonly ExistingValidation[]): RuleConflict[] {
  return rules.flatMap((rule) => {
    const mine = existing.filter((e) => e.col === rule.col);
    return mine.length > 0 ? [{ rule, existing: mine }] : [];
  });
}

/**
 * @example
 * const [result] = await installRegisterValidations(host, [register], settings, { replace: false });
 * result.conflicts.map((c) => c.existing[0].ref) // ['F3:F22']
 */
export async function installRegisterValidations(
  host: EditingHost,
  registers: readonly Register[],
  settings: RuleSettings,
  options: { readonly replace: boolean },
): Promise<SheetValidations[]> {
  const out: SheetValidations[] = [];
  for (const register of registers) {
    const plan = planValidations(register, settings);
    if (plan.rules.length === 0 && plan.notes.length === 0) continue;
    const first = await host.installValidations(plan.sheet, plan.rules, { replace: false });
    const conflicts = conflictsOf(plan.rules, first.conflicts);
    const blocked = new Set(conflicts.map((c) => c.rule));
    const installed = plan.rules.filter((r) => !blocked.has(r));
    if (options.replace && conflicts.length > 0) {
      await host.installValidations(plan.sheet, conflicts.map((c) => c.rule), { replace: true });
      out.push({ sheet: first.sheet, installed: plan.rules, conflicts: [], replaced: conflicts, notes: plan.notes });
    } else {
      out.push({ sheet: first.sheet, installed, conflicts, replaced: [], notes: plan.notes });
    }
  }
  return out;
}
