/**
 * The child elements of one span of XML text, found by scanning, never by building a tree, so a
 * patch can replace one element and keep every other byte. Only what the data-validation patch
 * needs: names, positions and text content.
 */
import { findTagEnd, isSelfClosing, readLocalName, readTagName } from '../patch/xml-text';

export interface ElementSpan {
  readonly qname: string;
  readonly localName: string;
  readonly start: number;
  /** End of the start tag. */
  readonly tagEnd: number;
  /** Start of the closing tag (= tagEnd for a self-closing element). */
  readonly closeStart: number;
  /** End of the element. */
  readonly end: number;
  readonly selfClosing: boolean;
}

/**
 * The elements directly inside [from, to), skipping comments, CDATA and processing instructions.
 * An element's end is the first closing tag of its own name, which holds for every element the
 * patch looks into (none of them nests an element of its own name).
 * @example listChildren('<a><b/><c>x</c></a>', 3, 15).map((e) => e.localName) // ['b', 'c']
 */
export function listChildren(xml: string, from: number, to: number): ElementSpan[] {
  const out: ElementSpan[] = [];
  let i = xml.indexOf('<', from);
  while (i >= 0 && i < to) {
    const next = xml.charCodeAt(i + 1);
    if (next === 33 /* ! */) {
      const close = xml.startsWith('<![CDATA[', i) ? xml.indexOf(']]>', i) : xml.indexOf('-->', i);
      i = close < 0 ? -1 : xml.indexOf('<', close);
      continue;
    }
    if (next === 63 /* ? */ || next === 47 /* / */) {
      i = xml.indexOf('<', i + 1);
      continue;
    }
    const tagEnd = findTagEnd(xml, i);
    if (tagEnd < 0 || tagEnd > to) break;
    const qname = readTagName(xml, i);
    const selfClosing = isSelfClosing(xml.slice(i, tagEnd));
    const closeStart = selfClosing ? tagEnd : xml.indexOf(`</${qname}>`, tagEnd);
    if (closeStart < 0 || closeStart > to) break;
    const end = selfClosing ? tagEnd : closeStart + qname.length + 3;
    out.push({ qname, localName: readLocalName(qname), start: i, tagEnd, closeStart, end, selfClosing });
    i = xml.indexOf('<', end);
  }
  return out;
}

/**
 * The children of an element.
 * @example childrenOf(xml, listChildren(xml, 0, xml.length)[0])
 */
export function childrenOf(xml: string, element: ElementSpan): ElementSpan[] {
  return element.selfClosing ? [] : listChildren(xml, element.tagEnd, element.closeStart);
}

/**
 * The first child of an element with the given local name.
 * @example findChild(xml, validation, 'sqref')?.tagEnd
 */
export function findChild(xml: string, element: ElementSpan, localName: string): ElementSpan | undefined {
  return childrenOf(xml, element).find((c) => c.localName === localName);
}
