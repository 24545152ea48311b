/**
 * The validation entry point for a whole workbook: each register on its own, then the links
 * between them (incoming documents marked for supervision, and 账外文 in the supervision ledgers).
 */
import type { Register } from '../types';
import { checkRegister, orderFindings, prepareContext, type CheckOptions, type RecordDeadline } from './check-register';
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
  const contexts = registers
    .filter((r) => r.layout.kind !== null)
    .map((r) => prepareContext(r, { ...options, deadlines: options.deadlines?.get(r.layout.sheet) }));
  const incoming = contexts.filter((c) => c.kind === 'incoming');
  const ledgers = contexts.filter((c) => c.kind === 'supervision');
  const findings: Finding[] = [];
  if (ledgers.length > 0) {
    const supervision = indexSupervision(ledgers);
    for (const ctx of incoming) findings.push(...checkSupervisedDocuments(ctx, supervision));
  }
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
  const across = checkAcrossRegisters(registers, options);
  const findings: Finding[] = [];
  for (const register of registers) {
    const own = checkRegister(register, { ...options, deadlines: options.deadlines?.get(register.layout.sheet) });
    const links = across.filter((f) => f.sheet === register.layout.sheet);
    findings.push(...orderFindings([...own, ...links], options.settings));
  }
  return findings;
}
