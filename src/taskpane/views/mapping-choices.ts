/**
 * What the mapping panel offers: each column of the sheet named by its own header (read from the
 * rows the clerk says hold the header, merged parents included) with a sample value, the fields
 * of the chosen kind of register, and the mapping the clerk confirms, in the settings' form.
 */
import { columnLetter } from '../../core/layout/address';
import { FIELD_DEFINITIONS, isFieldOfKind } from '../../core/layout/field-dictionary';
import { countColumns, readCell } from '../../core/layout/grid-cells';
import type { ConfirmedMapping } from '../../core/settings/stored-settings';
import { readCellText } from '../../core/text/cell-text';
import type { CellValue, FieldName, Grid, RegisterKind } from '../../core/types';

/** Columns offered at most: registers are far narrower; a sheet with more is not a register. */
const MAX_CHOICES = 200;

export interface ColumnChoice {
  readonly col: number;
  readonly letter: string;
  /** The header as the clerk wrote it, rows joined with " / ", spaces and line breaks tidied. */
  readonly header: string;
  /** The column's value in the first row under the header. */
  readonly sample: string;
}

/** The value a cell shows, taking a merged area's value from its top-left cell. */
function shownValue(grid: Grid, row: number, col: number): CellValue | undefined {
  const merge = grid.merges?.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  return merge ? readCell(grid, merge.top, merge.left) : readCell(grid, row, col);
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * @example listColumnChoices(grid, [2, 2])[1] // { col: 1, letter: 'B', header: '收文日期', sample: '2026-03-05' }
 */
export function listColumnChoices(grid: Grid, headerRows: readonly [number, number]): ColumnChoice[] {
  const [first, last] = headerRows;
  const width = Math.min(MAX_CHOICES, countColumns(grid, first, last + 1));
  const choices: ColumnChoice[] = [];
  for (let col = 0; col < width; col++) {
    const parts: string[] = [];
    for (let row = first; row <= last; row++) {
      const text = tidy(readCellText(shownValue(grid, row, col)));
      if (text !== '' && parts[parts.length - 1] !== text) parts.push(text);
    }
    choices.push({ col, letter: columnLetter(col), header: parts.join(' / '), sample: tidy(readCellText(readCell(grid, last + 1, col))) });
  }
  return choices;
}

/**
 * The fields a register of the kind carries, in the dictionary's order, plus any field already
 * mapped that the kind does not usually have (so a clerk's choice never silently disappears).
 * @example listFieldsOfKind('submissions', {}).includes('adoption') // true
 */
export function listFieldsOfKind(kind: RegisterKind, mapped: Readonly<Partial<Record<FieldName, number>>>): FieldName[] {
  return FIELD_DEFINITIONS.map((d) => d.field).filter((field) => isFieldOfKind(field, kind) || mapped[field] !== undefined);
}

/**
 * Fields in the order the mapping panel lists them: those read from a column first, left to right
 * as the sheet has them, then the others in the dictionary's order.
 * @example orderFieldsForEditing(['serialNo', 'title', 'remarks'], { title: 4, serialNo: 0 }) // ['serialNo', 'title', 'remarks']
 */
export function orderFieldsForEditing(fields: readonly FieldName[], columns: Readonly<Partial<Record<FieldName, number>>>): FieldName[] {
  const mapped = fields.filter((f) => columns[f] !== undefined).sort((a, b) => (columns[a] ?? 0) - (columns[b] ?? 0));
  return [...mapped, ...fields.filter((f) => columns[f] === undefined)];
}

/**
 * Columns chosen for more than one field.
 * @example findSharedColumns({ title: 4, matter: 4 }) // [{ col: 4, fields: ['title', 'matter'] }]
 */
export function findSharedColumns(columns: Readonly<Partial<Record<FieldName, number>>>): Array<{ col: number; fields: FieldName[] }> {
  const byCol = new Map<number, FieldName[]>();
  for (const [field, col] of Object.entries(columns) as Array<[FieldName, number | undefined]>) {
    if (col === undefined) continue;
    byCol.set(col, [...(byCol.get(col) ?? []), field]);
  }
  return [...byCol.entries()].filter(([, fields]) => fields.length > 1).map(([col, fields]) => ({ col, fields }));
}

/**
 * The mapping as the workbook's settings keep it: columns as letters, the way a clerk reads them.
 * @example toConfirmedMapping('incoming', [2, 2], { receivedDate: 1 }) // { kind: 'incoming', headerRows: [2, 2], columns: { receivedDate: 'B' } }
 */
export function toConfirmedMapping(kind: RegisterKind, headerRows: readonly [number, number], columns: Readonly<Partial<Record<FieldName, number>>>): ConfirmedMapping {
  const letters: Partial<Record<FieldName, string>> = {};
  for (const [field, col] of Object.entries(columns) as Array<[FieldName, number | undefined]>) if (col !== undefined) letters[field] = columnLetter(col);
  return { kind, headerRows: [headerRows[0], headerRows[1]], columns: letters };
}
