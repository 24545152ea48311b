import fc from 'fast-check';
import { XmlError, XmlReader } from '../../src/hosts/xlsx/read/xml-reader';
import { MAX_TOKEN, XmlTokenizer, type TokenVisitor } from '../../src/hosts/xlsx/read/xml-tokenizer';

/** Events as lines; adjacent text is merged, text outside the root left out (parsers split it differently). */
class Trace {
  readonly lines: string[] = [];
  private depth = 0;

  open(ns: string, local: string, attrs: Readonly<Record<string, string>>): void {
    this.depth++;
    const sorted = Object.keys(attrs).sort().map((k) => `${k}=${attrs[k]}`);
    this.lines.push(`<${ns}|${local} ${sorted.join(' ')}`);
  }

  close(ns: string, local: string): void {
    this.depth--;
    this.lines.push(`>${ns}|${local}`);
  }

  text(text: string): void {
    if (this.depth === 0 || text === '') return;
    const last = this.lines.length - 1;
    if (last >= 0 && this.lines[last].startsWith('"')) this.lines[last] += text;
    else this.lines.push(`"${text}`);
  }
}

function viaTokenizer(chunks: readonly string[]): string[] {
  const trace = new Trace();
  const visitor: TokenVisitor = {
    open: (ns, local, tag) => void trace.open(ns, local, tag.attributes()),
    close: (ns, local) => void trace.close(ns, local),
    text: (t) => trace.text(t),
    wantsText: () => true,
  };
  const tokenizer = new XmlTokenizer(visitor);
  for (const chunk of chunks) tokenizer.write(chunk);
  tokenizer.close();
  return trace.lines;
}

function viaSaxes(xml: string): string[] {
  const trace = new Trace();
  const reader = new XmlReader({
    open: (ns, local, attrs) => void trace.open(ns, local, attrs),
    close: (ns, local) => void trace.close(ns, local),
    text: (t) => trace.text(t),
  });
  reader.write(xml);
  reader.close();
  return trace.lines;
}

