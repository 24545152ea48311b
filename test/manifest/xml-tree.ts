/**
 * A small element tree of an XML document, built with saxes (a conforming, namespace-aware
 * parser): a document that is not well-formed throws, so parsing it is the well-formedness test.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** The name as written, with its prefix: "bt:Image". */
  readonly name: string;
  readonly local: string;
  readonly uri: string;
  /** Attribute values by the name as written: "xsi:type", "resid", "DefaultValue". */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

export function parseXml(source: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes)) attributes[name] = attribute.value;
    const element: XmlElement = { name: tag.name, local: tag.local, uri: tag.uri, attributes, children: [], text: '' };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('text', (text) => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(source).close();
  if (!root) throw new Error('The document has no root element');
  return root;
}

/** Every element under (and including) `root`, in document order. */
export function listElements(root: XmlElement): XmlElement[] {
  const all: XmlElement[] = [];
  const visit = (element: XmlElement): void => {
    all.push(element);
    element.children.forEach(visit);
  };
  visit(root);
  return all;
}

/** The child elements with a local name, in order. */
export function childrenNamed(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((child) => child.local === local);
}

/** The one child with a local name; throws when there is none or more than one. */
export function onlyChild(element: XmlElement, local: string): XmlElement {
  const found = childrenNamed(element, local);
  if (found.length !== 1) throw new Error(`<${element.name}> has ${found.length} <${local}> children, expected 1`);
  return found[0];
}
