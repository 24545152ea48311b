/**
 * Text as a worksheet cell holds it: escaped for XML, with characters XML 1.0 cannot carry
 * written the way Excel writes them (`_x0001_`), and within Excel's 32,767-character limit.
 */
import { escapeXml } from '../patch/xml-text';

/** Excel refuses (repairs) a cell holding more characters than this. */
export const MAX_CELL_CHARS = 32_767;

/** Anything {@link escapeCellText} changes: XML specials, `_` (of a `_x0041_`), surrogates, controls but tab and LF, U+FFFE/U+FFFF. */
// eslint-disable-next-line no-control-regex -- the controls are what it looks for
const NEEDS_ESCAPE = /[&<>"_\uD800-\uDFFF\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/;

/**
 * Escapes text for `<t>` content. A literal `_x0041_` in the text is protected as `_x005F_x0041_`
 * so Excel shows it as typed; lone surrogates become U+FFFD.
 * @example escapeCellText('a<b\u0001') // 'a&lt;b_x0001_'
 */
export function escapeCellText(text: string): string {
  // Most cells hold none of what is escaped below: one test instead of four passes over the text.
  if (text.length <= MAX_CELL_CHARS && !NEEDS_ESCAPE.test(text)) return text;
  const clipped = text.length > MAX_CELL_CHARS ? text.slice(0, MAX_CELL_CHARS) : text;
  // A lookahead, so "_x0041_x0042_" protects both escapes (their underscores are shared).
  const protectedText = clipped.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_');
  const wellFormed = protectedText.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return encodeXmlIllegal(escapeXml(wellFormed));
}

/**
 * XML 1.0 cannot carry C0 controls other than tab and LF, nor U+FFFE/U+FFFF; a CR would be read
 * back as LF, so it is escaped too (as Excel writes it).
 */
function isXmlIllegal(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a) || code === 0xfffe || code === 0xffff;
}

function encodeXmlIllegal(text: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isXmlIllegal(code)) continue;
    out += `${text.slice(copied, i)}_x${code.toString(16).toUpperCase().padStart(4, '0')}_`;
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * An inline-string cell: text stays text, so "=1+1" or "+86" is never read as a formula.
 * @example makeInlineStringCell('A1', '=SUM(1)', 3) // '<c r="A1" s="3" t="inlineStr"><is><t xml:space="preserve">=SUM(1)</t></is></c>'
 */
export function makeInlineStringCell(ref: string, text: string, style: number): string {
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${escapeCellText(text)}</t></is></c>`;
}

/**
 * Columns a text takes on screen: CJK and full-width characters count two.
 * @example measureDisplayWidth('收文ab') // 6
 */
export function measureDisplayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    w += c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000) ? 2 : 1;
  }
  return w;
}
