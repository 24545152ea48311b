/**
 * Small string tools for patching XML parts in place: reading and changing one attribute of a
 * start tag, escaping text, and turning part bytes into text and back without losing a byte.
 * No DOM: a patched part must keep every byte outside the spots it changes.
 */
import { isTrimmedSpace } from '../../../core/text/cell-text';

/**
 * Where an attribute first appears in a start tag: the white space before its name, its value
 * (without the quotes) and the end of its closing quote.
 */
interface AttrSpan {
  readonly start: number;
  readonly valueStart: number;
  readonly valueEnd: number;
  readonly end: number;
}

/**
 * The first place `\sNAME\s*=\s*("[^"]*"|'[^']*')` matches (`\s` being what trim removes), found
 * with indexOf rather than the regular expression: it runs for every row of a patched sheet and
 * every cell of a marked row, and the expression took nearly three times as long (profiled in `mark`).
 */
function findAttr(tag: string, name: string): AttrSpan | null {
  if (name === '') return null;
  for (let k = tag.indexOf(name, 1); k > 0; k = tag.indexOf(name, k + 1)) {
    if (!isTrimmedSpace(tag.charCodeAt(k - 1))) continue;
    let at = k + name.length;
    while (isTrimmedSpace(tag.charCodeAt(at))) at++;
    if (tag.charCodeAt(at) !== 61 /* = */) continue;
    at++;
    while (isTrimmedSpace(tag.charCodeAt(at))) at++;
    const quote = tag.charCodeAt(at);
    if (quote !== 34 /* " */ && quote !== 39 /* ' */) continue;
    const close = tag.indexOf(quote === 34 ? '"' : "'", at + 1);
    if (close < 0) continue;
    return { start: k - 1, valueStart: at + 1, valueEnd: close, end: close + 1 };
  }
  return null;
}

/**
 * The raw (still escaped) value of an attribute in a start tag, or null when it is absent.
 * @example readAttr('<c r="B2" s="3">', 's') // "3"
 */
export function readAttr(tag: string, name: string): string | null {
  const m = findAttr(tag, name);
  return m && tag.slice(m.valueStart, m.valueEnd);
}

/**
 * Sets an attribute, keeping the tag's other bytes. A new attribute goes right after the first
 * of `after` that is present (so `s` lands next to `r`, as Excel writes it), otherwise right
 * after the element name, or at the end when `atEnd`; removing it again with
 * {@link removeAttr} gives back the original tag.
 * @example setAttr('<c r="B2" t="s">', 's', '7', 'r') // '<c r="B2" s="7" t="s">'
 */
export function setAttr(tag: string, name: string, value: string, after: string | readonly string[] = [], atEnd = false): string {
  const m = findAttr(tag, name);
  if (m) return tag.slice(0, m.valueStart) + value + tag.slice(m.valueEnd);
  const insertion = ` ${name}="${value}"`;
  for (const candidate of typeof after === 'string' ? [after] : after) {
    const a = findAttr(tag, candidate);
    if (a) return tag.slice(0, a.end) + insertion + tag.slice(a.end);
  }
  if (atEnd) {
    const close = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
    let at = close;
    while (at > 0 && isTrimmedSpace(tag.charCodeAt(at - 1))) at--;
    return tag.slice(0, at) + insertion + tag.slice(at);
  }
  const nameEnd = endOfName(tag);
  return tag.slice(0, nameEnd) + insertion + tag.slice(nameEnd);
}

/**
 * Removes an attribute and the white space before it.
 * @example removeAttr('<c r="B2" s="7" t="s">', 's') // '<c r="B2" t="s">'
 */
export function removeAttr(tag: string, name: string): string {
  const m = findAttr(tag, name);
  return m ? tag.slice(0, m.start) + tag.slice(m.end) : tag;
}

function endOfName(tag: string): number {
  let i = 1;
  while (i < tag.length && !/[\s/>]/.test(tag[i])) i++;
  return i;
}

/**
 * The end (exclusive) of the start tag that begins at `from` (a `<`), skipping `>` inside quoted
 * attribute values; -1 when the tag is not closed.
 * @example findTagEnd('<c r="A1">x', 0) // 10
 */
export function findTagEnd(xml: string, from: number): number {
  let i = from + 1;
  const n = xml.length;
  while (i < n) {
    const ch = xml.charCodeAt(i);
    if (ch === 62 /* > */) return i + 1;
    if (ch === 34 /* " */ || ch === 39 /* ' */) {
      const close = xml.indexOf(ch === 34 ? '"' : "'", i + 1);
      if (close < 0) return -1;
      i = close + 1;
    } else i++;
  }
  return -1;
}

/**
 * The qualified name of the element whose tag starts at `from` (a `<`).
 * @example readTagName('<x:row r="1">', 0) // 'x:row'
 */
export function readTagName(xml: string, from: number): string {
  let i = from + 1;
  const n = xml.length;
  while (i < n) {
    const ch = xml.charCodeAt(i);
    // white space, '/', '>'
    if (ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 47 || ch === 62) break;
    i++;
  }
  return xml.slice(from + 1, i);
}

/**
 * The part of a qualified name after its prefix: `x:row` → `row`.
 * @example readLocalName('x:row') // 'row'
 */
export function readLocalName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/**
 * The prefix of a qualified name with its colon (`x:`), or '' for the default namespace.
 * @example readPrefix('x:row') // 'x:'
 */
export function readPrefix(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? '' : qname.slice(0, colon + 1);
}

/**
 * True when the start tag ends with `/>`.
 * @example isSelfClosing('<c r="A1"/>') // true
 */
export function isSelfClosing(tag: string): boolean {
  return tag.charCodeAt(tag.length - 2) === 47;
}

/**
 * Escapes text for element content or a double-quoted attribute.
 * @example escapeXml('A&B <"x">') // 'A&amp;B &lt;&quot;x&quot;&gt;'
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/**
 * Reverses the five predefined entities and numeric character references.
 * @example unescapeXml('a&amp;b&#x4E00;') // 'a&b一'
 */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
    }
    return ref === 'amp' ? '&' : ref === 'lt' ? '<' : ref === 'gt' ? '>' : ref === 'quot' ? '"' : "'";
  });
}

/**
 * Adds a namespace prefix to every element of a fragment written without one.
 * @example prefixElements('<fill><patternFill/></fill>', 'x:') // '<x:fill><x:patternFill/></x:fill>'
 */
export function prefixElements(fragment: string, prefix: string): string {
  if (!prefix) return fragment;
  return fragment.replace(/<(\/?)([A-Za-z_])/g, `<$1${prefix}$2`);
}
