/**
 * The size a worksheet claims in `<dimension ref="A1:K120">`, read from the start of its part
 * only (inflation stops at the dimension or at `<sheetData>`). A hint for SheetInfo, never used
 * to allocate anything.
 */
import type { ZipEntry } from '../zip/zip-types';
import { readColumnOfRef } from './cell-ref';

/** Most characters looked at before giving up (the dimension comes near the top). */
const LOOK_AHEAD = 64 * 1024;

/**
 * @example readDimension(pkg.entry('xl/worksheets/sheet1.xml')!) // { rows: 120, cols: 11 }
 */
export function readDimension(entry: ZipEntry): { rows: number; cols: number } {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  try {
    entry.stream((chunk) => {
      text += decoder.decode(chunk, { stream: true });
      return !(/<([\w.-]+:)?dimension\s[^>]*>/.test(text) || /<([\w.-]+:)?sheetData[\s/>]/.test(text) || text.length > LOOK_AHEAD);
    });
  } catch {
    return { rows: 0, cols: 0 };
  }
  const m = /<([\w.-]+:)?dimension\s[^>]*\bref\s*=\s*["']([^"']*)["']/.exec(text);
  return m ? readRefSize(m[2]) : { rows: 0, cols: 0 };
}

/**
 * @example readRefSize('A1:K120') // { rows: 120, cols: 11 }
 */
export function readRefSize(ref: string): { rows: number; cols: number } {
  const last = ref.split(':').pop() ?? '';
  const row = /(\d+)\s*$/.exec(last);
  const col = readColumnOfRef(last);
  return { rows: row ? Math.min(Number(row[1]), 1_048_576) : 0, cols: col >= 0 ? col + 1 : 0 };
}
