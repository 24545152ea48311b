/**
 * Attribute text for the mark log's XML. Sheet names may hold any character Excel allows,
 * including & < > " ' and emoji; characters XML 1.0 cannot carry at all (control characters,
 * lone surrogates) and the tab and line breaks an attribute would fold into spaces are written
 * as \uXXXX, with the backslash itself doubled, so every string round-trips exactly.
 */

const XML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Any character {@link encodeAttribute} writes otherwise than as itself. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for.
const NEEDS_ESCAPE = /[\u0000-\u001f\ud800-\udfff\ufffe\uffff&<>"'\\]/;

/** Most sheet names and keys need no escaping at all: say so without building a new string. */
function isPlain(text: string): boolean {
  return !NEEDS_ESCAPE.test(text);
}

/**
 * @example encodeAttribute('收文&发文 "2026" 📄') // '收文&amp;发文 &quot;2026&quot; 📄'
 */
export function encodeAttribute(text: string): string {
  if (isPlain(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = text.charCodeAt(i);
    if (isHigh(code) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
      out += ch + text[i + 1];
      i++;
    } else if (code < 0x20 || isHigh(code) || isLow(code) || code === 0xfffe || code === 0xffff) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else if (ch === '\\') {
      out += '\\\\';
    } else {
      out += XML_ENTITIES[ch] ?? ch;
    }
  }
  return out;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/g, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name];
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * The inverse of {@link encodeAttribute}, tolerant of entities other writers use (&#233; &#x1F4C4;).
 * @example decodeAttribute('收文&amp;发文 \\u0009') // '收文&发文 \t'
 */
export function decodeAttribute(raw: string): string {
  if (!raw.includes('&') && !raw.includes('\\')) return raw;
  return decodeEntities(raw).replace(/\\(\\|u[0-9a-fA-F]{4})/g, (_, esc: string) => (esc === '\\' ? '\\' : String.fromCharCode(parseInt(esc.slice(1), 16))));
}

/**
 * The attributes of one start tag's text (`<e s="…" r="5"/>` → { s: '…', r: '5' }), decoded.
 * @example readAttributes('<e s="a&amp;b" r=\'5\'/>') // { s: 'a&b', r: '5' }
 */
export function readAttributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const pattern = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = pattern.exec(tag); m; m = pattern.exec(tag)) attrs[m[1]] = decodeAttribute(m[2] ?? m[3] ?? '');
  return attrs;
}
