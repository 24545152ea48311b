/**
 * One workbook's registers, ready for the summaries: every sheet detected and read through the
 * host, the add-in's own sheets skipped.
 */
import type { SummarySource } from '../../core/summaries/summary-types';
import type { Problem, Register } from '../../core/types';
import type { RegisterHost } from '../../hosts/host';
import { collectScanProblems, scanWorkbook, type ScanOptions } from '../scan-workbook';

/**
 * @example
 * const { source } = await collectSummarySource(host, '城关镇.xlsx');
 * buildYearEndPackage([source], { year: 2026, … });
 */
export async function collectSummarySource(host: RegisterHost, name: string, options: ScanOptions = {}): Promise<{ source: SummarySource; problems: Problem[] }> {
  const scan = await scanWorkbook(host, options);
  const registers = scan.sheets.map((s) => s.register).filter((r): r is Register => r !== null);
  return { source: { source: name, registers }, problems: collectScanProblems(scan) };
}
