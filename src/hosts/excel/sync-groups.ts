/**
 * Writes queued in groups that each fit the payload budget, one sync per group. A group Excel
 * refuses as too large (nothing of it was applied) is halved and sent again.
 */
import type { XlContext } from './excel-api';
import { isPayloadTooLarge } from './excel-errors';
import { packBySize } from './payload-budget';

/**
 * @example await syncInGroups(ctx, ops, fillOpBytes, 3e6, (op) => queueFillOp(ws, op));
 */
export async function syncInGroups<T>(
  ctx: XlContext,
  items: readonly T[],
  sizeOf: (item: T) => number,
  budget: number,
  queue: (item: T) => void,
): Promise<void> {
  for (const group of packBySize(items, sizeOf, budget)) await syncGroup(ctx, group, queue);
}

async function syncGroup<T>(ctx: XlContext, group: readonly T[], queue: (item: T) => void): Promise<void> {
  ctx.application.suspendScreenUpdatingUntilNextSync();
  for (const item of group) queue(item);
  try {
    await ctx.sync();
  } catch (error) {
    if (!isPayloadTooLarge(error) || group.length < 2) throw error;
    const half = Math.ceil(group.length / 2);
    await syncGroup(ctx, group.slice(0, half), queue);
    await syncGroup(ctx, group.slice(half), queue);
  }
}
