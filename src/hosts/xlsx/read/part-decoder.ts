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
  const head = String.fromCharCode(...bytes.subarray(0, Math.min(bytes.length, SNIFF)));
  const declared = /^(?:\uFEFF|\xEF\xBB\xBF)?<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  if (!declared) return 'utf-8';
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
