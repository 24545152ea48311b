/**
 * The strict in-memory Excel the host tests run on: `createStandin(fixture)` gives an `Excel.run`
 * bound to a workbook, its round-trip and payload counters, and views of the cells for asserting.
 * No Node API and no jest here: browser tests load it too.
 */
import type { ExcelRun } from '../../src/hosts/excel/excel-api';
import { readFill, type FillProps } from './fill-rules';
import { loadFixture, type WorkbookFixture } from './load-fixture';
import { createRun } from './request-context';
import { colToLetters, parseRect } from './standin-a1';
import type { CellState, Counters, SheetState, WorkbookState } from './workbook-state';

export type FillSnapshot = Readonly<Record<string, FillProps & { readonly theme?: string }>>;

export interface Standin {
  readonly run: ExcelRun;
  readonly state: WorkbookState;
  readonly counters: Counters;
  /** Zeroes the counters (after setting up, before the step under test). */
  resetCounters(): void;
  /** The clerk is typing in a cell: the next `failures` batches without delayForCellEdit fail. */
  enterEditMode(failures?: number): void;
  /** Every filled cell of a sheet (A1 → fill as Office.js reads it; `withTheme` adds the theme link). */
  snapshotFills(sheet: string, options?: { withTheme?: boolean }): FillSnapshot;
  /** Values of a rectangle as `range.values` gives them. */
  valuesOf(sheet: string, address: string): unknown[][];
  cellOf(sheet: string, address: string): CellState | undefined;
  sheet(name: string): SheetState;
}

export function createStandin(fixture: WorkbookFixture): Standin {
  const state = loadFixture(fixture);
  const sheet = (name: string): SheetState => {
    const found = state.findSheet(name);
    if (!found) throw new Error(`no sheet ${name} in the stand-in`);
    return found;
  };
  return {
    run: createRun(state),
    state,
    counters: state.counters,
    resetCounters() {
      const c = state.counters;
      c.roundTrips = 0;
      c.runs = 0;
      c.requestBytes.length = 0;
      c.responseBytes.length = 0;
    },
    enterEditMode(failures = 1) {
      state.editMode = { failuresLeft: failures };
    },
    snapshotFills(name, options = {}) {
      const out: Record<string, FillProps & { theme?: string }> = {};
      const rows = [...sheet(name).rows.entries()].sort((a, b) => a[0] - b[0]);
      for (const [row, line] of rows) {
        line.forEach((cell, col) => {
          if (!cell?.fill) return;
          const key = `${colToLetters(col)}${row + 1}`;
          out[key] = options.withTheme && cell.fill.theme ? { ...readFill(cell.fill), theme: cell.fill.theme } : readFill(cell.fill);
        });
      }
      return out;
    },
    valuesOf(name, address) {
      const rect = parseRect(address);
      const s = sheet(name);
      return Array.from({ length: rect.rows }, (_, r) =>
        Array.from({ length: rect.cols }, (_, c) => {
          const v = state.cell(s, rect.row + r, rect.col + c)?.value ?? null;
          return v === null ? '' : typeof v === 'object' ? v.error : v;
        }),
      );
    },
    cellOf(name, address) {
      const rect = parseRect(address);
      return state.cell(sheet(name), rect.row, rect.col);
    },
    sheet,
  };
}
