import fc from 'fast-check';
import { parseXml, XmlError, XmlReader } from '../../src/hosts/xlsx/read/xml-reader';
import type { XmlVisitor } from '../../src/hosts/xlsx/read/xml-reader';
import { createPartDecoder, decodePart, sniffEncoding } from '../../src/hosts/xlsx/read/part-decoder';
import { RELATIONSHIP_NAMESPACES } from '../../src/hosts/xlsx/read/namespaces';

/** Every event as a line, to compare parses. */
function trace(): { visitor: XmlVisitor; lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    visitor: {
      open: (ns, local, attrs) => void lines.push(`<${ns}|${local} ${JSON.stringify(attrs)}`),
      close: (ns, local) => void lines.push(`>${ns}|${local}`),
      text: (t) => void lines.push(`"${t}`),
    },
  };
}

describe('XmlReader', () => {
  it('resolves element prefixes through declarations on any ancestor, nearest first', () => {
    const { visitor, lines } = trace();
    parseXml('<a xmlns="urn:d" xmlns:p="urn:p"><p:b><c xmlns="urn:e"><p:d/></c><e/></p:b><q:f/></a>', visitor);
    expect(lines.filter((l) => l.startsWith('<')).map((l) => l.split(' ')[0])).toEqual([
      '<urn:d|a',
      '<urn:p|b',
      '<urn:e|c',
      '<urn:p|d',
      '<urn:d|e',
      '<#unbound|f',
    ]);
  });

  it('finds a namespaced attribute whatever its prefix, where it is declared', () => {
    const found: Array<string | undefined> = [];
    parseXml(
      '<w><s xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/><s xmlns:q="urn:other" q:id="no"/></w>',
      { open: (_ns, local, attrs, reader) => void (local === 's' && found.push(reader.attributeIn(attrs, RELATIONSHIP_NAMESPACES, 'id'))) },
    );
    expect(found).toEqual(['rId1', undefined]);
  });

  it('decodes entities and CDATA, and stops when the visitor says so', () => {
    const { visitor, lines } = trace();
    parseXml('<a>&lt;&#x6536;&#25991;<![CDATA[<b>]]></a>', visitor);
    expect(lines.filter((l) => l.startsWith('"')).join('')).toBe('"<收文"<b>');
    const opened: string[] = [];
    const reader = new XmlReader({ open: (_ns, local) => (opened.push(local), local !== 'stop') });
    expect(reader.write('<a><b/><stop/><c/>')).toBe(false);
    expect(reader.write('<d/>')).toBe(false);
    expect(opened).toEqual(['a', 'b', 'stop']);
    expect(reader.stopped).toBe(true);
  });

  it('refuses a DOCTYPE and reports damage as XmlError', () => {
    expect(() => parseXml('<!DOCTYPE a><a/>', {})).toThrow(XmlError);
    expect(() => parseXml('<a><b></a>', {})).toThrow(XmlError);
    expect(() => parseXml('<a>&x;</a>', {})).toThrow(/undefined entity/);
  });

  it('gives the same events however the text is split into chunks', () => {
    const xml = '<x:w xmlns:x="urn:x" a="1&amp;2"><x:r k=\'v\'>收文 &lt;登记&gt;<![CDATA[]]]]><!-- note --></x:r><x:c/></x:w>';
    const whole = trace();
    parseXml(xml, whole.visitor);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: xml.length - 1 }), { maxLength: 6 }), (cuts) => {
        const split = trace();
        const reader = new XmlReader(split.visitor);
        let at = 0;
        for (const cut of [...cuts].sort((a, b) => a - b)) {
          reader.write(xml.slice(at, cut));
          at = cut;
        }
        reader.write(xml.slice(at));
        reader.close();
        expect(split.lines.join('')).toBe(whole.lines.join(''));
      }),
    );
  });
});

describe('part decoding', () => {
  it('decodes UTF-8 split anywhere, even inside a character', () => {
    const bytes = new TextEncoder().encode('<?xml version="1.0"?><t>收文登记簿 2026</t>'.repeat(20));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length }), (cut) => {
        const d = createPartDecoder();
        return d.decode(bytes.subarray(0, cut)) + d.decode(bytes.subarray(cut)) + d.end() === decodePart(bytes);
      }),
    );
  });

  it('honours a BOM, UTF-16 and an encoding declared in the XML declaration', () => {
    const utf8Bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<a>文</a>')]);
    expect(decodePart(utf8Bom)).toBe('<a>文</a>');
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'<a>文</a>'].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])]);
    expect(decodePart(utf16)).toBe('<a>文</a>');
    const gbk = new Uint8Array([...new TextEncoder().encode('<?xml version="1.0" encoding="GB2312"?><a>'), 0xca, 0xd5, 0xce, 0xc4, ...new TextEncoder().encode('</a>')]);
    expect(decodePart(gbk)).toBe('<?xml version="1.0" encoding="GB2312"?><a>收文</a>');
    expect(sniffEncoding(new TextEncoder().encode('<?xml version="1.0" encoding="x-unknown"?>'))).toBe('utf-8');
  });

  it('reads the declared encoding from the declaration alone, whatever follows it', () => {
    // The whole sniffed head, as it was read before the declaration's end was looked for.
    const before = (bytes: Uint8Array): string => {
      const head = String.fromCharCode(...bytes.subarray(0, Math.min(bytes.length, 256)));
      const declared = /^(?:\uFEFF|\xEF\xBB\xBF)?<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
      if (!declared) return 'utf-8';
      try {
        const encoding = new TextDecoder(declared).encoding;
        return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
      } catch {
        return 'utf-8';
      }
    };
    const piece = fc.constantFrom('<?xml', ' version="1.0"', ' encoding=', '"UTF-8"', "'utf8'", '"GB2312"', '"gbk"', '"UTF-16"', '"x-unknown"', ' standalone="yes"', '?>', '>', '\uFEFF', '<sst', ' encoding="Utf-8"', 'x'.repeat(200), '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.boolean(), (pieces, bom) => {
        const text = new TextEncoder().encode(pieces.join(''));
        const bytes = bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...text]) : text;
        expect(sniffEncoding(bytes)).toBe(before(bytes));
      }),
      { numRuns: 1000 },
    );
    expect(sniffEncoding(new TextEncoder().encode('<?xml version="1.0"?><a encoding="gbk">'))).toBe('utf-8');
    expect(sniffEncoding(new TextEncoder().encode('<?xml version="1.0" encoding="GBK"?>'))).toBe('gbk');
  });
});
