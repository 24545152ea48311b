/**
 * Reading the editable tables the add-in creates (发文定额表, 考核计分办法) back from their cells,
 * tolerantly: labels are matched on their folded form without bracketed asides, numbers may be
 * typed as text or with full-width digits, percentages as 20, 20% or 0.2.
 */
import { cellAddress } from '../../layout/address';
import { readCellText } from '../../text/cell-text';
import { toHalfWidth } from '../../text/half-width';
import { normalizeHeader, removeBracketed } from '../../text/normalize';
import type { CellValue, Grid, LocalText, Problem } from '../../types';

/**
 * The form a label is matched in: "按时办结（每件）" and "按 时 办 结" both read 按时办结.
 * @example foldLabel('定额比例（%）') // '定额比例'
 */
export function foldLabel(text: string): string {
  return removeBracketed(normalizeHeader(text));
}

/**
 * A number typed as a number or as text ("90", "＋1", "−2", "1.5"); null for anything else.
 * @example readNumber('－2') // -2
 */
export function readNumber(value: CellValue | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = toHalfWidth(value).replace(/\s+/g, '').replace(/[−–—－]/g, '-').replace(/^\+/, '');
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

/**
 * A percentage typed as 20, "20%" or 0.2 (a cell formatted as a percentage holds 0.2); the result
 * is in percent. Null for anything else or outside 0..100.
 * @example readPercent('20%') // 20
 * @example readPercent(0.9) // 90
 */
export function readPercent(value: CellValue | undefined): number | null {
  const text = typeof value === 'string' ? toHalfWidth(value).trim() : null;
  const percentSign = text !== null && /%$/.test(text);
  const n = readNumber(percentSign && text !== null ? text.slice(0, -1) : value);
  if (n === null) return null;
  const percent = !percentSign && n > 0 && n <= 1 ? Math.round(n * 1e6) / 1e4 : n;
  return percent >= 0 && percent <= 100 ? percent : null;
}

/** A cell of a grid with its address, for reading and for naming in problems. */
export interface GridCell {
  readonly row: number;
  readonly col: number;
  readonly value: CellValue | undefined;
}

/**
 * The non-empty cells of each row, in sheet order.
 * @example [...listFilledRows(grid)][0] // [{ row: 1, col: 0, value: '发文定额表' }]
 */
export function* listFilledRows(grid: Grid): Generator<GridCell[]> {
  for (let i = 0; i < grid.rows.length; i++) {
    const cells: GridCell[] = [];
    (grid.rows[i] ?? []).forEach((value, col) => {
      if (value !== null && value !== undefined && readCellText(value).trim() !== '') cells.push({ row: grid.top + i, col, value });
    });
    if (cells.length > 0) yield cells;
  }
}

const NOT_UNDERSTOOD: LocalText = { zh: '无法识别', en: 'is not understood' };

/**
 * A warning about one cell of a settings sheet: what is wrong and what to type instead.
 * @example describeBadCell(grid, { row: 9, col: 4, value: '三十' }, { zh: '年度定额', en: 'cap' }, { zh: '请填写整数，如 36', en: 'Enter a whole number, e.g. 36' }, 'settings.quota.invalid')
 */
export function describeBadCell(grid: Grid, cell: GridCell, item: LocalText, fix: LocalText, code: string, wrong: LocalText = NOT_UNDERSTOOD): Problem {
  const address = cellAddress(cell.row, cell.col);
  const text = readCellText(cell.value);
  return {
    code,
    severity: 'warning',
    at: { sheet: grid.sheet, row: cell.row, col: cell.col },
    message: {
      zh: `“${grid.sheet}”${address} 的${item.zh}“${text}”${wrong.zh}，已忽略`,
      en: `${grid.sheet}!${address}: ${item.en} "${text}" ${wrong.en} and was ignored`,
    },
    fix,
  };
}
