/**
 * Keeps the stand-in workbook across a page reload, in sessionStorage, so that the browser tests
 * can reload the pane and see what the workbook remembered (a confirmed mapping, the marks) —
 * as a clerk who closes and reopens the task pane on the same open workbook would.
 */
import type { Rect } from '../../excel-standin/standin-a1';
import type { CellState, ChartState, NameState, PageState, SheetState, WorkbookState, XmlPartState } from '../../excel-standin/workbook-state';

interface SavedSheet {
  readonly id: string;
  readonly name: string;
  readonly visibility: string;
  readonly protected: boolean;
  /** 0-based row → cells by column; null stands for an empty cell (JSON has no holes). */
  readonly rows: ReadonlyArray<readonly [number, ReadonlyArray<CellState | null>]>;
  readonly merges: readonly Rect[];
  readonly hiddenRows: readonly number[];
  readonly names: ReadonlyArray<readonly [string, NameState]>;
  readonly frozenRows: number;
  readonly page: PageState;
  readonly columnWidths: ReadonlyArray<readonly [number, number]>;
  readonly charts: readonly ChartState[];
}

interface SavedWorkbook {
  readonly sheets: readonly SavedSheet[];
  readonly xmlParts: readonly XmlPartState[];
}

function saveSheet(sheet: SheetState): SavedSheet {
  return {
    id: sheet.id,
    name: sheet.name,
    visibility: sheet.visibility,
    protected: sheet.protected,
    rows: [...sheet.rows.entries()].map(([row, cells]) => [row, Array.from(cells, (c) => c ?? null)] as const),
    merges: sheet.merges,
    hiddenRows: [...sheet.hiddenRows],
    names: [...sheet.names.entries()],
    frozenRows: sheet.frozenRows,
    page: sheet.page,
    columnWidths: [...sheet.columnWidths.entries()],
    charts: sheet.charts,
  };
}

/** The workbook as JSON text. */
export function saveWorkbookState(state: WorkbookState): string {
  const saved: SavedWorkbook = { sheets: state.sheets.map(saveSheet), xmlParts: state.xmlParts };
  return JSON.stringify(saved);
}

function restoreSheet(saved: SavedSheet): SheetState {
  const rows = new Map<number, Array<CellState | undefined>>();
  for (const [row, cells] of saved.rows) {
    const line: Array<CellState | undefined> = [];
    cells.forEach((cell, col) => {
      if (cell !== null) line[col] = cell;
    });
    rows.set(row, line);
  }
  return {
    id: saved.id,
    name: saved.name,
    visibility: saved.visibility,
    protected: saved.protected,
    rows,
    merges: [...saved.merges],
    hiddenRows: new Set(saved.hiddenRows),
    names: new Map(saved.names),
    frozenRows: saved.frozenRows,
    page: saved.page,
    columnWidths: new Map(saved.columnWidths),
    charts: [...saved.charts],
  };
}

/** The number at the end of an id such as "{sheet-12" or "{part-3}". */
function idNumber(id: string): number {
  const m = /(\d+)\D*$/.exec(id);
  return m ? Number(m[1]) : 0;
}

/** Fills an empty stand-in state with a saved workbook. */
export function restoreWorkbookState(text: string, into: WorkbookState): void {
  const saved = JSON.parse(text) as SavedWorkbook;
  into.sheets.push(...saved.sheets.map(restoreSheet));
  into.xmlParts.push(...saved.xmlParts.map((p) => ({ ...p })));
  // New sheets, charts and parts must not reuse a restored id: move the counter past them all.
  const ids = [...saved.sheets.flatMap((s) => [s.id, ...s.charts.map((c) => c.id)]), ...saved.xmlParts.map((p) => p.id)];
  const highest = Math.max(0, ...ids.map(idNumber));
  while (idNumber(into.newId('')) < highest) {
    // Each call advances the counter by one.
  }
}
