/**
 * Excel's selection for the harness: the strict stand-in models cells, not the view, so this
 * small `Excel.run` runs the real selectCell (src/hosts/excel/select-range.ts) and records what
 * it activated and selected. Like Excel, it refuses a sheet that does not exist at sync time.
 */
import type { CellRef } from '../../../src/core/types';
import { columnIndex } from '../../../src/core/layout/address';
import type { SelectionRun, XlSelectionContext } from '../../../src/hosts/excel/select-range';
import { StandinError } from '../../excel-standin/standin-error';
import type { WorkbookState } from '../../excel-standin/workbook-state';

export interface SelectionRecord {
  readonly selections: CellRef[];
  activeSheet: string | null;
}

function parseCell(sheet: string, address: string): CellRef {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  const col = m ? columnIndex(m[1]) : null;
  if (!m || col === null) throw new StandinError('InvalidArgument', `The address ${address} is not a cell.`);
  return { sheet, row: Number(m[2]), col };
}

/** A run whose batches activate sheets and select cells of the stand-in's workbook. */
export function createSelectionRun(state: WorkbookState, record: SelectionRecord): SelectionRun {
  return async (_options, batch) => {
    const queued: Array<() => void> = [];
    const context: XlSelectionContext = {
      workbook: {
        worksheets: {
          getItem(name) {
            const sheet = () => {
              const found = state.findSheet(name);
              if (!found) throw new StandinError('ItemNotFound', `The worksheet ${name} does not exist.`);
              return found;
            };
            return {
              activate: () => queued.push(() => (record.activeSheet = sheet().name)),
              getRange: (address) => ({ select: () => queued.push(() => record.selections.push(parseCell(sheet().name, address))) }),
            };
          },
        },
      },
      async sync() {
        for (const op of queued.splice(0)) op();
      },
    };
    await batch(context);
  };
}
