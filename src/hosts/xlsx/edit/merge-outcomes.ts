/**
 * One outcome per sheet when a clear took off both layers of marks (status rows and validation
 * cells). A row that carried both counts once per layer.
 */
import type { ClearOutcome } from '../../host';

/**
 * @example mergeClearOutcomes([{ sheet: 'A', rowsRestored: 2, … }], [{ sheet: 'A', rowsRestored: 1, … }], 'A') // [{ sheet: 'A', rowsRestored: 3, … }]
 */
export function mergeClearOutcomes(first: readonly ClearOutcome[], second: readonly ClearOutcome[], target: string | undefined): ClearOutcome[] {
  const bySheet = new Map<string, ClearOutcome>();
  for (const o of [...first, ...second]) {
    const had = bySheet.get(o.sheet);
    bySheet.set(
      o.sheet,
      had
        ? { sheet: o.sheet, rowsRestored: had.rowsRestored + o.rowsRestored, cellsKeptByUser: had.cellsKeptByUser + o.cellsKeptByUser, rowsNotFound: had.rowsNotFound + o.rowsNotFound }
        : o,
    );
  }
  if (target !== undefined && !bySheet.has(target)) bySheet.set(target, { sheet: target, rowsRestored: 0, cellsKeptByUser: 0, rowsNotFound: 0 });
  return [...bySheet.values()];
}
