/**
 * Turns a part's bytes into text chunk by chunk. Parts are UTF-8 as a rule; a BOM may announce
 * UTF-16, and some Chinese exporters declare `encoding="GB2312"` in the XML declaration.
 */

export interface PartDecoder {
  decode(chunk: Uint8Array): string;
  /** The text held back at the end (a partial character, or a short part never sniffed). */
  end(): string;
}

/** Bytes looked at before choosing an encoding: enough for any XML declaration. */
const SNIFF = 256;

/**
 * A streaming decoder that picks its encoding from the first bytes of the part.
 * @example const d = createPartDecoder(); d.decode(bytes) + d.end()
 */
export function createPartDecoder(): PartDecoder {
  let decoder: TextDecoder | null = null;
  let held = new Uint8Array(0);
  const start = (bytes: Uint8Array): string => {
    decoder = new TextDecoder(sniffEncoding(bytes));
    return decoder.decode(bytes, { stream: true });
  };
  return {
    decode(chunk) {
      if (decoder) return decoder.decode(chunk, { stream: true });
      const joined = new Uint8Array(held.length + chunk.length);
      joined.set(held);
      joined.set(chunk, held.length);
      if (joined.length < SNIFF) {
        held = joined;
        return '';
      }
      return start(joined);
    },
    end() {
      return decoder ? decoder.decode() : new TextDecoder(sniffEncoding(held)).decode(held);
    },
  };
}

/**
 * The encoding of a part: its BOM, else the XML declaration's `encoding` when the runtime knows
 * it, else UTF-8 (the XML default).
 * @example sniffEncoding(new TextEncoder().encode('<?xml version="1.0" encoding="GBK"?>')) // 'gbk'
 */
export function sniffEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0x3c && bytes[1] === 0 && bytes[2] === 0x3f) return 'utf-16le';
  if (bytes[0] === 0 && bytes[1] === 0x3c && bytes[2] === 0) return 'utf-16be';
  // The declaration ends at its first ">": nothing after it can name the encoding. Every part of
  // every workbook is sniffed, and the bytes past it made the head five times as long.
  const limit = Math.min(bytes.length, SNIFF);
  let end = 0;
  while (end < limit && bytes[end] !== 0x3e) end++;
  const head = String.fromCharCode(...bytes.subarray(0, end));
  const declared = /^(?:\uFEFF|\xEF\xBB\xBF)?<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  // UTF-8 as nearly every writer declares it, without building a decoder to learn its name.
  if (!declared || /^utf-?8$/i.test(declared)) return 'utf-8';
  try {
    const encoding = new TextDecoder(declared).encoding;
    // Bytes that read as ASCII here are no UTF-16, whatever the declaration claims.
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return 'utf-8';
  }
}

/**
 * A whole part's text.
 * @example decodePart(entry.read()) // '<?xml version="1.0"?><workbook …'
 */
export function decodePart(bytes: Uint8Array): string {
  const decoder = createPartDecoder();
  return decoder.decode(bytes) + decoder.end();
}

/**
 * Bytes decoded at a time. Their text, at most 96 KB in any encoding, is an ordinary young
 * object that dies cheaply (V8 puts objects over 128 KB in the large-object space); the
 * megabyte chunks the zip reader hands over would decode to large objects, and a few dozen of
 * them per sheet set off full collections that mark the whole heap, grid included. Smaller
 * pieces would cut more rows in two, which the fast row path leaves to the general one.
 */
export const DECODE_PIECE = 96 * 1024;

/**
 * Decodes a streamed part piece by piece into `write`, which answers false to stop; true when
 * it never did, the text held back at the end included.
 * @example if (streamDecoded(entry.stream.bind(entry), (t) => tokenizer.write(t))) tokenizer.close();
 */
export function streamDecoded(stream: (onChunk: (chunk: Uint8Array) => boolean) => void, write: (text: string) => boolean): boolean {
  const decoder = createPartDecoder();
  let going = true;
  stream((chunk) => {
    for (let at = 0; at < chunk.length && going; at += DECODE_PIECE) {
      going = write(decoder.decode(chunk.subarray(at, Math.min(at + DECODE_PIECE, chunk.length))));
    }
    return going;
  });
  return going && write(decoder.end());
}
