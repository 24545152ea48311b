/**
 * The real actions of the running add-in: the engine's highlight functions on the Excel host,
 * scoped to the active sheet. The pane and the ribbon both use these, through one feed.
 */
import { clearHighlights, highlightOverdue } from '../app/highlight';
import { createExcelHost } from '../hosts/excel';
import type { Locale } from '../i18n';
import { readActiveSheetName } from './active-sheet';
import { createActiveSheetActions } from './active-sheet-actions';
import { describeClear } from './describe-clear';
import { describeHighlight } from './describe-highlight';
import type { CommandName } from './result-feed';
import type { RegisterAction } from './run-command';

/**
 * @example
 * const actions = createRegisterDeskActions(() => 'zh-CN');
 * await actions.highlightOverdue() // '收文登记簿：逾期 5 件，临期 2 件'
 */
export function createRegisterDeskActions(locale: () => Locale): Readonly<Record<CommandName, RegisterAction>> {
  return createActiveSheetActions({
    readActiveSheet: () => readActiveSheetName(),
    // Ribbon clicks can land while the clerk is still typing in a cell: wait, don't fail.
    createHost: () => createExcelHost({ delayForCellEdit: true }),
    highlightOverdue: (host, scope) => highlightOverdue(host, scope),
    clearHighlights: (host, scope) => clearHighlights(host, scope),
    describeHighlight,
    describeClear,
    locale,
  });
}
