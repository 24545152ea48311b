/**
 * The rarer tokens of a document — comments, CDATA sections, processing instructions, the
 * refused DOCTYPE — and the character tests the tokenizer makes on every name.
 */
import { XmlError } from './xml-reader';

const QUESTION = 63;
const COLON = 58;
const SPACE = 32;
const SLASH = 47;
const LT = 60;
const EQUALS = 61;
const GT = 62;

/** What a `<!…` or `<?…` token is, and where it ends (-1: not all there yet). */
export interface Markup {
  readonly end: number;
  /** The text of a CDATA section (line ends not yet folded), null for anything else. */
  readonly cdata: string | null;
}

const WAIT: Markup = { end: -1, cdata: null };

/**
 * Reads the `<!` or `<?` token at `lt`. A DOCTYPE throws XmlError('doctype'): no DTD is ever read.
 * @example readMarkup('<!-- note --><a/>', 0) // { end: 12, cdata: null }
 */
export function readMarkup(text: string, lt: number): Markup {
  if (text.charCodeAt(lt + 1) === QUESTION) {
    const end = text.indexOf('?>', lt + 2);
    return end < 0 ? WAIT : { end: end + 2, cdata: null };
  }
  if (text.length - lt < 9) {
    // Too short to tell what it is, unless it already cannot be any of them.
    if (!'<!--'.startsWith(text.slice(lt, lt + 4)) && !'<![CDATA['.startsWith(text.slice(lt)) && !'<!DOCTYPE'.startsWith(text.slice(lt))) throw unknownMarkup();
    return WAIT;
  }
  if (text.startsWith('<!--', lt)) {
    const end = text.indexOf('-->', lt + 4);
    return end < 0 ? WAIT : { end: end + 3, cdata: null };
  }
  if (text.startsWith('<![CDATA[', lt)) {
    const end = text.indexOf(']]>', lt + 9);
    return end < 0 ? WAIT : { end: end + 3, cdata: text.slice(lt + 9, end) };
  }
  if (text.startsWith('<!DOCTYPE', lt)) throw new XmlError('doctype', 'a DOCTYPE is not allowed in a package part');
  throw unknownMarkup();
}

function unknownMarkup(): XmlError {
  return new XmlError('damaged', 'a "<!" that starts no comment or CDATA section');
}

/**
 * Whether a character may start an XML name (ASCII letters, `_`, `:` and anything past Latin-1
 * punctuation; the tokenizer does not police the finer Unicode classes).
 * @example isNameStart('c'.charCodeAt(0)) // true
 */
export function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === COLON || c >= 0xc0;
}

/** Ends a name or an attribute name: white space, `/`, `>`, `=`, `<`. */
export function endsName(c: number): boolean {
  return c <= SPACE || c === SLASH || c === GT || c === EQUALS || c === LT;
}
