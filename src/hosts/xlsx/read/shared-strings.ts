/**
 * The shared-string table (`xl/sharedStrings.xml`). Rich text is flattened to its runs' text;
 * phonetic guides (`<rPh>`, furigana and pinyin hints) are not part of the value and are dropped.
 * The `count`/`uniqueCount` attributes are never used to size anything.
 */
import type { ZipEntry } from '../zip/zip-types';
import { isSml } from './namespaces';
import { streamXml } from './xml-stream';
import { decodeXString } from './xstring';

/**
 * Every string of the table, in order.
 * @example readSharedStrings(zip.get('xl/sharedStrings.xml')) // ['序号', '收文日期', …]
 */
export function readSharedStrings(entry: ZipEntry | undefined): string[] {
  const strings: string[] = [];
  if (!entry) return strings;
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  streamXml(entry, {
    open(ns, local) {
      if (!isSml(ns)) return;
      if (local === 'si') current = '';
      else if (local === 'rPh') phonetic++;
      else if (local === 't' && phonetic === 0) inText = true;
    },
    text(t) {
      if (inText && current !== null) current += t;
    },
    close(ns, local) {
      if (!isSml(ns)) return;
      if (local === 't') inText = false;
      else if (local === 'rPh') phonetic--;
      else if (local === 'si' && current !== null) {
        strings.push(decodeXString(current));
        current = null;
      }
    },
  });
  return strings;
}
