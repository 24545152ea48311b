/**
 * Multi-area addresses for `worksheet.getRanges` (ExcelApi 1.9): one call formats many rows.
 * Excel fails near 500 areas or about 8,200 address characters, so lists are cut well below.
 */
import type { MergedRange } from '../../core/types';
import { formatArea } from './a1';

export const MAX_AREAS_PER_CALL = 200;
export const MAX_ADDRESS_CHARS = 4_000;

/**
 * Rows with the same column span, consecutive rows joined into one rectangle.
 * @example rowAreas([5, 6, 7, 9], 0, 5) // [{ top: 5, left: 0, bottom: 7, right: 5 }, { top: 9, left: 0, bottom: 9, right: 5 }]
 */
export function rowAreas(rows: Iterable<number>, left: number, right: number): MergedRange[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const out: MergedRange[] = [];
  for (const row of sorted) {
    const last = out[out.length - 1];
    if (last && last.bottom === row - 1) out[out.length - 1] = { ...last, bottom: row };
    else out.push({ top: row, left, bottom: row, right });
  }
  return out;
}

/**
 * Addresses for getRanges, each within the area and character limits.
 * @example areaAddresses([{ top: 5, left: 0, bottom: 5, right: 5 }, { top: 9, left: 0, bottom: 9, right: 5 }]) // ['A5:F5,A9:F9']
 */
export function areaAddresses(areas: readonly MergedRange[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let chars = 0;
  for (const area of areas) {
    const text = formatArea(area);
    if (current.length > 0 && (current.length >= MAX_AREAS_PER_CALL || chars + text.length + 1 > MAX_ADDRESS_CHARS)) {
      out.push(current.join(','));
      current = [];
      chars = 0;
    }
    current.push(text);
    chars += text.length + 1;
  }
  if (current.length > 0) out.push(current.join(','));
  return out;
}
