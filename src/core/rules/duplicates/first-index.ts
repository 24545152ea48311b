/**
 * The first record filed under each key, for the duplicate rules. Small whole numbers (running
 * numbers, document serials) are filed by index, the cheapest lookup there is; anything else in a
 * map. Nothing is allocated per record but the slot it takes.
 */
import type { RegisterRecord } from '../../types';

/** Keys beyond this are filed in the map: an array indexed by them would be mostly holes. */
const MAX_LISTED_KEY = 1 << 20;

export class FirstIndex {
  private readonly listed: Array<RegisterRecord | undefined> = [];
  private readonly other = new Map<number | string, RegisterRecord>();

  /**
   * The record filed first under this key, or undefined after filing this one.
   * @example index.findOrAdd(12, row5) // undefined; index.findOrAdd(12, row9) // row5
   */
  findOrAdd(key: number | string, record: RegisterRecord): RegisterRecord | undefined {
    if (typeof key === 'number' && Number.isInteger(key) && key >= 0 && key < MAX_LISTED_KEY) {
      const first = this.listed[key];
      if (first === undefined) this.listed[key] = record;
      return first;
    }
    const first = this.other.get(key);
    if (first === undefined) this.other.set(key, record);
    return first;
  }
}

/**
 * The value under a key of a map, made and filed on first use.
 * @example childOf(byYear, 2026, () => new FirstIndex())
 */
export function childOf<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let child = map.get(key);
  if (child === undefined) {
    child = make();
    map.set(key, child);
  }
  return child;
}
