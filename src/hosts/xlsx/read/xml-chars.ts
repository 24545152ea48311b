/**
 * Character data as the XML standard says a parser must hand it over: line ends folded to
 * `\n`, the five predefined entities and character references decoded, attribute whitespace
 * normalised. Any other entity is damage (no DTD is ever read, so none can be defined).
 */
import { XmlError } from './xml-reader';

const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Longest reference worth reading: `&#x10FFFF;` and the predefined names are all shorter. */
const MAX_REFERENCE = 12;

function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

function referenceValue(name: string): string {
  const known = PREDEFINED[name];
  if (known !== undefined) return known;
  if (name.charCodeAt(0) === 35 /* # */) {
    const hex = name.charCodeAt(1) === 120 /* x */;
    const digits = name.slice(hex ? 2 : 1);
    if ((hex ? /^[0-9A-Fa-f]+$/ : /^[0-9]+$/).test(digits)) {
      const code = parseInt(digits, hex ? 16 : 10);
      if (isXmlChar(code)) return String.fromCodePoint(code);
    }
    throw new XmlError('damaged', `invalid character reference &${name};`);
  }
  throw new XmlError('damaged', `undefined entity &${name};`);
}

function decodeReferences(text: string): string {
  let out = '';
  let from = 0;
  let amp = text.indexOf('&');
  while (amp >= 0) {
    const semi = text.indexOf(';', amp + 1);
    if (semi < 0 || semi - amp > MAX_REFERENCE) throw new XmlError('damaged', 'an "&" that starts no entity');
    out += text.slice(from, amp) + referenceValue(text.slice(amp + 1, semi));
    from = semi + 1;
    amp = text.indexOf('&', from);
  }
  return out + text.slice(from);
}

/**
 * Line ends as a parser reports them: `\r\n` and a lone `\r` become `\n` (CDATA included).
 * @example foldLineEnds('a\r\nb\rc') // 'a\nb\nc'
 */
export function foldLineEnds(raw: string): string {
  return raw.indexOf('\r') < 0 ? raw : raw.replace(/\r\n?/g, '\n');
}

/**
 * Text content as a parser reports it.
 * @example decodeText('a &lt; b\r\nc') // 'a < b\nc'
 */
export function decodeText(raw: string): string {
  const text = foldLineEnds(raw);
  return text.indexOf('&') < 0 ? text : decodeReferences(text);
}

/**
 * An attribute value as a parser reports it: literal tabs and line ends become spaces (a
 * reference such as `&#10;` keeps its character), references are decoded, and a raw `<` is damage.
 * @example decodeAttribute('1&amp;2\n3') // '1&2 3'
 */
export function decodeAttribute(raw: string): string {
  let plain = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 38 || c === 60 || c === 9 || c === 10 || c === 13) {
      plain = false;
      break;
    }
  }
  if (plain) return raw;
  if (raw.indexOf('<') >= 0) throw new XmlError('damaged', 'a "<" inside an attribute value');
  const spaced = raw.replace(/\r\n|[\t\n\r]/g, ' ');
  return spaced.indexOf('&') < 0 ? spaced : decodeReferences(spaced);
}

/**
 * Whether a stretch of text is only XML white space (what may sit outside the root element).
 * @example isXmlSpace(' \n\t') // true
 */
export function isXmlSpace(text: string, from = 0, to = text.length): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}
