/**
 * A thin layer over saxes for package parts: elements arrive with their namespace resolved from
 * any prefix (`x:row`, `main:c`, a default namespace), text arrives decoded, and a visitor can
 * stop the parse early. A DOCTYPE is refused outright: no DTD, no entity is ever expanded, and
 * saxes reports any entity it does not know instead of resolving it.
 */
import { SaxesParser } from 'saxes';
import type { SaxesTagPlain } from 'saxes';
import { canonicalNamespace, XML_NAMESPACE } from './namespaces';

export type XmlAttributes = Readonly<Record<string, string>>;

export interface XmlVisitor {
  /** An element opened. Returning false stops the parse. */
  open?(ns: string, local: string, attrs: XmlAttributes, reader: XmlReader): void | boolean;
  /** An element closed (self-closing elements close right after they open). */
  close?(ns: string, local: string): void | boolean;
  /** Character data, entities and CDATA decoded. */
  text?(text: string): void;
}

export class XmlError extends Error {
  readonly kind: 'doctype' | 'damaged';
  constructor(kind: 'doctype' | 'damaged', message: string) {
    super(message);
    this.name = 'XmlError';
    this.kind = kind;
  }
}

/** Thrown from a handler to leave saxes at once; caught in write(). */
const STOP = Symbol('stop');

/** A prefix no declaration binds: such elements belong to no namespace a reader accepts. */
export const UNBOUND = '#unbound';

interface Scope {
  readonly depth: number;
  readonly prefixes: ReadonlyMap<string, string>;
}

export class XmlReader {
  private readonly parser = new SaxesParser({ xmlns: false, position: false });
  private scopes: Scope[] = [{ depth: 0, prefixes: new Map([['xml', XML_NAMESPACE]]) }];
  private depth = 0;
  private done = false;
  private lastName = '';
  private readonly declared: Array<{ name: string; value: string }> = [];

  constructor(private readonly visitor: XmlVisitor) {
    this.parser.on('doctype', () => {
      throw new XmlError('doctype', 'a DOCTYPE is not allowed in a package part');
    });
    this.parser.on('error', (e) => {
      throw new XmlError('damaged', e.message);
    });
    // Declarations are caught as attributes go by: the attribute maps saxes builds have no
    // prototype and are slow to enumerate, which would cost on each of millions of elements.
    this.parser.on('attribute', (attr) => {
      if (attr.name.charCodeAt(0) === 120 /* x */ && attr.name.startsWith('xmlns')) this.declared.push(attr);
    });
    this.parser.on('opentag', (tag) => this.onOpen(tag));
    this.parser.on('closetag', (tag) => this.onClose(tag.name));
    if (visitor.text) {
      const onText = visitor.text.bind(visitor);
      this.parser.on('text', onText);
      this.parser.on('cdata', onText);
    }
  }

  /** True once a visitor stopped the parse. */
  get stopped(): boolean {
    return this.done;
  }

  /** Feeds text; returns false once the parse has stopped (feed nothing more). */
  write(text: string): boolean {
    if (this.done) return false;
    try {
      this.parser.write(text);
    } catch (e) {
      if (e !== STOP) throw e;
      this.done = true;
    }
    return !this.done;
  }

  /** Ends the document; an unclosed element is reported as damage. */
  close(): void {
    if (!this.done) this.parser.close();
  }

  /** The namespace a prefix ('' for the default) is bound to where the parser stands. */
  resolve(prefix: string): string {
    const bound = this.scopes[this.scopes.length - 1].prefixes.get(prefix);
    return bound ?? (prefix === '' ? '' : UNBOUND);
  }

  /** The qualified name (`x:worksheet`) of the element being opened, during `open`. */
  get elementName(): string {
    return this.lastName;
  }

  /** The namespace declarations in force, as attributes to copy onto a synthetic element. */
  declarations(): string {
    let out = '';
    for (const [prefix, uri] of this.scopes[this.scopes.length - 1].prefixes) {
      if (prefix === 'xml') continue;
      out += ` ${prefix === '' ? 'xmlns' : `xmlns:${prefix}`}="${escapeAttribute(uri)}"`;
    }
    return out;
  }

  /** The value of the attribute `local` in one of `namespaces` (for `r:id` whatever its prefix). */
  attributeIn(attrs: XmlAttributes, namespaces: ReadonlySet<string>, local: string): string | undefined {
    for (const name in attrs) {
      const colon = name.indexOf(':');
      if (colon < 0 || name.slice(colon + 1) !== local) continue;
      if (namespaces.has(this.resolve(name.slice(0, colon)))) return attrs[name];
    }
    return undefined;
  }

  private onOpen(tag: SaxesTagPlain): void {
    this.depth++;
    if (this.declared.length > 0) this.declare();
    const { name } = tag;
    this.lastName = name;
    const colon = name.indexOf(':');
    const ns = this.resolve(colon < 0 ? '' : name.slice(0, colon));
    const local = colon < 0 ? name : name.slice(colon + 1);
    if (this.visitor.open?.(ns, local, tag.attributes, this) === false) throw STOP;
  }

  private onClose(name: string): void {
    const colon = name.indexOf(':');
    const ns = this.resolve(colon < 0 ? '' : name.slice(0, colon));
    const stop = this.visitor.close?.(ns, colon < 0 ? name : name.slice(colon + 1)) === false;
    if (this.scopes[this.scopes.length - 1].depth === this.depth) this.scopes.pop();
    this.depth--;
    if (stop) throw STOP;
  }

  /** Binds the prefixes the element being opened declares, for it and its descendants. */
  private declare(): void {
    const prefixes = new Map(this.scopes[this.scopes.length - 1].prefixes);
    for (const { name, value } of this.declared) {
      if (name.length > 5 && name[5] !== ':') continue;
      prefixes.set(name.length === 5 ? '' : name.slice(6), canonicalNamespace(value));
    }
    this.declared.length = 0;
    this.scopes.push({ depth: this.depth, prefixes });
  }
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/**
 * Parses a whole part held as text.
 * @example parseXml('<a xmlns="urn:x"><b/></a>', { open: (ns, local) => void console.log(ns, local) })
 */
export function parseXml(text: string, visitor: XmlVisitor): void {
  const reader = new XmlReader(visitor);
  if (reader.write(text)) reader.close();
}
