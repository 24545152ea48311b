/**
 * Writing the cells of rectangles, with Excel's checks: a protected sheet refuses writes, a 2-D
 * array must match the range's shape, text is typed as Excel types it.
 */
import type { XlCellProperties, XlHyperlink } from '../../src/hosts/excel/excel-api';
import { changeFill, type FillChange } from './fill-rules';
import { eachCell } from './range-cells';
import type { Rect } from './standin-a1';
import { StandinError } from './standin-error';
import { interpretWritten } from './typed-input';
import { DEFAULT_FORMAT, isBlankCell, type CellState, type SheetState, type WorkbookState } from './workbook-state';

export function assertWritable(sheet: SheetState): void {
  if (sheet.protected) {
    throw new StandinError('AccessDenied', 'The cell or chart you are trying to change is on a protected sheet.', sheet.name);
  }
}

function updateCell(state: WorkbookState, sheet: SheetState, row: number, col: number, change: (old: CellState | undefined) => CellState): void {
  const next = change(state.cell(sheet, row, col));
  const clean = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)) as unknown as CellState;
  state.setCell(sheet, row, col, isBlankCell(clean) ? undefined : clean);
}

function checkShape(rect: Rect, data: unknown, what: string): unknown[][] {
  const ok = Array.isArray(data) && data.length === rect.rows && data.every((r) => Array.isArray(r) && r.length === rect.cols);
  if (!ok) {
    throw new StandinError('InvalidArgument', `The number of rows or columns in the input array for ${what} doesn't match the size or dimensions of the range.`);
  }
  return data as unknown[][];
}

export function writeValues(state: WorkbookState, sheet: SheetState, rect: Rect, data: unknown): void {
  assertWritable(sheet);
  const rows = checkShape(rect, data, 'values');
  for (let r = 0; r < rect.rows; r++) {
    for (let c = 0; c < rect.cols; c++) {
      const row = rect.row + r;
      const col = rect.col + c;
      const format = state.cell(sheet, row, col)?.numberFormat ?? DEFAULT_FORMAT;
      const written = interpretWritten(rows[r][c], format);
      if (!written) continue;
      updateCell(state, sheet, row, col, (old) => ({
        ...old,
        value: written.value,
        formula: written.formula,
        numberFormat: format === DEFAULT_FORMAT && written.impliedFormat ? written.impliedFormat : old?.numberFormat,
      }));
    }
  }
}

export function writeFormats(state: WorkbookState, sheet: SheetState, rect: Rect, data: unknown): void {
  assertWritable(sheet);
  const rows = checkShape(rect, data, 'numberFormat');
  for (let r = 0; r < rect.rows; r++) {
    for (let c = 0; c < rect.cols; c++) {
      const f = rows[r][c];
      if (f === null) continue;
      if (typeof f !== 'string') throw new StandinError('InvalidArgument', `A number format must be text: ${JSON.stringify(f)}`);
      updateCell(state, sheet, rect.row + r, rect.col + c, (old) => ({ value: null, ...old, numberFormat: f === DEFAULT_FORMAT ? undefined : f }));
    }
  }
}

export function changeFills(state: WorkbookState, sheet: SheetState, rects: readonly Rect[], change: FillChange | 'clear'): void {
  assertWritable(sheet);
  eachCell(rects, (row, col) =>
    updateCell(state, sheet, row, col, (old) => ({ value: null, ...old, fill: change === 'clear' ? undefined : changeFill(old?.fill, change) })),
  );
}

export function setBold(state: WorkbookState, sheet: SheetState, rects: readonly Rect[], bold: boolean): void {
  assertWritable(sheet);
  eachCell(rects, (row, col) => updateCell(state, sheet, row, col, (old) => ({ value: null, ...old, bold: bold || undefined })));
}

export function writeCellProps(state: WorkbookState, sheet: SheetState, rect: Rect, data: unknown): void {
  assertWritable(sheet);
  const rows = checkShape(rect, data, 'setCellProperties');
  for (let r = 0; r < rect.rows; r++) {
    for (let c = 0; c < rect.cols; c++) {
      const props = rows[r][c] as XlCellProperties | null;
      const unsupported = props && Object.keys(props).some((k) => k !== 'format');
      const format = props?.format as Record<string, unknown> | undefined;
      if (unsupported || (format && Object.keys(format).some((k) => k !== 'fill'))) {
        throw new StandinError('NotImplemented', 'The stand-in models only format.fill in setCellProperties.');
      }
      const fill = props?.format?.fill;
      if (fill) updateCell(state, sheet, rect.row + r, rect.col + c, (old) => ({ value: null, ...old, fill: changeFill(old?.fill, fill) }));
    }
  }
}

/** A link on every cell of the range; its text, when given, becomes the cell's text as written. */
export function writeLink(state: WorkbookState, sheet: SheetState, rect: Rect, link: XlHyperlink): void {
  assertWritable(sheet);
  const target = link.documentReference ?? link.address;
  if (!target) throw new StandinError('InvalidArgument', 'A hyperlink needs an address or a document reference.');
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.col; c < rect.col + rect.cols; c++) {
      updateCell(state, sheet, r, c, (old) => ({ value: null, ...old, link: target, ...(link.textToDisplay === undefined ? {} : { value: link.textToDisplay }) }));
    }
  }
}
