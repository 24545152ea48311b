/**
 * The deadline settings an office can change, stored in the workbook's settings section
 * `deadlines` (see read-deadline-settings.ts). Figures here are defaults, never constants of
 * the engine: shared/domain.md, "Treat the figures above as defaults a user can change".
 */
import type { DateField, RegisterKind } from '../types';
import type { DeadlineUnit, Period } from './deadline-types';

/** A default limit for items whose urgency or category cell says one of `values`. */
export interface DefaultRule {
  readonly field: 'urgency' | 'category';
  /** Compared after folding: half-width, simplified, no spaces, a trailing 件 dropped (特急件 = 特急). */
  readonly values: readonly string[];
  readonly period: Period;
}

export interface KindDeadlineSettings {
  /** Day a period counts from: the first of these fields the record has. */
  readonly startFrom: readonly DateField[];
  /** Tried in order for items whose deadline cell is empty or unreadable; the first match wins. */
  readonly rules: readonly DefaultRule[];
  /** For items no rule matches; null: such items have no deadline (`noDeadline`). */
  readonly fallback: Period | null;
}

export interface DeadlineSettings {
  /** Unfinished items due within this many working days after the as-of day are `dueSoon`. */
  readonly warningWorkingDays: number;
  /** A fixed as-of day `YYYY-MM-DD` (a quarter's end for a report), or null for today. */
  readonly asOfDay: string | null;
  /** The offset of "today" from UTC in minutes: China is UTC+8. */
  readonly utcOffsetMinutes: number;
  /** Unit of a bare number in a deadline cell whose header names none ("办理时限" = 5). */
  readonly bareNumberUnit: DeadlineUnit;
  readonly kinds: Readonly<Record<RegisterKind, KindDeadlineSettings>>;
  /** Words meaning "no single deadline" ("长期", "每月"): found anywhere in the cell. */
  readonly ongoingWords: readonly string[];
  /** Words in the result column meaning the item is finished ("办结", "已答复"). */
  readonly finishedWords: readonly string[];
  /** Words meaning it is still open ("办理中", "正在办理"); they win over finished words. */
  readonly unfinishedWords: readonly string[];
}

const wd = (amount: number): Period => ({ amount, unit: 'workingDays' });

/**
 * Document grades 特急 1 and 加急 3 working days follow the common 限时办结 rules; 特提 and 平急,
 * the telegram grades not used on documents, take the telegram limits (1 and 10 days).
 */
const URGENCY_RULES: readonly DefaultRule[] = [
  { field: 'urgency', values: ['特提'], period: wd(1) },
  { field: 'urgency', values: ['特急'], period: wd(1) },
  { field: 'urgency', values: ['加急', '急', '紧急'], period: wd(3) },
  { field: 'urgency', values: ['平急'], period: wd(10) },
];

export const DEFAULT_DEADLINE_SETTINGS: DeadlineSettings = {
  warningWorkingDays: 3,
  asOfDay: null,
  utcOffsetMinutes: 480,
  bareNumberUnit: 'workingDays',
  kinds: {
    // An ordinary incoming document without a deadline is one for reading (阅件): no default.
    incoming: { startFrom: ['receivedDate', 'assignedDate'], rules: URGENCY_RULES, fallback: null },
    supervision: {
      startFrom: ['assignedDate', 'receivedDate'],
      rules: [
        { field: 'category', values: ['急办件'], period: wd(3) },
        { field: 'category', values: ['查办件'], period: wd(10) },
        { field: 'category', values: ['阅办件'], period: wd(5) },
        // 人大代表建议 and 政协提案 are answered within three months of being assigned.
        { field: 'category', values: ['人大建议', '政协提案', '建议', '提案', '建议提案'], period: { amount: 3, unit: 'months' } },
        ...URGENCY_RULES,
      ],
      fallback: wd(10),
    },
    outgoing: { startFrom: ['issuedDate'], rules: [], fallback: null },
    submissions: { startFrom: ['issuedDate', 'receivedDate'], rules: [], fallback: null },
  },
  ongoingWords: ['长期', '持续', '常态', '每月', '每周', '每季', '每年', '每半年', '按月', '按周', '按季', '按年', '定期', '逐月', '逐季', '不定期', '无期限', '无时限', '不限'],
  finishedWords: ['办结', '已完成', '完成', '已答复', '已归档', '已落实', '已办理', '办毕', '已结案', '已阅'],
  unfinishedWords: ['正在', '办理中', '推进中', '进行中', '落实中', '处理中', '实施中', '整改中', '答复中', '部分完成', '基本完成', '尚在'],
};
