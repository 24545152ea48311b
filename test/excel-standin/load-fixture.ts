/**
 * Builds a stand-in workbook from a description that reads like the sheet: rows of cell values
 * (as `Grid` holds them: dates as DateValue, errors as ErrorValue), plus fills, number formats,
 * merges, hidden rows, protection, visibility, names and custom XML parts.
 */
import type { CellValue, Grid } from '../../src/core/types';
import { rootNamespace } from './custom-xml-proxy';
import { changeFill } from './fill-rules';
import { parseRect, type Rect } from './standin-a1';
import { WorkbookState, type CellState, type FillSpec, type SheetState } from './workbook-state';

export interface FillFixture {
  /** RRGGBB or #RRGGBB: the RGB Office.js reads back (for a theme colour, its resolved RGB). */
  readonly color: string;
  /** Office.js pattern name; Solid by default. */
  readonly pattern?: string;
  readonly patternColor?: string;
  readonly tint?: number;
  readonly patternTint?: number;
  /** Marks a theme colour, e.g. 'accent1': Office.js cannot see this link. */
  readonly theme?: string;
}

export interface SheetFixture {
  readonly name: string;
  /** Rows from `top` (1-based, default 1), columns from A. */
  readonly rows?: ReadonlyArray<ReadonlyArray<CellValue | undefined>>;
  readonly top?: number;
  /** The number format a DateValue is written with. */
  readonly dateFormat?: string;
  /** A1 cell or range → number format. */
  readonly numberFormats?: Readonly<Record<string, string>>;
  /** A1 cell or range → fill. */
  readonly fills?: Readonly<Record<string, FillFixture>>;
  /** A1 cell → formula (its value stays what `rows` says). */
  readonly formulas?: Readonly<Record<string, string>>;
  readonly merges?: readonly string[];
  readonly hiddenRows?: readonly number[];
  readonly protected?: boolean;
  readonly visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Sheet-scoped names: name → formula (e.g. '="summary:2026"'). */
  readonly names?: Readonly<Record<string, string>>;
}

export interface WorkbookFixture {
  readonly sheets: readonly SheetFixture[];
  readonly xmlParts?: readonly string[];
}

export function sheetFixtureOfGrid(grid: Grid): SheetFixture {
  const merges = (grid.merges ?? []).map((m) => `R${m.top}C${m.left}:R${m.bottom}C${m.right}`);
  return { name: grid.sheet, rows: grid.rows, top: grid.top, merges, hiddenRows: [...(grid.hiddenRows ?? [])] };
}

function cellOf(value: CellValue | undefined, dateFormat: string): CellState | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'object') return { value };
  if (value.type === 'date') return { value: value.serial, numberFormat: dateFormat };
  return { value: { error: value.code } };
}

function fillOf(f: FillFixture): FillSpec {
  const hex = (c: string): string => (c.startsWith('#') ? c : `#${c}`);
  const base = changeFill(undefined, {
    color: hex(f.color),
    pattern: f.pattern ?? 'Solid',
    patternColor: f.patternColor ? hex(f.patternColor) : undefined,
    tintAndShade: f.tint,
    patternTintAndShade: f.patternTint,
  });
  if (!base) throw new Error(`fixture fill ${JSON.stringify(f)} is no fill at all`);
  return f.theme ? { ...base, theme: f.theme } : base;
}

/** Accepts A1 ranges and the R1C0 form used for Grid merges (1-based row, 0-based column). */
function rectOf(address: string): Rect {
  const rc = /^R(\d+)C(\d+):R(\d+)C(\d+)$/.exec(address);
  if (rc) return { row: Number(rc[1]) - 1, col: Number(rc[2]), rows: Number(rc[3]) - Number(rc[1]) + 1, cols: Number(rc[4]) - Number(rc[2]) + 1 };
  return parseRect(address);
}

function patchRect(state: WorkbookState, sheet: SheetState, address: string, patch: (c: CellState) => CellState): void {
  const rect = rectOf(address);
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.col; c < rect.col + rect.cols; c++) state.setCell(sheet, r, c, patch(state.cell(sheet, r, c) ?? { value: null }));
  }
}

function addSheet(state: WorkbookState, f: SheetFixture): void {
  const sheet = state.createSheet(f.name);
  state.sheets.push(sheet);
  const top = (f.top ?? 1) - 1;
  const dateFormat = f.dateFormat ?? 'yyyy/m/d';
  (f.rows ?? []).forEach((line, r) => {
    line.forEach((value, c) => {
      const cell = cellOf(value, dateFormat);
      if (cell) state.setCell(sheet, top + r, c, cell);
    });
  });
  for (const [a1, fmt] of Object.entries(f.numberFormats ?? {})) patchRect(state, sheet, a1, (c) => ({ ...c, numberFormat: fmt }));
  for (const [a1, fill] of Object.entries(f.fills ?? {})) patchRect(state, sheet, a1, (c) => ({ ...c, fill: fillOf(fill) }));
  for (const [a1, formula] of Object.entries(f.formulas ?? {})) patchRect(state, sheet, a1, (c) => ({ ...c, formula }));
  for (const m of f.merges ?? []) sheet.merges.push(rectOf(m));
  for (const r of f.hiddenRows ?? []) sheet.hiddenRows.add(r - 1);
  for (const [name, formula] of Object.entries(f.names ?? {})) sheet.names.set(name.toLowerCase(), { name, formula, visible: true, comment: '' });
  sheet.protected = f.protected ?? false;
  sheet.visibility = f.visibility ?? 'Visible';
}

export function loadFixture(fixture: WorkbookFixture): WorkbookState {
  const state = new WorkbookState();
  for (const sheet of fixture.sheets) addSheet(state, sheet);
  for (const xml of fixture.xmlParts ?? []) state.xmlParts.push({ id: `{fixture-${state.xmlParts.length + 1}}`, namespaceUri: rootNamespace(xml), xml });
  return state;
}
