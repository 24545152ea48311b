/**
 * A verdict on a cell's value worked out once per distinct text: registers repeat the same few
 * grades, units and notes down every row, so the folding, matching and message words behind a
 * verdict need not be redone per row.
 */
import type { CellValue } from '../../types';

/**
 * `judge` remembered per text (other values are few and judged each time). A verdict of
 * undefined is not remembered: use null for "nothing to say".
 * @example const levelOf = rememberVerdicts(readLevel); levelOf('秘密') === levelOf('秘密') // judged once
 */
export function rememberVerdicts<T>(judge: (value: CellValue | undefined) => T): (value: CellValue | undefined) => T {
  const known = new Map<string, T>();
  return (value) => {
    if (typeof value !== 'string') return judge(value);
    let verdict = known.get(value);
    if (verdict === undefined) {
      verdict = judge(value);
      known.set(value, verdict);
    }
    return verdict;
  };
}
