/** The 发文定额执行情况 table of the outgoing summary, one row per unit, warnings highlighted. */
import type { SpecColumn, SpecRowStyle, SpecTable, SpecValue } from '../../sheet-spec';
import { ROUNDING_LABELS } from '../rounding';
import { SOURCE_COLUMN } from '../sheet-frame';
import type { QuotaRow } from './compute-quotas';
import type { QuotaPolicy } from './quota-policy';

const COLUMNS: readonly SpecColumn[] = [
  { header: '单位', width: 18, format: 'text' },
  { header: '上年发文数', width: 10, format: 'integer' },
  { header: '年度定额', width: 10, format: 'integer' },
  { header: '定额依据', width: 30, format: 'text' },
  { header: '已发文', width: 8, format: 'integer' },
  { header: '剩余', width: 8, format: 'integer' },
  { header: '已用比例', width: 9, format: 'percent1' },
  { header: '预计全年发文', width: 12, format: 'decimal1' },
  { header: '提示', width: 26, format: 'text' },
];

/**
 * Why a unit has the cap it has, in words.
 * @example describeCapBasis({ capSource: 'history', previous: 40 } as QuotaRow, 2025, DEFAULT_QUOTA_POLICY) // '2025年发文 40 件 × 90%，向下取整'
 */
export function describeCapBasis(row: QuotaRow, previousYear: number, policy: QuotaPolicy): string {
  if (row.capSource === 'typed') return '发文定额表手填';
  if (row.capSource === 'history') return `${previousYear}年发文 ${row.previous} 件 × ${policy.percent}%，${ROUNDING_LABELS[policy.rounding]}`;
  return `${previousYear}年无发文记录，未按历史测算定额`;
}

function describeWarning(row: QuotaRow): string {
  if (row.warning === 'over') return '已超出年度定额';
  if (row.warning === 'willExceed') return '按目前进度，全年将超出定额';
  return row.capSource === 'none' ? '如需设定额，请在发文定额表中填写' : '';
}

/**
 * @example buildQuotaTable('发文定额执行情况', rows, 2026, DEFAULT_QUOTA_POLICY, false).columns[0].header // '单位'
 */
export function buildQuotaTable(caption: string, rows: readonly QuotaRow[], year: number, policy: QuotaPolicy, bySource: boolean): SpecTable {
  const cells = rows.map((r): SpecValue[] => {
    const line: SpecValue[] = [r.unit === '' ? '（未填写）' : r.unit, r.previous, r.cap, describeCapBasis(r, year - 1, policy), r.used, r.remaining, r.shareUsed, r.projected, describeWarning(r)];
    return bySource ? [r.source ?? '', ...line] : line;
  });
  return {
    caption,
    columns: bySource ? [SOURCE_COLUMN, ...COLUMNS] : COLUMNS,
    rows: cells,
    rowStyles: rows.map((r): SpecRowStyle => (r.warning ? 'warning' : 'body')),
  };
}
