/**
 * "Mark overdue" and "clear marks" scoped to the sheet the clerk is looking at, as plain
 * functions the ribbon and the pane both call. The engine and the host come in as arguments,
 * so this file knows neither Office.js nor the rules.
 */
import type { RegisterHost } from '../hosts/host';
import type { Locale } from '../i18n';
import type { CommandName } from './result-feed';
import type { RegisterAction } from './run-command';

export interface SheetScope {
  readonly sheets: readonly string[];
}

export interface ActiveSheetDependencies<HighlightReport, ClearReport> {
  readonly readActiveSheet: () => Promise<string>;
  readonly createHost: () => RegisterHost;
  readonly highlightOverdue: (host: RegisterHost, options: SheetScope) => Promise<HighlightReport>;
  readonly clearHighlights: (host: RegisterHost, options: SheetScope) => Promise<ClearReport>;
  readonly describeHighlight: (report: HighlightReport, locale: Locale) => string;
  readonly describeClear: (report: ClearReport, locale: Locale) => string;
  readonly locale: () => Locale;
}

/**
 * The two actions, each reading the active sheet's name at the moment it runs (the clerk may
 * have switched sheets since the pane opened).
 * @example
 * const actions = createActiveSheetActions({ readActiveSheet, createHost: createExcelHost,
 *   highlightOverdue, clearHighlights, describeHighlight, describeClear, locale: () => 'zh-CN' });
 * await actions.highlightOverdue() // '收文登记簿：逾期 5 件，临期 2 件'
 */
export function createActiveSheetActions<HighlightReport, ClearReport>(
  deps: ActiveSheetDependencies<HighlightReport, ClearReport>,
): Readonly<Record<CommandName, RegisterAction>> {
  return {
    async highlightOverdue() {
      const sheet = await deps.readActiveSheet();
      const report = await deps.highlightOverdue(deps.createHost(), { sheets: [sheet] });
      return deps.describeHighlight(report, deps.locale());
    },
    async clearHighlights() {
      const sheet = await deps.readActiveSheet();
      const report = await deps.clearHighlights(deps.createHost(), { sheets: [sheet] });
      return deps.describeClear(report, deps.locale());
    },
  };
}
