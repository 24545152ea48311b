/**
 * The namespace prefixes in force while a document is tokenized. A qualified name resolves
 * once per scope and is then looked up: a sheet has millions of `<c>` elements and a handful of
 * distinct names, and declarations sit on the root almost always.
 */
import { canonicalNamespace, XML_NAMESPACE } from './namespaces';
import { UNBOUND } from './xml-reader';

/** A qualified name split and resolved: `x:row` → the SpreadsheetML namespace and `row`. */
export interface ResolvedName {
  readonly ns: string;
  readonly local: string;
}

const MAX_CACHED = 4096;

interface Scope {
  /** Depth of the element that declared it (1 for the root). */
  readonly depth: number;
  readonly prefixes: ReadonlyMap<string, string>;
  readonly names: Map<string, ResolvedName>;
}

export class NamespaceScopes {
  private readonly scopes: Scope[] = [{ depth: 0, prefixes: new Map([['xml', XML_NAMESPACE]]), names: new Map() }];
  private top: Scope = this.scopes[0];
  private lastName = '';
  private lastScope: Scope | null = null;
  private lastResolved: ResolvedName = { ns: '', local: '' };

  /**
   * Binds prefixes ('' for the default namespace) for the element opening at `depth`.
   * @example scopes.enter(1, [['', SML_TRANSITIONAL], ['r', REL]])
   */
  enter(depth: number, declarations: ReadonlyArray<readonly [string, string]>): void {
    const prefixes = new Map(this.top.prefixes);
    for (const [prefix, uri] of declarations) prefixes.set(prefix, canonicalNamespace(uri));
    this.top = { depth, prefixes, names: new Map() };
    this.scopes.push(this.top);
  }

  /** Drops the bindings of elements at `depth` or deeper (they have closed). */
  leave(depth: number): void {
    while (this.top.depth >= depth && this.scopes.length > 1) {
      this.scopes.pop();
      this.top = this.scopes[this.scopes.length - 1];
    }
  }

  /**
   * The namespace and local name of a qualified name where the tokenizer stands.
   * @example scopes.resolve('x:c') // { ns: SML_TRANSITIONAL, local: 'c' }
   */
  resolve(qname: string): ResolvedName {
    // The same few names come again and again: compare the last one by identity first.
    if (qname === this.lastName && this.lastScope === this.top) return this.lastResolved;
    let found = this.top.names.get(qname);
    if (found === undefined) {
      const colon = qname.indexOf(':');
      const prefix = colon < 0 ? '' : qname.slice(0, colon);
      const bound = this.top.prefixes.get(prefix);
      found = { ns: bound ?? (prefix === '' ? '' : UNBOUND), local: colon < 0 ? qname : qname.slice(colon + 1) };
      // Bounded: a document made of endless distinct names must not grow the cache with it.
      if (this.top.names.size < MAX_CACHED) this.top.names.set(qname, found);
    }
    this.lastName = qname;
    this.lastScope = this.top;
    this.lastResolved = found;
    return found;
  }
}
