/**
 * Sizes of what travels between the add-in and Excel. Excel on the web refuses a request or a
 * response over 5 MB, so every batch is kept under a budget (3.9 MB by default) by estimating its
 * JSON size (UTF-8: a CJK character is three bytes) before sending it.
 */

/**
 * Bytes per sync the host aims at: under 4 MB (4,000,000), so that an estimate a little short
 * still stays well under Excel on the web's 5 MB, and large reads take as few syncs as it allows.
 */
export const DEFAULT_CHUNK_BYTES = 3_900_000;

/** Request bytes of one queued operation besides its data (object path, ids, method name). */
export const OPERATION_BYTES = 160;

/** UTF-8 length of a string without allocating its bytes. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * The JSON size of a value as it travels.
 * @example jsonBytes([['县财政局', 1]]) // 20
 */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? 'null');
}

/**
 * Packs items, in order, into groups whose summed size stays within the budget (an item larger
 * than the budget gets a group of its own).
 * @example packBySize([1, 2, 3, 4], (n) => n, 5) // [[1, 2], [3], [4]]
 */
export function packBySize<T>(items: readonly T[], sizeOf: (item: T) => number, budget: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (current.length > 0 && used + size > budget) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
