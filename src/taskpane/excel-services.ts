/**
 * The pane's services inside Excel: the Office.js host — its editing kind, so the checks panel
 * offers safe fixes and drop-downs — and Excel's own selection.
 */
import { createExcelEditingHost } from '../hosts/excel/excel-editing-host';
import { selectCell } from '../hosts/excel/select-range';
import type { PaneServices } from './services';

/**
 * @example renderTaskpane(container, { language, services: createExcelServices() })
 */
export function createExcelServices(): PaneServices {
  return {
    host: createExcelEditingHost(),
    // The summaries written into the workbook are in Chinese, whatever the UI language.
    workbookName: '本工作簿',
    now: () => new Date(),
    selectCell: (ref) => selectCell(ref.sheet, ref.row, ref.col),
  };
}
