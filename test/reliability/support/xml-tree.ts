/**
 * A tiny element tree over saxes, for reading workbook parts independently of the project's own
 * package reader: the round-trip suite must not judge the .xlsx host with the host's own eyes.
 */
import { SaxesParser } from 'saxes';

export interface XmlNode {
  /** Local name, prefix dropped ("x:c" → "c"). */
  readonly local: string;
  /** Attributes by local name; namespace declarations left out. */
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
  text: string;
}

const localOf = (name: string): string => name.slice(name.indexOf(':') + 1);

export function parseXmlTree(source: string): XmlNode {
  const parser = new SaxesParser({ xmlns: false });
  const stack: XmlNode[] = [];
  let root: XmlNode | null = null;
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [name, value] of Object.entries(tag.attributes)) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      attrs[localOf(name)] = String(value);
    }
    const node: XmlNode = { local: localOf(tag.name), attrs, children: [], text: '' };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else root = node;
    stack.push(node);
  });
  parser.on('text', (text) => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(source).close();
  if (!root) throw new Error('no root element');
  return root;
}

export function childrenOf(node: XmlNode | undefined, local: string): XmlNode[] {
  return node ? node.children.filter((c) => c.local === local) : [];
}

export function childOf(node: XmlNode | undefined, local: string): XmlNode | undefined {
  return node?.children.find((c) => c.local === local);
}

/**
 * One canonical line for an element and everything under it: attributes sorted, whitespace-only
 * text dropped, so two parts that say the same thing compare equal whatever their serialiser.
 */
export function canonicalXml(node: XmlNode | undefined, skipAttrs: readonly string[] = []): string {
  if (!node) return '∅';
  const attrs = Object.keys(node.attrs)
    .filter((a) => !skipAttrs.includes(a))
    .sort()
    .map((a) => ` ${a}="${node.attrs[a]}"`)
    .join('');
  const text = node.text.trim() === '' ? '' : node.text;
  return `<${node.local}${attrs}>${text}${node.children.map((c) => canonicalXml(c)).join('')}</${node.local}>`;
}

/** The text of every `<t>` under a node (rich-text runs joined, phonetic runs left out). */
export function textOf(node: XmlNode | undefined): string {
  if (!node) return '';
  if (node.local === 't') return node.text;
  if (node.local === 'rPh') return '';
  return node.children.map(textOf).join('');
}
