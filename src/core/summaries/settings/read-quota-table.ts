/**
 * Reads the quota table (发文定额表) back from its cells: the rules, and the caps typed per unit.
 * Tolerant: rows may move, labels may carry brackets or spaces, numbers may be text. Every
 * entry it cannot use is reported with its cell, and the default is kept.
 */
import { readCellText } from '../../text/cell-text';
import type { Grid, LocalText, Problem } from '../../types';
import { DEFAULT_QUOTA_SETTINGS, type QuotaGrouping, type QuotaSettings, type TypedCap } from '../quota/quota-policy';
import { readRounding, type Rounding } from '../rounding';
import { QUOTA_RULE_LABELS } from './quota-sheet';
import { describeBadCell, foldLabel, listFilledRows, readNumber, readPercent, type GridCell } from './settings-cells';

export const QUOTA_INVALID = 'settings.quota.invalid';

const UNIT_HEADERS: ReadonlySet<string> = new Set(['单位', '拟稿单位', '机关代字', '部门', '科室', '处室', '单位名称']);
const CAP_HEADERS: ReadonlySet<string> = new Set(['年度定额', '定额', '发文定额', '核定定额', '定额数', '年度发文定额']);
const SOURCE_HEADERS: ReadonlySet<string> = new Set(['工作簿', '来源']);
/** The rule rows' labels as matched: without brackets, so "定额比例（%）" and "定额比例" are one. */
const RULES = {
  year: foldLabel(QUOTA_RULE_LABELS.year),
  percent: foldLabel(QUOTA_RULE_LABELS.percent),
  rounding: foldLabel(QUOTA_RULE_LABELS.rounding),
  groupBy: foldLabel(QUOTA_RULE_LABELS.groupBy),
};

function readGrouping(text: string): QuotaGrouping | null {
  if (text.includes('代字') || text.includes('文号')) return 'agency';
  return text.includes('拟稿') || text.includes('单位') ? 'draftingUnit' : null;
}

interface Columns {
  readonly unit: number;
  readonly cap: number;
  readonly source: number | null;
}

function findColumns(cells: readonly GridCell[]): Columns | null {
  const colOf = (names: ReadonlySet<string>): number | null => cells.find((c) => names.has(foldLabel(readCellText(c.value))))?.col ?? null;
  const unit = colOf(UNIT_HEADERS);
  const cap = colOf(CAP_HEADERS);
  return unit !== null && cap !== null ? { unit, cap, source: colOf(SOURCE_HEADERS) } : null;
}

type Report = (cell: GridCell, item: LocalText, fix: LocalText, wrong?: LocalText) => void;

/** The rules read so far, the defaults until a row says otherwise. */
interface Rules {
  year: number | null;
  percent: number;
  rounding: Rounding;
  groupBy: QuotaGrouping;
}

/** A rule row: its label in the first filled cell, its value in the next. */
function readRuleRow(cells: readonly GridCell[], rules: Rules, report: Report): void {
  const label = foldLabel(readCellText(cells[0].value));
  const value = cells[1];
  if (!value) return;
  if (label === RULES.year) {
    const n = readNumber(value.value);
    if (n !== null && Number.isInteger(n) && n >= 1900 && n <= 9999) rules.year = n;
    else report(value, { zh: '适用年度', en: 'year' }, { zh: '请填写四位数年份，如 2026', en: 'Enter a four-digit year, e.g. 2026' });
  } else if (label === RULES.percent) {
    const p = readPercent(value.value);
    if (p !== null) rules.percent = p;
    else report(value, { zh: '定额比例', en: 'quota share' }, { zh: '请填写 0 到 100 之间的百分数，如 90', en: 'Enter a percentage from 0 to 100, e.g. 90' });
  } else if (label === RULES.rounding) {
    const r = readRounding(readCellText(value.value));
    if (r) rules.rounding = r;
    else report(value, { zh: '取整方式', en: 'rounding' }, { zh: '请填写 向下取整、四舍五入 或 向上取整', en: 'Enter 向下取整, 四舍五入 or 向上取整' });
  } else if (label === RULES.groupBy) {
    const g = readGrouping(readCellText(value.value));
    if (g) rules.groupBy = g;
    else report(value, { zh: '统计口径', en: 'grouping' }, { zh: '请填写 拟稿单位 或 机关代字', en: 'Enter 拟稿单位 or 机关代字' });
  }
}

/** A unit row under the caps header: its typed cap, or null when it has none (or a bad one). */
function readCapRow(grid: Grid, cells: readonly GridCell[], columns: Columns, report: Report): TypedCap | null {
  const at = (col: number): GridCell | undefined => cells.find((c) => c.col === col);
  const unitCell = at(columns.unit);
  const capCell = at(columns.cap);
  const unit = unitCell ? readCellText(unitCell.value).trim() : '';
  if (unit === '' || unit === '合计' || !capCell) return null;
  const cap = readNumber(capCell.value);
  if (cap === null || !Number.isInteger(cap) || cap < 0) {
    report(capCell, { zh: `“${unit}”的年度定额`, en: `the cap of ${unit}` }, { zh: '请填写不小于 0 的整数，如 36；不设定额请留空', en: 'Enter a whole number of 0 or more, e.g. 36; leave it empty for no cap' });
    return null;
  }
  const sourceCell = columns.source === null ? undefined : at(columns.source);
  const source = sourceCell ? readCellText(sourceCell.value).trim() || null : null;
  return { source, unit, cap, at: { sheet: grid.sheet, row: capCell.row, col: capCell.col } };
}

/**
 * Rule rows come first, then the header of the caps table, then one row per unit.
 * @example
 * const { settings, problems } = readQuotaTable(grid);
 * settings.caps // [{ source: null, unit: '办公室', cap: 30, at: { sheet: '发文定额表', row: 12, col: 3 } }]
 */
export function readQuotaTable(grid: Grid): { settings: QuotaSettings; problems: Problem[] } {
  const problems: Problem[] = [];
  const report: Report = (cell, item, fix, wrong) => problems.push(describeBadCell(grid, cell, item, fix, QUOTA_INVALID, wrong));
  const { policy } = DEFAULT_QUOTA_SETTINGS;
  const rules: Rules = { year: null, percent: policy.percent, rounding: policy.rounding, groupBy: policy.groupBy };
  const caps: TypedCap[] = [];
  const seen = new Set<string>();
  let columns: Columns | null = null;
  for (const cells of listFilledRows(grid)) {
    if (!columns) {
      columns = findColumns(cells);
      if (!columns) readRuleRow(cells, rules, report);
      continue;
    }
    const cap = readCapRow(grid, cells, columns, report);
    if (!cap) continue;
    const key = `${cap.source ?? ''}\u0001${foldLabel(cap.unit)}`;
    if (seen.has(key) && cap.at) {
      const again = { zh: '与前面一行重复', en: 'repeats a unit listed above' };
      report({ row: cap.at.row, col: cap.at.col, value: cap.cap }, { zh: `“${cap.unit}”的年度定额`, en: `the cap of ${cap.unit}` }, { zh: '每个单位只填一行定额，请删除重复的一行', en: 'Keep one cap row per unit' }, again);
      continue;
    }
    seen.add(key);
    caps.push(cap);
  }
  return { settings: { policy: { percent: rules.percent, rounding: rules.rounding, groupBy: rules.groupBy }, year: rules.year, caps }, problems };
}
