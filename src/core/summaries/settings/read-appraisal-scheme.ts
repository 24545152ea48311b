/**
 * Reads the appraisal scheme sheet (考核计分办法) back from its cells: each row whose first cell
 * names a scheme item sets it from the next filled cell. Rows it cannot use are reported with
 * their cell and the default is kept; rows missing keep their default silently.
 */
import { readCellText } from '../../text/cell-text';
import type { Grid, Problem } from '../../types';
import { DEFAULT_APPRAISAL_SCHEME, type AppraisalScheme } from '../appraisal/appraisal-scheme';
import { readRounding } from '../rounding';
import { describeBadCell, foldLabel, listFilledRows, readNumber, readPercent, type GridCell } from './settings-cells';
import { listSchemeItems, type SchemeItem, type SchemeValue } from './scheme-items';

export const SCHEME_INVALID = 'settings.appraisal.invalid';

/** Header and caption words that are not items. */
const NOT_ITEMS: ReadonlySet<string> = new Set(['项目', '计分项目', '考核计分办法']);

function readValue(item: SchemeItem, cell: GridCell): SchemeValue | null {
  if (item.type === 'rounding') return readRounding(readCellText(cell.value));
  if (item.type === 'percent') return readPercent(cell.value);
  const n = readNumber(cell.value);
  if (n === null) return null;
  if (item.type === 'weight' || item.type === 'count') return n >= 0 ? n : null;
  return n;
}

const FIXES: Readonly<Record<SchemeItem['type'], { zh: string; en: string }>> = {
  points: { zh: '请填写数字，扣分填负数，如 -2', en: 'Enter a number; a deduction is negative, e.g. -2' },
  weight: { zh: '请填写不小于 0 的数字，如 1 或 0.5', en: 'Enter a number of 0 or more, e.g. 1 or 0.5' },
  percent: { zh: '请填写 0 到 100 之间的百分数，如 20', en: 'Enter a percentage from 0 to 100, e.g. 20' },
  count: { zh: '请填写不小于 0 的数字，如 12', en: 'Enter a number of 0 or more, e.g. 12' },
  rounding: { zh: '请填写 向下取整、四舍五入 或 向上取整', en: 'Enter 向下取整, 四舍五入 or 向上取整' },
};

/**
 * @example
 * const { scheme, problems } = readAppraisalScheme(grid);
 * scheme.overdue // -3 when the clerk typed -3 beside 逾期未办结（每件）
 */
export function readAppraisalScheme(grid: Grid): { scheme: AppraisalScheme; problems: Problem[] } {
  const items = listSchemeItems(DEFAULT_APPRAISAL_SCHEME);
  const byLabel = new Map<string, SchemeItem>();
  for (const item of items) for (const name of [item.label, ...item.synonyms]) byLabel.set(foldLabel(name), item);
  let scheme = DEFAULT_APPRAISAL_SCHEME;
  const problems: Problem[] = [];
  let inTable = false;
  for (const cells of listFilledRows(grid)) {
    const label = foldLabel(readCellText(cells[0].value));
    if (label === '项目') {
      inTable = true;
      continue;
    }
    const valueCell = cells[1];
    const item = byLabel.get(label);
    if (!item) {
      // Past the header, a labelled row with a value is an item the reader does not know.
      if (inTable && valueCell && !NOT_ITEMS.has(label) && cells.length <= 3 && readNumber(valueCell.value) !== null) {
        problems.push(describeBadCell(grid, cells[0], { zh: '计分项目', en: 'scheme item' }, { zh: '请使用本表原有的项目名称；新增项目不会计分', en: 'Use the item names the sheet came with; new items are not scored' }, SCHEME_INVALID));
      }
      continue;
    }
    const value = valueCell ? readValue(item, valueCell) : null;
    if (value === null) {
      const cell = valueCell ?? { row: cells[0].row, col: cells[0].col + 1, value: null };
      problems.push(describeBadCell(grid, cell, { zh: `“${item.label}”的设定`, en: `the value of ${item.label}` }, FIXES[item.type], SCHEME_INVALID));
      continue;
    }
    scheme = item.set(scheme, value);
  }
  return { scheme, problems };
}
