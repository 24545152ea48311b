/** `workbook.customXmlParts` (ExcelApi 1.5): XML parts kept in the file, found by namespace. */
import { SaxesParser } from 'saxes';
import type { XlCustomXmlPart, XlCustomXmlPartCollection, XlCustomXmlPartScopedCollection } from '../../src/hosts/excel/excel-api';
import { CollectionStandin } from './collection-base';
import { Locator } from './locator';
import { ClientResultStandin, StandinObject, type ProxyContext } from './proxy-base';
import { StandinError } from './standin-error';
import type { XmlPartState } from './workbook-state';

/** Parses the XML strictly (as Excel does) and gives the namespace of its root element. */
export function rootNamespace(xml: string): string {
  const parser = new SaxesParser({ xmlns: true });
  let uri: string | null = null;
  let failure: Error | null = null;
  parser.on('opentag', (tag) => {
    if (uri === null) uri = tag.uri;
  });
  parser.on('doctype', () => {
    failure = new Error('DTD not allowed');
  });
  parser.on('error', (e) => {
    failure = failure ?? e;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    failure = failure ?? (e instanceof Error ? e : new Error(String(e)));
  }
  if (failure !== null || uri === null) throw new StandinError('InvalidArgument', `The XML is not well-formed: ${failure ?? 'no root element'}`);
  return uri;
}

export class CustomXmlPartStandin extends StandinObject implements XlCustomXmlPart {
  protected readonly loadable = ['id', 'namespaceUri'];

  constructor(ctx: ProxyContext, path: string, private readonly part: Locator<XmlPartState>, nullable = false) {
    super(ctx, path, nullable);
  }

  private live(): XmlPartState {
    const part = this.part.require();
    if (!this.ctx.state.xmlParts.includes(part)) throw new StandinError('ItemNotFound', `Custom XML part ${part.id} was deleted.`);
    return part;
  }

  protected isMissing(): boolean {
    const p = this.part.get();
    return p === null || !this.ctx.state.xmlParts.includes(p);
  }

  protected current(name: string): unknown {
    const p = this.live();
    return name === 'id' ? p.id : p.namespaceUri;
  }

  get id(): string { return this.prop('id'); }
  get namespaceUri(): string { return this.prop('namespaceUri'); }

  getXml(): ClientResultStandin<string> {
    return new ClientResultStandin(this.ctx, { op: 'getXml', path: this.path }, () => this.live().xml);
  }

  setXml(xml: string): void {
    this.queueWrite('setXml', xml, () => {
      const part = this.live();
      const ns = rootNamespace(xml);
      this.ctx.state.journal.setField(part, 'xml', xml);
      this.ctx.state.journal.setField(part, 'namespaceUri', ns);
    });
  }

  delete(): void {
    this.queueWrite('deleteXmlPart', null, () => {
      const parts = this.ctx.state.xmlParts;
      this.ctx.state.journal.arrayRemove(parts, parts.indexOf(this.live()));
    });
  }

  load(names?: string | string[]): CustomXmlPartStandin {
    this.queueLoad(names);
    return this;
  }
}

function partProxy(ctx: ProxyContext, find: () => XmlPartState | null, label: string, nullable = false): CustomXmlPartStandin {
  return new CustomXmlPartStandin(ctx, `customXmlParts(${label})`, new Locator(find, `custom XML part ${label}`), nullable);
}

abstract class PartListStandin extends CollectionStandin<XmlPartState, CustomXmlPartStandin> {
  protected readonly itemProps = ['id', 'namespaceUri'];

  protected itemValue(part: XmlPartState, prop: string): unknown {
    return prop === 'id' ? part.id : part.namespaceUri;
  }

  protected makeItem(part: XmlPartState): CustomXmlPartStandin {
    return partProxy(this.ctx, () => part, part.id);
  }
}

export class CustomXmlPartScopedCollectionStandin extends PartListStandin implements XlCustomXmlPartScopedCollection {
  constructor(ctx: ProxyContext, private readonly namespaceUri: string) {
    super(ctx, `customXmlParts.getByNamespace(${JSON.stringify(namespaceUri)})`);
  }

  protected members(): readonly XmlPartState[] {
    return this.ctx.state.xmlParts.filter((p) => p.namespaceUri === this.namespaceUri);
  }

  load(names?: string | string[]): CustomXmlPartScopedCollectionStandin {
    this.queueItemsLoad(names);
    return this;
  }
}

export class CustomXmlPartCollectionStandin extends PartListStandin implements XlCustomXmlPartCollection {
  constructor(ctx: ProxyContext) {
    super(ctx, 'customXmlParts');
  }

  protected members(): readonly XmlPartState[] {
    return [...this.ctx.state.xmlParts];
  }

  add(xml: string): CustomXmlPartStandin {
    let created: XmlPartState | null = null;
    this.queueWrite('addXmlPart', xml, () => {
      const state = this.ctx.state;
      const part: XmlPartState = { id: `{${state.newId('00000000-0000-4000-8000-')}}`, namespaceUri: rootNamespace(xml), xml };
      state.journal.arrayInsert(state.xmlParts, state.xmlParts.length, part);
      created = part;
    });
    return partProxy(this.ctx, () => created, 'new');
  }

  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollectionStandin {
    return new CustomXmlPartScopedCollectionStandin(this.ctx, namespaceUri);
  }

  getItemOrNullObject(id: string): CustomXmlPartStandin {
    return partProxy(this.ctx, () => this.ctx.state.xmlParts.find((p) => p.id === id) ?? null, id, true);
  }

  load(names?: string | string[]): CustomXmlPartCollectionStandin {
    this.queueItemsLoad(names);
    return this;
  }
}
