/**
 * Registers repeat themselves ("5个工作日" on every row, "已办结" on most): reading each distinct
 * text once keeps the per-row cost to a map lookup. The memo is bounded, so a sheet of distinct
 * texts costs no more than reading each one.
 */
import type { CellValue } from '../types';

const DEFAULT_LIMIT = 10_000;

/**
 * Wraps a cell reader so that string cells are read once per distinct text.
 * @example const read = memoizeByText((v) => expensive(v)); read('5个工作日'); read('5个工作日'); // read once
 */
export function memoizeByText<T, V extends CellValue | undefined = CellValue | undefined>(read: (value: V) => T, limit = DEFAULT_LIMIT): (value: V) => T {
  const memo = new Map<string, T>();
  return (value) => {
    if (typeof value !== 'string') return read(value);
    const known = memo.get(value);
    if (known !== undefined) return known;
    const result = read(value);
    if (memo.size < limit) memo.set(value, result);
    return result;
  };
}
