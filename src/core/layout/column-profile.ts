/**
 * What the first data cells of a column hold: dates, document numbers, counts or plain text.
 * The detector uses it to confirm or doubt what a header says.
 */
import type { CellValue } from '../types';
import { readsAsDate } from './reads-as-date';
import { isBlankCell } from '../text/cell-text';

export interface ColumnProfile {
  /** Cells sampled that were not blank. */
  readonly filled: number;
  /** Date cells and texts that read as dates. */
  readonly dates: number;
  /** Plain numbers that could be serials of this century (30000..60000) in a date column. */
  readonly serials: number;
  /** Small whole numbers and short codes, as running numbers and counts are. */
  readonly counts: number;
  /** Texts shaped like 县政办发〔2026〕12号. */
  readonly docNumbers: number;
  /** Time-limit phrases: 5个工作日, 10日内, 3月底前, 长期. */
  readonly deadlinePhrases: number;
  /** Anything else. */
  readonly texts: number;
}

const EMPTY_PROFILE: ColumnProfile = { filled: 0, dates: 0, serials: 0, counts: 0, docNumbers: 0, deadlinePhrases: 0, texts: 0 };
const DEADLINE_WORDS = ['工作日', '日内', '天内', '周内', '月内', '前', '底', '长期', '持续', '常态', '即办', '限时'];

function looksLikeDocNumber(text: string): boolean {
  if (text.length > 40 || !text.endsWith('号')) return false;
  return /[〔［[(（【]\s*(?:19|20)\d\d\s*[〕］\])）】]/.test(text) || /(?:19|20)\d\d.{0,3}\d+号$/.test(text);
}

function looksLikeCount(text: string): boolean {
  return text.length <= 12 && /^[A-Za-z\u4e00-\u9fa5]{0,4}[-_]?\d{1,6}(?:[-_]\d{1,6})?$/.test(text);
}

/** Sorts one cell into the profile's bins. */
function classify(value: CellValue): keyof Omit<ColumnProfile, 'filled'> {
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 30_000 && value <= 60_000) return 'serials';
    return 'counts';
  }
  if (typeof value !== 'string') return value !== null && typeof value === 'object' && value.type === 'date' ? 'dates' : 'texts';
  const text = value.trim();
  if (readsAsDate(text)) return 'dates';
  if (looksLikeDocNumber(text)) return 'docNumbers';
  if (text.length <= 16 && DEADLINE_WORDS.some((w) => text.includes(w))) return 'deadlinePhrases';
  if (looksLikeCount(text)) return 'counts';
  return 'texts';
}

/**
 * Profiles the given cells (the first data cells of one column).
 * @example profileCells(['县政办发〔2026〕1号', '市委发〔2026〕3号']).docNumbers // 2
 */
export function profileCells(cells: ReadonlyArray<CellValue | undefined>): ColumnProfile {
  const counts = { ...EMPTY_PROFILE };
  for (const value of cells) {
    if (value === undefined || isBlankCell(value)) continue;
    counts.filled++;
    counts[classify(value)]++;
  }
  return counts;
}
