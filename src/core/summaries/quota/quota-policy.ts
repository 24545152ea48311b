/**
 * The document quota (发文定额, shared/domain.md §5): each unit's yearly cap is by default 90% of
 * its count in the previous year, found in the same register. The share, the rounding and the
 * grouping (drafting unit or 机关代字 series) are the office's to change; a cap typed into the
 * quota table wins over the one computed from history.
 */
import type { CellRef } from '../../types';
import type { Rounding } from '../rounding';

/** Documents are counted per drafting unit, or per 机关代字 series of their number. */
export type QuotaGrouping = 'draftingUnit' | 'agency';

export interface QuotaPolicy {
  /** Cap as a percentage of the unit's count in the previous year. */
  readonly percent: number;
  readonly rounding: Rounding;
  readonly groupBy: QuotaGrouping;
}

/** A cap a clerk typed into the quota table. */
export interface TypedCap {
  /** The workbook it is for, or null for every workbook. */
  readonly source: string | null;
  readonly unit: string;
  readonly cap: number;
  readonly at?: CellRef;
}

export interface QuotaSettings {
  readonly policy: QuotaPolicy;
  /** The year typed caps are for; null: whichever year is summarised. */
  readonly year: number | null;
  readonly caps: readonly TypedCap[];
}

export const DEFAULT_QUOTA_POLICY: QuotaPolicy = { percent: 90, rounding: 'floor', groupBy: 'draftingUnit' };

export const DEFAULT_QUOTA_SETTINGS: QuotaSettings = { policy: DEFAULT_QUOTA_POLICY, year: null, caps: [] };

export const GROUPING_LABELS: Readonly<Record<QuotaGrouping, string>> = {
  draftingUnit: '拟稿单位',
  agency: '机关代字',
};
