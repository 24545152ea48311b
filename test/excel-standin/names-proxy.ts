/** Worksheet-scoped defined names (`worksheet.names`, ExcelApi 1.4). */
import type { XlNamedItem, XlNamedItemCollection } from '../../src/hosts/excel/excel-api';
import { CollectionStandin } from './collection-base';
import { Locator } from './locator';
import { StandinObject, type ProxyContext } from './proxy-base';
import { RangeStandin } from './range-proxy';
import { formatRect } from './standin-a1';
import { StandinError } from './standin-error';
import type { NameState, SheetState } from './workbook-state';

const NAME_RULE = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

interface Named {
  readonly sheet: SheetState;
  readonly key: string;
}

function valueOf(formula: string): unknown {
  const body = formula.replace(/^=/, '');
  const text = /^"((?:[^"]|"")*)"$/.exec(body);
  if (text) return text[1].replace(/""/g, '"');
  if (/^[+-]?\d+(\.\d+)?$/.test(body)) return Number(body);
  if (/^(TRUE|FALSE)$/i.test(body)) return body.toUpperCase() === 'TRUE';
  return body;
}

function typeOf(formula: string): string {
  const v = valueOf(formula);
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return /^"/.test(formula.replace(/^=/, '')) ? 'String' : 'Range';
}

export class NamedItemStandin extends StandinObject implements XlNamedItem {
  protected readonly loadable = ['name', 'formula', 'value', 'visible', 'type', 'comment'];

  constructor(ctx: ProxyContext, path: string, private readonly named: Locator<Named>, nullable = false) {
    super(ctx, path, nullable);
  }

  private state(): NameState {
    const { sheet, key } = this.named.require();
    const found = sheet.names.get(key);
    if (!found) throw new StandinError('ItemNotFound', `No name ${key}`);
    return found;
  }

  protected isMissing(): boolean {
    const n = this.named.get();
    return n === null || !n.sheet.names.has(n.key);
  }

  protected current(name: string): unknown {
    const s = this.state();
    if (name === 'value') return valueOf(s.formula);
    if (name === 'type') return typeOf(s.formula);
    return s[name as keyof NameState];
  }

  get name(): string { return this.prop('name'); }
  get value(): unknown { return this.prop('value'); }
  get formula(): unknown { return this.prop('formula'); }
  set formula(f: unknown) {
    this.queueWrite('setNameFormula', f, () => {
      const { sheet, key } = this.named.require();
      this.ctx.state.journal.mapSet(sheet.names, key, { ...this.state(), formula: String(f) });
    });
  }
  get visible(): boolean { return this.prop('visible'); }
  set visible(v: boolean) {
    this.queueWrite('setNameVisible', v, () => {
      const { sheet, key } = this.named.require();
      this.ctx.state.journal.mapSet(sheet.names, key, { ...this.state(), visible: v });
    });
  }

  delete(): void {
    this.queueWrite('deleteName', null, () => {
      const { sheet, key } = this.named.require();
      this.state();
      this.ctx.state.journal.mapDelete(sheet.names, key);
    });
  }

  load(names?: string | string[]): NamedItemStandin {
    this.queueLoad(names);
    return this;
  }
}

export class NamedItemCollectionStandin extends CollectionStandin<NameState, NamedItemStandin> implements XlNamedItemCollection {
  protected readonly itemProps = ['name', 'formula', 'value', 'visible', 'type', 'comment'];

  constructor(ctx: ProxyContext, path: string, private readonly sheet: Locator<SheetState>) {
    super(ctx, `${path}.names`);
  }

  protected members(): readonly NameState[] {
    return [...this.sheet.require().names.values()];
  }

  protected itemValue(member: NameState, prop: string): unknown {
    if (prop === 'value') return valueOf(member.formula);
    if (prop === 'type') return typeOf(member.formula);
    return member[prop as keyof NameState];
  }

  protected makeItem(member: NameState): NamedItemStandin {
    return this.item(member.name, false);
  }

  private item(name: string, nullable: boolean): NamedItemStandin {
    const locator = new Locator<Named>(() => ({ sheet: this.sheet.require(), key: name.toLowerCase() }), `name ${name}`);
    return new NamedItemStandin(this.ctx, `${this.path}(${JSON.stringify(name)})`, locator, nullable);
  }

  add(name: string, reference: RangeStandin | string, comment = ''): NamedItemStandin {
    this.queueWrite('addName', { name, reference: typeof reference === 'string' ? reference : reference.path, comment }, () => {
      const sheet = this.sheet.require();
      if (!NAME_RULE.test(name) || /^[A-Z]{1,3}\d+$/i.test(name)) throw new StandinError('InvalidArgument', `Not a valid name: ${name}`);
      if (sheet.names.has(name.toLowerCase())) throw new StandinError('ItemAlreadyExists', `The name ${name} already exists.`);
      let formula: string;
      if (typeof reference === 'string') formula = reference.startsWith('=') ? reference : `=${reference}`;
      else if (reference instanceof RangeStandin) {
        const { sheet: target, rects } = reference.locate();
        formula = `=${formatRect(target.name, rects[0])}`;
      } else throw new StandinError('InvalidArgument', 'A name refers to a formula or a range.');
      this.ctx.state.journal.mapSet(sheet.names, name.toLowerCase(), { name, formula, visible: true, comment });
    });
    return this.item(name, false);
  }

  getItemOrNullObject(name: string): NamedItemStandin {
    return this.item(name, true);
  }

  load(names?: string | string[]): NamedItemCollectionStandin {
    this.queueItemsLoad(names);
    return this;
  }
}
