/**
 * The quota table (发文定额表) the add-in creates for the clerk to edit: the rules (the year typed
 * caps are for, the share of last year's count, the rounding, the grouping) and one row per unit
 * with last year's count and the cap computed from it for reference, and an empty 年度定额 cell
 * where a typed cap overrides the computed one.
 */
import type { SheetSpec, SpecColumn, SpecValue } from '../../sheet-spec';
import type { QuotaRow } from '../quota/compute-quotas';
import { GROUPING_LABELS, type QuotaSettings } from '../quota/quota-policy';
import { ROUNDING_LABELS, applyShare } from '../rounding';
import { PORTRAIT, SOURCE_COLUMN } from '../sheet-frame';

export const QUOTA_PURPOSE = 'settings:quota';
export const QUOTA_SHEET_NAME = '发文定额表';

/** The rule rows' labels, as the sheet shows them and the reader finds them. */
export const QUOTA_RULE_LABELS = { year: '适用年度', percent: '定额比例（%）', rounding: '取整方式', groupBy: '统计口径' } as const;
/** Header of the column where a clerk types a cap. */
export const CAP_HEADER = '年度定额';

export interface QuotaSheetInput {
  readonly year: number;
  readonly settings: QuotaSettings;
  /** The units and their counts, from {@link computeQuotas}. */
  readonly rows: readonly QuotaRow[];
  readonly bySource: boolean;
}

const CAP_COLUMNS: readonly SpecColumn[] = [
  { header: '单位', width: 20, format: 'text' },
  { header: '上年发文数（参考）', width: 12, format: 'integer' },
  { header: '测算定额（参考）', width: 12, format: 'integer' },
  { header: CAP_HEADER, width: 10, format: 'integer' },
  { header: '备注', width: 30, format: 'text' },
];

/**
 * Typed caps are kept when the sheet is made again, so that regenerating never loses an edit.
 * @example buildQuotaSheet({ year: 2026, settings: DEFAULT_QUOTA_SETTINGS, rows, bySource: false }).purpose // 'settings:quota'
 */
export function buildQuotaSheet(input: QuotaSheetInput): SheetSpec {
  const { policy } = input.settings;
  const rows = input.rows.map((r): SpecValue[] => {
    const computed = r.previous > 0 ? applyShare(r.previous, policy.percent, policy.rounding) : null;
    const line: SpecValue[] = [r.unit, r.previous, computed, r.capSource === 'typed' ? r.cap : null, computed === null ? '上年无发文记录，如需定额请手填' : ''];
    return input.bySource ? [r.source ?? '', ...line] : line;
  });
  return {
    name: QUOTA_SHEET_NAME,
    purpose: QUOTA_PURPOSE,
    title: '发文定额表',
    subtitle: `“${CAP_HEADER}”一栏手填的数字优先；留空的单位按上年发文数 × 定额比例测算；上年没有发文记录的单位不设定额。`,
    tables: [
      {
        caption: '定额规则（可修改）',
        columns: [
          { header: '项目', width: 20, format: 'text' },
          { header: '设定', width: 12 },
          { header: '说明', width: 40, format: 'text' },
        ],
        rows: [
          [QUOTA_RULE_LABELS.year, input.year, '手填的年度定额适用于这一年'],
          [QUOTA_RULE_LABELS.percent, policy.percent, '未手填定额的单位：上年发文数 × 比例'],
          [QUOTA_RULE_LABELS.rounding, ROUNDING_LABELS[policy.rounding], '可填：向下取整、四舍五入、向上取整'],
          [QUOTA_RULE_LABELS.groupBy, GROUPING_LABELS[policy.groupBy], '可填：拟稿单位、机关代字'],
        ],
      },
      { caption: '各单位年度定额', columns: input.bySource ? [SOURCE_COLUMN, ...CAP_COLUMNS] : CAP_COLUMNS, rows },
    ],
    notes: ['本表由台账助手生成，可直接修改“设定”和“年度定额”两栏；生成年终汇总时读取本表。'],
    print: PORTRAIT,
  };
}
