/**
 * The validation entry point for a whole workbook: each register on its own, then the links
 * between them (incoming documents marked for supervision, and 账外文 in the supervision ledgers).
 */
import type { Register } from '../types';
import { checkPrepared, orderFindings, prepareContext, type CheckOptions, type RecordDeadline } from './check-register';
import type { RuleContext } from './context';
import { checkOffRegister, indexRegisteredNumbers } from './cross/check-off-register';
import { checkSupervisedDocuments, indexSupervision } from './cross/check-supervised-documents';
import type { Finding } from './finding';

export interface WorkbookCheckOptions extends Omit<CheckOptions, 'deadlines'> {
  /** Sheet name → the deadlines the deadline engine derived for that register. */
  readonly deadlines?: ReadonlyMap<string, readonly RecordDeadline[]>;
}

/**
 * Checks the links between the registers of one workbook. A link is checked only when the
 * workbook holds the register on its other end.
 * @example checkAcrossRegisters([incoming, ledger], options) // [{ rule: 'cross.supervision-missing', … }]
 */
export function checkAcrossRegisters(registers: readonly Register[], options: WorkbookCheckOptions): Finding[] {
  return checkAcrossContexts(prepareContexts(registers, options), options);
}

/** One context per register that has a kind, shared by its own checks and the links. */
function prepareContexts(registers: readonly Register[], options: WorkbookCheckOptions): RuleContext[] {
  return registers
    .filter((r) => r.layout.kind !== null)
    .map((r) => prepareContext(r, { ...options, deadlines: options.deadlines?.get(r.layout.sheet) }));
}

function checkAcrossContexts(contexts: readonly RuleContext[], options: WorkbookCheckOptions): Finding[] {
  const incoming = contexts.filter((c) => c.kind === 'incoming');
  const ledgers = contexts.filter((c) => c.kind === 'supervision');
  // Both links run from a supervision ledger: without one there is nothing to look up.
  if (ledgers.length === 0) return [];
  const findings: Finding[] = [];
  const supervision = indexSupervision(ledgers);
  for (const ctx of incoming) findings.push(...checkSupervisedDocuments(ctx, supervision));
  if (incoming.length > 0) {
    const registered = indexRegisteredNumbers(contexts.filter((c) => c.kind === 'incoming' || c.kind === 'outgoing'));
    for (const ctx of ledgers) findings.push(...checkOffRegister(ctx, registered));
  }
  return orderFindings(findings, options.settings);
}

/**
 * Checks every register of a workbook and the links between them; findings grouped by register
 * in the order given, in sheet order within each.
 * @example checkWorkbook([incoming, outgoing, ledger], { asOf, settings: DEFAULT_RULE_SETTINGS })
 */
export function checkWorkbook(registers: readonly Register[], options: WorkbookCheckOptions): Finding[] {
  // Each register's context is built once, so a row's document number is parsed once for all rules.
  const contexts = prepareContexts(registers, options);
  const across = checkAcrossContexts(contexts, options);
  const findings: Finding[] = [];
  for (const ctx of contexts) {
    const own = checkPrepared(ctx);
    const links = across.filter((f) => f.sheet === ctx.sheet);
    for (const f of orderFindings(links.length === 0 ? own : [...own, ...links], options.settings)) findings.push(f);
  }
  return findings;
}
