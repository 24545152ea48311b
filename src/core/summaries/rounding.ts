/** How a share of a count becomes a whole number (quota caps, the number of 优秀 places). */

export type Rounding = 'floor' | 'round' | 'ceil';

export const ROUNDING_LABELS: Readonly<Record<Rounding, string>> = {
  floor: '向下取整',
  round: '四舍五入',
  ceil: '向上取整',
};

/**
 * `count × percent ÷ 100`, rounded as asked. The product is cleaned of binary noise first, so
 * 64.4% of 250 is exactly 161 (not 161.00000000000003, which `ceil` would make 162).
 * @example applyShare(7, 20, 'floor') // 1
 * @example applyShare(250, 64.4, 'ceil') // 161
 */
export function applyShare(count: number, percent: number, rounding: Rounding): number {
  const exact = Math.round(((count * percent) / 100) * 1e9) / 1e9;
  if (rounding === 'floor') return Math.floor(exact);
  if (rounding === 'ceil') return Math.ceil(exact);
  return Math.round(exact);
}

/**
 * A score kept to two decimals, so sums of weighted points compare equal when they are equal.
 * @example roundScore(0.1 + 0.2) // 0.3
 */
export function roundScore(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Reads a rounding rule as a clerk types it (向下取整, 四舍五入, 向上取整, or floor/round/ceil).
 * @example readRounding('四舍五入') // 'round'
 */
export function readRounding(text: string): Rounding | null {
  const t = text.replace(/\s+/g, '').toLowerCase();
  if (['向下取整', '舍去', '去尾', '去尾法', 'floor'].includes(t)) return 'floor';
  if (['四舍五入', 'round'].includes(t)) return 'round';
  if (['向上取整', '进一', '进一法', 'ceil'].includes(t)) return 'ceil';
  return null;
}
