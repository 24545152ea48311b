/**
 * What the stand-in workbook holds: cells (values, formulas, number formats, fills), merges, sheet
 * visibility and protection, names, custom XML parts, print setup and charts. Plain data, changed
 * only through the journal.
 */
import { Journal } from './journal';
import type { Rect } from './standin-a1';

/** An error value is kept apart from text so that a clerk's text "#N/A" stays text. */
export type RawValue = string | number | boolean | { readonly error: string } | null;

/** A fill as Excel keeps it; `theme` marks a colour picked from the theme (Office.js cannot see it). */
export interface FillSpec {
  readonly color: string;
  readonly pattern: string;
  readonly patternColor: string;
  readonly tintAndShade: number;
  readonly patternTintAndShade: number;
  readonly theme?: string;
}

export interface CellState {
  readonly value: RawValue;
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly fill?: FillSpec;
  readonly bold?: boolean;
  /** Target of a hyperlink (a document reference such as `'汇总'!A1`). */
  readonly link?: string;
}

export interface NameState {
  readonly name: string;
  readonly formula: string;
  readonly visible: boolean;
  readonly comment: string;
}

export interface ChartState {
  readonly id: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  name: string;
  position: string | null;
}

export interface PageState {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printTitleRows: string | null;
}

export interface SheetState {
  readonly id: string;
  name: string;
  visibility: string;
  protected: boolean;
  /** 0-based row → sparse array of cells by 0-based column. */
  readonly rows: Map<number, Array<CellState | undefined>>;
  readonly merges: Rect[];
  /** 0-based rows the clerk hid. */
  readonly hiddenRows: Set<number>;
  readonly names: Map<string, NameState>;
  frozenRows: number;
  readonly page: PageState;
  readonly columnWidths: Map<number, number>;
  readonly charts: ChartState[];
}

export interface XmlPartState {
  readonly id: string;
  namespaceUri: string;
  xml: string;
}

export interface Counters {
  roundTrips: number;
  runs: number;
  readonly requestBytes: number[];
  readonly responseBytes: number[];
}

export const DEFAULT_FORMAT = 'General';

export class WorkbookState {
  readonly journal = new Journal();
  readonly sheets: SheetState[] = [];
  readonly xmlParts: XmlPartState[] = [];
  readonly counters: Counters = { roundTrips: 0, runs: 0, requestBytes: [], responseBytes: [] };
  /** While set, a batch without delayForCellEdit fails; it ends after `failuresLeft` refusals. */
  editMode: { failuresLeft: number } | null = null;
  private nextId = 1;

  newId(prefix: string): string {
    return `${prefix}${this.nextId++}`;
  }

  findSheet(name: string): SheetState | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  createSheet(name: string): SheetState {
    return {
      id: this.newId('{sheet-'),
      name,
      visibility: 'Visible',
      protected: false,
      rows: new Map(),
      merges: [],
      hiddenRows: new Set(),
      names: new Map(),
      frozenRows: 0,
      page: { orientation: 'Portrait', paperSize: 'Letter', zoom: { scale: 100 }, printTitleRows: null },
      columnWidths: new Map(),
      charts: [],
    };
  }

  cell(sheet: SheetState, row: number, col: number): CellState | undefined {
    return sheet.rows.get(row)?.[col];
  }

  /** Replaces one cell (undefined empties it), through the journal. */
  setCell(sheet: SheetState, row: number, col: number, next: CellState | undefined): void {
    let line = sheet.rows.get(row);
    if (!line) {
      if (next === undefined) return;
      line = [];
      this.journal.mapSet(sheet.rows, row, line);
    }
    if (next === undefined) {
      if (line[col] !== undefined) this.journal.arraySet(line, col, undefined);
      return;
    }
    this.journal.arraySet(line, col, next);
  }
}

/** A cell with nothing in it and no format left is dropped, as Excel would not save it. */
export function isBlankCell(c: CellState): boolean {
  return c.value === null && c.formula === undefined && c.numberFormat === undefined && c.fill === undefined && !c.bold && c.link === undefined;
}