function split(xml: string, cuts: readonly number[]): string[] {
  const at = [...new Set(cuts.map((c) => c % (xml.length + 1)))].sort((a, b) => a - b);
  return [...at, xml.length].map((end, i) => xml.slice(i === 0 ? 0 : at[i - 1], end));
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** Documents of the kinds a package holds: prefixes, declarations, entities, CDATA, comments. */
const documents = (() => {
  const name = fc.constantFrom('row', 'c', 'v', 'x:c', 'x:row', 'is', 't', 'o:ext', 'mc:Choice');
  const text = fc.constantFrom('', '收文', ' 5 ', 'a &amp; b', '&lt;&#x6536;&#25991;&gt;', '<![CDATA[<b>&]]>', '<!-- note -->', '<?pi data?>', 'line\r\nend', '_x000D_');
  const value = fc.constantFrom('A1', '', '1&amp;2', "it's", '&quot;q&quot;', '收文\t登记', 'a>b');
  const attrs = fc.uniqueArray(fc.tuple(fc.constantFrom('r', 's', 't', 'x:id', 'hidden'), value), { selector: (a) => a[0], maxLength: 3 });
  const quote = (v: string): string => (v.includes('"') ? `'${v}'` : `"${v}"`);
  const tree: fc.Memo<string> = fc.memo((n) =>
    n <= 1
      ? fc.tuple(name, attrs, text).map(([el, as, t]) => `<${el}${as.map(([k, v]) => ` ${k}=${quote(v)}`).join('')}${t === '' ? '/>' : `>${t}</${el}>`}`)
      : fc.tuple(name, attrs, fc.array(fc.oneof(tree(n - 1), text), { maxLength: 4 })).map(([el, as, kids]) => `<${el}${as.map(([k, v]) => ` ${k}=${quote(v)}`).join('')}>${kids.join('')}</${el}>`),
  );
  return tree(3).map((body) => `<?xml version="1.0"?>\n<root xmlns="${MAIN}" xmlns:x="${MAIN}" xmlns:o="urn:other" xmlns:mc="urn:mc">${body}</root>\n`);
})();

describe('XmlTokenizer', () => {
  it('reports the same elements, attributes and text as the saxes reader, however the text is split', () => {
    fc.assert(
      fc.property(documents, fc.array(fc.nat(), { maxLength: 8 }), (xml, cuts) => {
        expect(viaTokenizer(split(xml, cuts))).toEqual(viaSaxes(xml));
      }),
      { numRuns: 300 },
    );
  });

  it('resolves prefixes through declarations on any ancestor, nearest first, and leaves unbound ones apart', () => {
    const lines = viaTokenizer(['<a xmlns="urn:d" xmlns:p="urn:p"><p:b><c xmlns="urn:e"><p:d/></c><e/></p:b><q:f/></a>']);
    expect(lines.filter((l) => l.startsWith('<')).map((l) => l.split(' ')[0])).toEqual(['<urn:d|a', '<urn:p|b', '<urn:e|c', '<urn:p|d', '<urn:d|e', '<#unbound|f']);
  });

  it('refuses a DOCTYPE before reading anything else', () => {
    const run = (): string[] => viaTokenizer(['<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><w>&x;</w>']);
    expect(run).toThrow(XmlError);
    try {
      run();
    } catch (e) {
      expect((e as XmlError).kind).toBe('doctype');
    }
  });

  it.each([
    ['an undefined entity', '<a>&nbsp;</a>'],
    ['an ampersand that starts no entity', '<a>fish & chips</a>'],
    ['a character reference to no XML character', '<a>&#0;</a>'],
    ['end tags that do not match', '<a><b></a></b>'],
    ['an element never closed', '<a><b></b>'],
    ['a second root', '<a/><b/>'],
    ['text outside the root', '<a/>tail'],
    ['an attribute without quotes', '<a r=1/>'],
    ['an attribute without a value', '<a hidden/>'],
    ['attributes run together', '<a r="1"s="2"/>'],
    ['a "<" inside an attribute value', '<a r="<"/>'],
    ['a tag cut short at the end', '<a><b r="1"'],
    ['no root at all', '   '],
  ])('reports damage for %s', (_what, xml) => {
    expect(() => viaTokenizer([xml])).toThrow(XmlError);
  });

  it('refuses a token longer than its bound instead of buffering without end', () => {
    const tokenizer = new XmlTokenizer({ open: () => undefined, close: () => undefined, text: () => undefined, wantsText: () => false });
    tokenizer.write('<a><b r="');
    expect(() => tokenizer.write('x'.repeat(MAX_TOKEN + 1))).toThrow(/longer than/);
  });

  it('stops when the visitor says so and reads nothing after', () => {
    const opened: string[] = [];
    const tokenizer = new XmlTokenizer({ open: (_ns, local) => (opened.push(local), local !== 'stop'), close: () => undefined, text: () => undefined, wantsText: () => false });
    expect(tokenizer.write('<a><b/><stop/><<garbage')).toBe(false);
    expect(tokenizer.write('<d/>')).toBe(false);
    expect(opened).toEqual(['a', 'b', 'stop']);
    expect(tokenizer.stopped).toBe(true);
  });

  it('skips to the end of an element unparsed, even past damage and across chunks, then goes on', () => {
    const xml = '<w xmlns="urn:w"><data><row r="1"/><row r="2"><<not xml>></row></data><merge ref="A1"/></w>';
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 6 }), (cuts) => {
        const seen: string[] = [];
        const tokenizer = new XmlTokenizer({
          open: (_ns, local, tag, t) => {
            seen.push(`<${local}${tag.attr('r') ?? ''}`);
            if (local === 'row' && tag.attr('r') === '2') t.skipTo(t.depth - 1);
          },
          close: (_ns, local) => void seen.push(`>${local}`),
          text: () => undefined,
          wantsText: () => false,
        });
        for (const chunk of split(xml, cuts)) tokenizer.write(chunk);
        tokenizer.close();
        expect(seen).toEqual(['<w', '<data', '<row1', '>row', '<row2', '>data', '<merge', '>merge', '>w']);
      }),
    );
  });

  it('hands text over only while the visitor wants it', () => {
    const texts: string[] = [];
    let inValue = false;
    const tokenizer = new XmlTokenizer({
      open: (_ns, local) => void (inValue = local === 'v'),
      close: () => void (inValue = false),
      text: (t) => void texts.push(t),
      wantsText: () => inValue,
    });
    tokenizer.write('<c>  <f>1+1</f><v>2</v>\n</c>');
    tokenizer.close();
    expect(texts).toEqual(['2']);
  });
});
