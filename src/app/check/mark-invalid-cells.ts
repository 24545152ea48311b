/**
 * Marking the cells the rules found wrong, in the violet of the palette's `invalid` kind, one
 * cell per finding, by the same reversible mechanism as the overdue marks. The host must keep
 * several cell marks per row apart from its row marks (XlsxEditingHost does).
 */
import type { RowMark } from '../../core/marks/mark-types';
import { createRecordKeyer } from '../../core/marks/row-key';
import type { Finding } from '../../core/rules/finding';
import type { Register } from '../../core/types';
import type { ClearOutcome, MarkOutcome, RegisterHost } from '../../hosts/host';
import type { WorkbookCheck } from './check-workbook-findings';

/**
 * One mark per cell a finding is about, keyed by its row's fingerprint so that the mark is found
 * again after a sort; findings about a whole register or a row without a record are left out.
 * @example planInvalidMarks(register, findings) // [{ row: 4, fromCol: 3, toCol: 3, kind: 'invalid', key: '…@0,1,2,…' }]
 */
export function planInvalidMarks(register: Register, findings: readonly Finding[]): RowMark[] {
  const records = new Map(register.records.map((r) => [r.row, r]));
  const keyOf = createRecordKeyer(register.layout);
  const seen = new Set<string>();
  const marks: RowMark[] = [];
  for (const f of findings) {
    const at = f.at;
    const record = at ? records.get(at.row) : undefined;
    if (!at || !record || at.sheet !== register.layout.sheet || seen.has(`${at.row}:${at.col}`)) continue;
    seen.add(`${at.row}:${at.col}`);
    marks.push({ row: at.row, fromCol: at.col, toCol: at.col, kind: 'invalid', key: keyOf(record) });
  }
  return marks;
}

export interface SheetMarking {
  readonly sheet: string;
  readonly cells: number;
  readonly marked: MarkOutcome;
}

/**
 * Replaces each register's validation marks with the cells of the current findings; status
 * marks stay as they are.
 * @example const marked = await markInvalidCells(host, await checkWorkbookOn(host, { asOf }));
 */
export async function markInvalidCells(host: RegisterHost, check: WorkbookCheck): Promise<SheetMarking[]> {
  const out: SheetMarking[] = [];
  for (const { sheet, findings } of check.sheets) {
    if (!sheet.register) continue;
    const marks = planInvalidMarks(sheet.register, findings);
    await host.clearMarks(sheet.info.name, ['invalid']);
    const marked = await host.applyMarks(sheet.info.name, marks);
    out.push({ sheet: sheet.info.name, cells: marks.length, marked });
  }
  return out;
}

/**
 * Takes the validation marks off (the given sheets, or all), leaving status marks.
 * @example await clearInvalidMarks(host) // [{ sheet: '收文登记', rowsRestored: 20, … }]
 */
export async function clearInvalidMarks(host: RegisterHost, sheets?: readonly string[]): Promise<ClearOutcome[]> {
  if (!sheets) return [...(await host.clearMarks(undefined, ['invalid']))];
  const out: ClearOutcome[] = [];
  for (const sheet of sheets) out.push(...(await host.clearMarks(sheet, ['invalid'])));
  return out;
}
