/**
 * Reading the cells of rectangles as Office.js shows them, with Excel's limit of 5,000,000
 * cells per read. Writing is in cell-writes.ts.
 */
import type { XlCellProperties, XlCellPropertiesLoadOptions } from '../../src/hosts/excel/excel-api';
import { FILL_PROPS, readFill } from './fill-rules';
import { formatRect, type Rect } from './standin-a1';
import { StandinError } from './standin-error';
import { DEFAULT_FORMAT, type CellState, type SheetState, type WorkbookState } from './workbook-state';

const READ_LIMIT = 5_000_000;

export function assertReadable(rect: Rect): void {
  if (rect.rows * rect.cols > READ_LIMIT) throw new StandinError('RangeExceedsLimit', 'The range has more than 5,000,000 cells.');
}

function matrix<T>(state: WorkbookState, sheet: SheetState, rect: Rect, read: (c: CellState | undefined) => T): T[][] {
  assertReadable(rect);
  const out: T[][] = [];
  for (let r = 0; r < rect.rows; r++) {
    const line = sheet.rows.get(rect.row + r);
    const row: T[] = [];
    for (let c = 0; c < rect.cols; c++) row.push(read(line?.[rect.col + c]));
    out.push(row);
  }
  return out;
}

function shownValue(c: CellState | undefined): unknown {
  const v = c?.value ?? null;
  if (v === null) return '';
  return typeof v === 'object' ? v.error : v;
}

export function readRangeProp(state: WorkbookState, sheet: SheetState, rect: Rect, name: string): unknown {
  switch (name) {
    case 'values':
      return matrix(state, sheet, rect, shownValue);
    case 'formulas':
      return matrix(state, sheet, rect, (c) => c?.formula ?? shownValue(c));
    case 'numberFormat':
      return matrix(state, sheet, rect, (c) => c?.numberFormat ?? DEFAULT_FORMAT);
    case 'valueTypes':
      return matrix(state, sheet, rect, (c) => {
        const v = c?.value ?? null;
        if (v === null) return 'Empty';
        if (typeof v === 'object') return 'Error';
        return typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';
      });
    case 'hyperlink': {
      const cell = state.cell(sheet, rect.row, rect.col);
      return cell?.link ? { documentReference: cell.link, textToDisplay: shownValue(cell) } : {};
    }
    case 'address':
      return formatRect(sheet.name, rect);
    case 'rowIndex':
      return rect.row;
    case 'columnIndex':
      return rect.col;
    case 'rowCount':
      return rect.rows;
    case 'columnCount':
      return rect.cols;
    case 'cellCount':
      return rect.rows * rect.cols;
    default:
      throw new StandinError('InvalidArgument', `Unknown range property ${name}`);
  }
}

export function eachCell(rects: readonly Rect[], visit: (row: number, col: number) => void): void {
  for (const rect of rects) {
    assertReadable(rect);
    for (let r = 0; r < rect.rows; r++) for (let c = 0; c < rect.cols; c++) visit(rect.row + r, rect.col + c);
  }
}

/** A format property over several cells: its value when all agree, else null (as Office.js). */
export function uniform(state: WorkbookState, sheet: SheetState, rects: readonly Rect[], read: (c: CellState | undefined) => unknown): unknown {
  let first: unknown;
  let seen = false;
  let same = true;
  eachCell(rects, (row, col) => {
    const v = read(state.cell(sheet, row, col));
    if (!seen) {
      first = v;
      seen = true;
    } else if (v !== first) same = false;
  });
  return same ? first : null;
}

export function readCellProps(state: WorkbookState, sheet: SheetState, rect: Rect, options: XlCellPropertiesLoadOptions): XlCellProperties[][] {
  const wanted = FILL_PROPS.filter((p) => options.format?.fill?.[p] === true);
  return matrix(state, sheet, rect, (c) => c).map((line, r) =>
    line.map((cell, c) => {
      const out: XlCellProperties = {};
      if (options.address) out.address = formatRect(sheet.name, { row: rect.row + r, col: rect.col + c, rows: 1, cols: 1 });
      if (wanted.length > 0) {
        const fill = readFill(cell?.fill);
        out.format = { fill: Object.fromEntries(wanted.map((p) => [p, fill[p]])) };
      }
      return out;
    }),
  );
}

/**
 * The smallest rectangle holding every used cell (of `within` only, when given): the model of
 * `getUsedRange` on a sheet and on a range (a range's used range is its own used cells, not the
 * sheet's used range cut to it — an assumption the docs leave open, see docs/excel-host.md).
 */
export function usedRect(sheet: SheetState, valuesOnly: boolean, within?: Rect): Rect | null {
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  const inside = (row: number, col: number): boolean =>
    !within || (row >= within.row && row < within.row + within.rows && col >= within.col && col < within.col + within.cols);
  for (const [row, line] of sheet.rows) {
    line.forEach((cell, col) => {
      if (!cell || !inside(row, col) || (valuesOnly && cell.value === null && cell.formula === undefined)) return;
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
      left = Math.min(left, col);
      right = Math.max(right, col);
    });
  }
  return bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}
