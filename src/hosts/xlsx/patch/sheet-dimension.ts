/**
 * The size a worksheet claims in `<dimension ref="A1:K120">`, read from the first bytes of its
 * part only (`entry.head`: a few kilobytes inflated, never the sheet, nothing kept). A hint for
 * SheetInfo, never used to allocate anything.
 */
import type { ZipEntry } from '../zip/zip-types';
import { readColumnOfRef } from './cell-ref';

/** Bytes looked at first: the dimension usually comes within the first few hundred. */
const FIRST_LOOK = 4 * 1024;
/** Most bytes looked at before giving up (a long `sheetPr` or namespace list comes before it). */
const LOOK_AHEAD = 64 * 1024;

const DIMENSION = /<([\w.-]+:)?dimension\s[^>]*\bref\s*=\s*["']([^"']*)["']/;
/** Where the dimension can no longer come: it precedes `sheetData`. */
const PAST_DIMENSION = /<([\w.-]+:)?(dimension\s[^>]*>|sheetData[\s/>])/;

/**
 * @example readDimension(pkg.entry('xl/worksheets/sheet1.xml')!) // { rows: 120, cols: 11 }
 */
export function readDimension(entry: ZipEntry): { rows: number; cols: number } {
  let text: string;
  try {
    text = headText(entry, FIRST_LOOK);
    if (!PAST_DIMENSION.test(text) && entry.size > FIRST_LOOK) text = headText(entry, LOOK_AHEAD);
  } catch {
    return { rows: 0, cols: 0 };
  }
  const m = DIMENSION.exec(text);
  return m ? readRefSize(m[2]) : { rows: 0, cols: 0 };
}

/** A character cut at the end of the head decodes as U+FFFD, which no pattern here looks at. */
function headText(entry: ZipEntry, maxBytes: number): string {
  return new TextDecoder('utf-8').decode(entry.head(maxBytes));
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
