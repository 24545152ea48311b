/** Parses a zip entry as XML while it inflates: the whole part is never held as text. */
import type { ZipEntry } from '../zip/zip-types';
import { createPartDecoder } from './part-decoder';
import { XmlReader } from './xml-reader';
import type { XmlVisitor } from './xml-reader';

/**
 * Streams an entry through a visitor. When the visitor stops the parse, inflation stops too.
 * Throws XmlError for a DOCTYPE or damaged XML, ZipError for damaged compressed data.
 * @example streamXml(entry, { open: (ns, local) => local !== 'sheetData' })
 */
export function streamXml(entry: ZipEntry, visitor: XmlVisitor): void {
  const reader = new XmlReader(visitor);
  const decoder = createPartDecoder();
  entry.stream((chunk) => reader.write(decoder.decode(chunk)));
  if (reader.write(decoder.end())) reader.close();
}
