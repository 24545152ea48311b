/**
 * Strings cut from a part's decoded text, made to stand on their own. V8 keeps a slice of 13
 * characters or more as a view into the text it was cut from: a value kept in a grid or the
 * shared-string table would hold its whole chunk (a megabyte) alive, and a view costs a header
 * on top of the characters it shows.
 */

/** Below this length V8 copies a slice by itself. */
const COPIED_BY_V8 = 13;

/**
 * The same text as one flat string of its own: joining two pieces makes V8 copy them into a
 * new string, where `+` would make a pair of pointers and `slice` another view.
 * @example ownCopy(chunk.slice(120, 160)) // equal text, not a view into chunk
 */
export function ownCopy(text: string): string {
  return text.length < COPIED_BY_V8 ? text : [text.slice(0, 1), text.slice(1)].join('');
}
