/**
 * Loads queued together, one sync per group; when Excel still refuses a group as too large
 * (our size estimate was wrong), the group is halved and tried again, down to single items that
 * can split themselves. Round trips grow only when the payload forces it.
 */
import type { XlContext } from './excel-api';
import { isPayloadTooLarge } from './excel-errors';

export interface LoadPlan<T, R> {
  /** Queues the loads of one item; the returned function reads them after the sync. */
  readonly queue: (item: T) => () => R;
  /** Splits an item that is too large on its own, or null when it cannot be split. */
  readonly split: (item: T) => readonly T[] | null;
}

/**
 * @example
 * const results = await loadInGroups(ctx, [[chunkA, chunkB], [chunkC]], plan);
 */
export async function loadInGroups<T, R>(ctx: XlContext, groups: readonly (readonly T[])[], plan: LoadPlan<T, R>): Promise<Array<{ item: T; result: R }>> {
  const out: Array<{ item: T; result: R }> = [];
  for (const group of groups) out.push(...(await loadGroup(ctx, group, plan)));
  return out;
}

async function loadGroup<T, R>(ctx: XlContext, group: readonly T[], plan: LoadPlan<T, R>): Promise<Array<{ item: T; result: R }>> {
  const readers = group.map((item) => ({ item, read: plan.queue(item) }));
  try {
    await ctx.sync();
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
    if (group.length > 1) {
      const half = Math.ceil(group.length / 2);
      return [...(await loadGroup(ctx, group.slice(0, half), plan)), ...(await loadGroup(ctx, group.slice(half), plan))];
    }
    const parts = plan.split(group[0]);
    if (!parts || parts.length < 2) throw error;
    return loadGroup(ctx, parts, plan);
  }
  return readers.map(({ item, read }) => ({ item, result: read() }));
}

/**
 * Like {@link loadInGroups}, but the first group is queued at once to ride on the caller's next
 * sync; `finish` (after that sync) reads it and loads the other groups.
 * @example
 * const keys = startLoadInGroups(ctx, groups, plan);
 * await ctx.sync();
 * const results = await keys.finish();
 */
export function startLoadInGroups<T, R>(ctx: XlContext, groups: readonly (readonly T[])[], plan: LoadPlan<T, R>): { finish(): Promise<Array<{ item: T; result: R }>> } {
  const [first = [], ...rest] = groups;
  const readers = first.map((item) => ({ item, read: plan.queue(item) }));
  return {
    finish: async () => [...readers.map(({ item, read }) => ({ item, result: read() })), ...(await loadInGroups(ctx, rest, plan))],
  };
}
