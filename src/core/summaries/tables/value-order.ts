/**
 * Controlled values (密级, 紧急程度) grouped by their meaning and listed in their natural order:
 * 绝密 before 机密 before 秘密, whatever the counts; other spellings after them, empty last.
 */
import { normalizeValue } from '../../text/normalize';
import type { Bucket } from './buckets';

export const CLASSIFICATION_ORDER: readonly string[] = ['绝密', '机密', '秘密'];
export const URGENCY_ORDER: readonly string[] = ['特提', '特急', '加急', '平急'];

/**
 * The level a 密级 entry names, its 保密期限 dropped: 秘密★1年 → 秘密. Other entries stay as written.
 * @example readClassificationLevel('机密★10年') // '机密'
 * @example readClassificationLevel('非密') // '非密'
 */
export function readClassificationLevel(text: string): string {
  const folded = normalizeValue(text).replace(/ /g, '');
  const level = CLASSIFICATION_ORDER.find((l) => folded.startsWith(l) && (folded.length === l.length || folded[l.length] === '★'));
  return level ?? text;
}

/**
 * @example readUrgency('特急件') // '特急'
 */
export function readUrgency(text: string): string {
  const folded = normalizeValue(text).replace(/ /g, '').replace(/件$/, '');
  return URGENCY_ORDER.find((u) => folded === u) ?? text;
}

/**
 * The preferred values in their order, then the rest largest first, then the empty group.
 * @example sortByPreferred(levels, CLASSIFICATION_ORDER, (a) => a.n).map((b) => b.label) // ['机密', '秘密', '非密', '']
 */
export function sortByPreferred<A>(buckets: readonly Bucket<A>[], preferred: readonly string[], weight: (acc: A) => number): Bucket<A>[] {
  const rank = (b: Bucket<A>): number => {
    const i = preferred.indexOf(b.label);
    if (i >= 0) return i;
    return b.label === '' ? preferred.length + 1 : preferred.length;
  };
  return [...buckets].sort((a, b) => rank(a) - rank(b) || weight(b.acc) - weight(a.acc) || a.order - b.order);
}
