/**
 * Reading the key cells of marked rows (clearMarks checks whether each row still holds its key
 * where it was logged), in groups sized by what the first cells actually weighed.
 */
import { formatArea } from './a1';
import { loadInGroups, startLoadInGroups, type LoadPlan } from './adaptive-load';
import type { XlContext, XlWorksheet } from './excel-api';
import { OPERATION_BYTES, jsonBytes, packBySize } from './payload-budget';
import { bridgeRuns, toRuns } from './row-runs';

/** Response bytes per key cell before any is seen: generous (a 30-character title is about 100). */
const FIRST_GUESS_BYTES = 100;

interface KeyBlock {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

const cellsOf = (b: KeyBlock): number => (b.bottom - b.top + 1) * (b.right - b.left + 1);

function keyBlocks(rows: readonly number[], cols: readonly number[], maxRows: number): KeyBlock[] {
  const blocks: KeyBlock[] = [];
  for (const r of bridgeRuns(toRuns(rows), 5)) {
    for (let top = r.from; top <= r.to; top += maxRows) {
      for (const c of toRuns(cols)) blocks.push({ top, bottom: Math.min(r.to, top + maxRows - 1), left: c.from, right: c.to });
    }
  }
  return blocks;
}

/**
 * Starts reading the key cells of the logged rows: a first share rides on the caller's next sync
 * and tells how many bytes a cell takes here; the rest is packed by that measure.
 * @example
 * const keys = startKeyCells(ctx, ws, [5, 9], [0, 1, 2], 3e6);
 * await ctx.sync();
 * (await keys.finish()).get(5) // ['1', 46086, '县财政局']
 */
export function startKeyCells(ctx: XlContext, ws: XlWorksheet, rows: readonly number[], cols: readonly number[], chunkBytes: number): { finish(): Promise<Map<number, unknown[]>> } {
  const blocks = keyBlocks(rows, cols, Math.max(1, Math.floor(chunkBytes / (FIRST_GUESS_BYTES * Math.max(1, cols.length)))));
  const plan: LoadPlan<KeyBlock, unknown[][]> = {
    queue: (b) => {
      const range = ws.getRange(formatArea(b)).load('values');
      return () => range.values;
    },
    split: (b) => (b.top === b.bottom ? null : [{ ...b, bottom: Math.floor((b.top + b.bottom) / 2) }, { ...b, top: Math.floor((b.top + b.bottom) / 2) + 1 }]),
  };
  const guess = (perCell: number) => (b: KeyBlock): number => OPERATION_BYTES + cellsOf(b) * perCell;
  const [probe = [], ...rest] = packBySize(blocks, guess(FIRST_GUESS_BYTES), chunkBytes / 4);
  const probing = startLoadInGroups(ctx, [probe], plan);
  return {
    finish: async () => {
      const first = await probing.finish();
      const seenCells = first.reduce((n, r) => n + cellsOf(r.item), 0);
      const perCell = seenCells > 0 ? Math.max(4, (1.5 * first.reduce((n, r) => n + jsonBytes(r.result), 0)) / seenCells) : FIRST_GUESS_BYTES;
      const later = await loadInGroups(ctx, packBySize(rest.flat(), guess(perCell), chunkBytes), plan);
      const out = new Map<number, unknown[]>();
      for (const { item, result } of [...first, ...later]) {
        result.forEach((line, i) => {
          const row = out.get(item.top + i) ?? [];
          line.forEach((v, j) => (row[item.left + j] = v));
          out.set(item.top + i, row);
        });
      }
      return out;
    },
  };
}
