/**
 * Reads the holiday table a clerk keeps in the workbook (a sheet such as 节假日表): one day per
 * row with its date, whether it is a day off (放假/休) or a working day (上班/班), and the holiday's
 * name. The header row is optional; without one, columns A, B, C are date, kind, name.
 */
import { parseDate } from '../dates/parse-date';
import { cellAddress } from '../layout/address';
import { readCell, lastGridRow } from '../layout/grid-cells';
import { readCellText } from '../text/cell-text';
import { normalizeHeader, normalizeValue } from '../text/normalize';
import type { Grid, Problem } from '../types';
import type { HolidayOverride, HolidayOverrideKind } from './holiday-override';

interface TableColumns {
  readonly headerRow: number | null;
  readonly date: number;
  readonly kind: number;
  readonly name: number | null;
}

/** A header is looked for in the first rows only. */
const HEADER_SCAN_ROWS = 10;
const HEADER_SCAN_COLS = 12;

function findColumns(grid: Grid): TableColumns {
  const last = Math.min(lastGridRow(grid), grid.top + HEADER_SCAN_ROWS - 1);
  for (let row = grid.top; row <= last; row++) {
    let date = -1;
    let kind = -1;
    let name = -1;
    for (let col = 0; col < HEADER_SCAN_COLS; col++) {
      const h = normalizeHeader(readCellText(readCell(grid, row, col)));
      if (h === '') continue;
      if (date < 0 && /日期/.test(h)) date = col;
      else if (kind < 0 && /类型|类别|安排|放假|上班|休息/.test(h)) kind = col;
      else if (name < 0 && /名称|节日|节假日|假日|说明|备注/.test(h)) name = col;
    }
    if (date >= 0 && kind >= 0) return { headerRow: row, date, kind, name: name >= 0 ? name : null };
  }
  return { headerRow: null, date: 0, kind: 1, name: 2 };
}

/**
 * "放假", "休", "节假日" → holiday; "上班", "班", "调休上班", "工作日" → workday; else null.
 * @example readOverrideKind('调休上班') // 'workday'
 */
export function readOverrideKind(text: string): HolidayOverrideKind | null {
  const t = normalizeValue(text).replace(/\s+/g, '');
  if (t === '') return null;
  if (/班|工作/.test(t)) return 'workday';
  if (/休|假/.test(t)) return 'holiday';
  return null;
}

function tableProblem(grid: Grid, row: number, col: number, zh: string, en: string, fix: { zh: string; en: string }): Problem {
  return { code: 'holidayTable.badRow', severity: 'warning', at: { sheet: grid.sheet, row, col }, message: { zh, en }, fix };
}

/**
 * @example readHolidayTable(gridOf('节假日表', [['日期', '类型', '名称'], [day(2027, 1, 1), '放假', '元旦']])).entries
 * // [{ day: 2027-01-01, kind: 'holiday', name: '元旦' }]
 */
export function readHolidayTable(grid: Grid): { entries: HolidayOverride[]; problems: Problem[] } {
  const cols = findColumns(grid);
  const entries: HolidayOverride[] = [];
  const problems: Problem[] = [];
  const first = cols.headerRow === null ? grid.top : cols.headerRow + 1;
  for (let row = first; row <= lastGridRow(grid); row++) {
    const dateCell = readCell(grid, row, cols.date);
    const kindText = readCellText(readCell(grid, row, cols.kind)).trim();
    if (readCellText(dateCell).trim() === '' && kindText === '') continue;
    const parsed = parseDate(dateCell);
    if (!parsed.ok) {
      const where = cellAddress(row, cols.date);
      problems.push(tableProblem(grid, row, cols.date, `节假日表 ${where} 的日期"${readCellText(dateCell)}"无法识别，该行未使用`, `Holiday table ${where}: the date "${readCellText(dateCell)}" cannot be read; the row is ignored.`, { zh: '请写成 2027-01-01 这样的完整日期', en: 'Write a full date such as 2027-01-01.' }));
      continue;
    }
    const kind = readOverrideKind(kindText);
    if (!kind) {
      const where = cellAddress(row, cols.kind);
      problems.push(tableProblem(grid, row, cols.kind, `节假日表 ${where} 应写"放假"或"上班"，现为"${kindText}"，该行未使用`, `Holiday table ${where} must say 放假 or 上班; it says "${kindText}". The row is ignored.`, { zh: '放假日写"放假"，调休上班日写"上班"', en: 'Write 放假 for a day off and 上班 for a working day.' }));
      continue;
    }
    const name = cols.name === null ? '' : readCellText(readCell(grid, row, cols.name)).trim();
    entries.push({ day: parsed.day, kind, name });
  }
  return { entries, problems };
}
