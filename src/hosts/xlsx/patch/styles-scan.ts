/**
 * Finds the collections of a styles part (`<numFmts>`, `<fonts>`, `<fills>`, `<borders>`,
 * `<cellStyleXfs>`, `<cellXfs>`) and the text of each of their children, by scanning the text.
 * Counts written in the part are kept for writing back, never used to find elements.
 */
import { parseIndex } from './cell-ref';
import { findTagEnd, isSelfClosing, readLocalName, readAttr, readTagName } from './xml-text';

export type CollectionName = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellStyleXfs' | 'cellXfs';

/** The child element name of each collection. */
export const CHILD_OF: Readonly<Record<CollectionName, string>> = {
  numFmts: 'numFmt',
  fonts: 'font',
  fills: 'fill',
  borders: 'border',
  cellStyleXfs: 'xf',
  cellXfs: 'xf',
};

/** The order of the styleSheet's children (ECMA-376 CT_Stylesheet), for placing a new one. */
export const STYLESHEET_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

export interface Collection {
  readonly name: CollectionName;
  readonly qname: string;
  readonly start: number;
  /** End of the start tag. */
  readonly tagEnd: number;
  /** Start of the closing tag (equal to tagEnd when self-closing). */
  readonly closeStart: number;
  readonly end: number;
  readonly selfClosing: boolean;
  readonly count: number | null;
  /** Child elements' text, in order. */
  readonly children: readonly string[];
}

/**
 * Reads one collection of a styles part; null when the part has none.
 * @example scanCollection('<styleSheet><fills count="1"><fill/></fills></styleSheet>', 'fills')?.children // ['<fill/>']
 */
export function scanCollection(xml: string, name: CollectionName): Collection | null {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${name}[\\s/>]`).exec(xml);
  if (!m) return null;
  const start = m.index;
  const tagEnd = findTagEnd(xml, start);
  if (tagEnd < 0) return null;
  const qname = readTagName(xml, start);
  const tag = xml.slice(start, tagEnd);
  const count = parseIndex(readAttr(tag, 'count'));
  if (isSelfClosing(tag)) {
    return { name, qname, start, tagEnd, closeStart: tagEnd, end: tagEnd, selfClosing: true, count, children: [] };
  }
  const closeTag = `</${qname}>`;
  const closeStart = xml.indexOf(closeTag, tagEnd);
  if (closeStart < 0) return null;
  const children = childTexts(xml, tagEnd, closeStart, CHILD_OF[name]);
  return { name, qname, start, tagEnd, closeStart, end: closeStart + closeTag.length, selfClosing: false, count, children };
}

function childTexts(xml: string, from: number, to: number, child: string): string[] {
  const out: string[] = [];
  let i = xml.indexOf('<', from);
  while (i >= 0 && i < to) {
    const next = xml.charCodeAt(i + 1);
    if (next === 33 /* ! */) {
      const close = xml.indexOf('-->', i);
      i = close < 0 ? -1 : xml.indexOf('<', close);
      continue;
    }
    const tagEnd = findTagEnd(xml, i);
    if (tagEnd < 0) break;
    const qname = readTagName(xml, i);
    let end = tagEnd;
    if (!isSelfClosing(xml.slice(i, tagEnd))) {
      const close = xml.indexOf(`</${qname}>`, tagEnd);
      end = close < 0 ? to : close + qname.length + 3;
    }
    if (readLocalName(qname) === child) out.push(xml.slice(i, end));
    i = xml.indexOf('<', end);
  }
  return out;
}

/**
 * The prefix used by a styles part's root element (`x:` or '').
 * @example readStylesPrefix('<x:styleSheet xmlns:x="…">') // 'x:'
 */
export function readStylesPrefix(xml: string): string {
  const m = /<([A-Za-z_][\w.-]*:)?styleSheet[\s>]/.exec(xml);
  return m?.[1] ?? '';
}

/** A fill as a host can describe it (what FillState records). */
export interface FillDescription {
  readonly pattern: string;
  readonly color?: string;
  readonly theme?: number;
  readonly tint?: number;
}

/**
 * Reads the pattern and foreground colour of a `<fill>` element.
 * @example describeFill('<fill><patternFill patternType="solid"><fgColor rgb="FFFF0000"/></patternFill></fill>')
 * // { pattern: 'solid', color: 'FF0000' }
 */
export function describeFill(fillXml: string | undefined): FillDescription {
  if (!fillXml) return { pattern: 'none' };
  if (/<([\w.-]+:)?gradientFill[\s/>]/.test(fillXml)) return { pattern: 'gradient' };
  const pf = /<([\w.-]+:)?patternFill(\s[^>]*)?\/?>/.exec(fillXml);
  const pattern = (pf && readAttr(pf[0], 'patternType')) || 'none';
  const fg = /<([\w.-]+:)?fgColor(\s[^>]*)?\/?>/.exec(fillXml);
  if (!fg) return { pattern };
  const rgb = readAttr(fg[0], 'rgb');
  const theme = parseIndex(readAttr(fg[0], 'theme'));
  const tintText = readAttr(fg[0], 'tint');
  const tint = tintText === null ? NaN : Number(tintText);
  return {
    pattern,
    ...(rgb && /^[0-9a-fA-F]{6,8}$/.test(rgb) ? { color: rgb.slice(-6).toUpperCase() } : {}),
    ...(theme !== null ? { theme } : {}),
    ...(Number.isFinite(tint) && tint !== 0 ? { tint } : {}),
  };
}
