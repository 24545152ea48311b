/**
 * The shared-string table (`xl/sharedStrings.xml`). Rich text is flattened to its runs' text;
 * phonetic guides (`<rPh>`, furigana and pinyin hints) are not part of the value and are dropped.
 * The `count`/`uniqueCount` attributes are never used to size anything. The table of a large
 * register holds a string per row, so it is read with the fast tokenizer, as sheets are.
 */
import type { ZipEntry } from '../zip/zip-types';
import { isSml } from './namespaces';
import { streamDecoded } from './part-decoder';
import { XmlTokenizer, type TokenVisitor } from './xml-tokenizer';
import { ownCopy } from './scan-own-copy';
import { decodeXString } from './xstring';
import type { StringPool } from './string-pool';

class StringCollector implements TokenVisitor {
  readonly strings: string[] = [];
  private current: string | null = null;
  private inText = false;
  private phonetic = 0;

  constructor(private readonly pool: StringPool | undefined) {}

  open(ns: string, local: string): void {
    if (!isSml(ns)) return;
    if (local === 'si') this.current = '';
    else if (local === 'rPh') this.phonetic++;
    else if (local === 't' && this.phonetic === 0) this.inText = true;
  }

  close(ns: string, local: string): void {
    if (!isSml(ns)) return;
    if (local === 't') this.inText = false;
    else if (local === 'rPh') this.phonetic--;
    else if (local === 'si' && this.current !== null) {
      // A copy of its own: the text is a view into a decoded chunk of the part otherwise. A text
      // the pool has already (another township's copy of a unit, a title) needs none.
      const text = decodeXString(this.current);
      this.strings.push(this.pool ? this.pool.copy(text, ownCopy) : ownCopy(text));
      this.current = null;
    }
  }

  wantsText(): boolean {
    return this.inText && this.current !== null;
  }

  text(text: string): void {
    this.current += text;
  }
}

/**
 * Every string of the table, in order; short ones the pool's copies when a pool is given (see
 * string-pool.ts).
 * @example readSharedStrings(zip.get('xl/sharedStrings.xml')) // ['序号', '收文日期', …]
 */
export function readSharedStrings(entry: ZipEntry | undefined, pool?: StringPool): string[] {
  if (!entry) return [];
  const collector = new StringCollector(pool);
  const tokenizer = new XmlTokenizer(collector);
  if (streamDecoded(entry.stream.bind(entry), (text) => tokenizer.write(text))) tokenizer.close();
  return collector.strings;
}
