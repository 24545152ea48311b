/** The folded form controlled values are compared in. */
import { normalizeValue } from '../../text/normalize';

/**
 * A cell's text folded for comparing with a list: half-width, simplified, no spaces at all
 * (“秘 密” and “秘密” are the same entry).
 * @example foldValue(' 秘 密★１年 ') // '秘密★1年'
 */
export function foldValue(text: string): string {
  return normalizeValue(text).replace(/ /g, '');
}

/**
 * A list folded once into a set, for lookups per row.
 * @example foldAll(['普通', ' 平件 ']).has('平件') // true
 */
export function foldAll(values: readonly string[]): ReadonlySet<string> {
  return new Set(values.map(foldValue));
}

/**
 * A synonym table with folded keys.
 * @example foldKeys({ '急 件': '加急' }).get('急件') // '加急'
 */
export function foldKeys(table: Readonly<Record<string, string>>): ReadonlyMap<string, string> {
  return new Map(Object.entries(table).map(([k, v]) => [foldValue(k), v]));
}

/**
 * foldValue with a memory: each distinct text is folded once per check.
 * @example const fold = rememberFolds(); fold('县财政局') === fold('县财政局') // folded once
 */
export function rememberFolds(): (text: string) => string {
  const folded = new Map<string, string>();
  return (text) => {
    let result = folded.get(text);
    if (result === undefined) {
      result = foldValue(text);
      folded.set(text, result);
    }
    return result;
  };
}
