/**
 * Office.js collections (`worksheets`, `names`, `customXmlParts`): `load('items/name')` (or just
 * `load('name')`) fetches the members once, with the listed properties loaded on each.
 */
import { StandinObject, type ProxyContext } from './proxy-base';
import { StandinError } from './standin-error';

export abstract class CollectionStandin<M, T extends StandinObject> extends StandinObject {
  protected readonly loadable: readonly string[] = [];
  protected abstract readonly itemProps: readonly string[];
  protected abstract members(): readonly M[];
  protected abstract itemValue(member: M, prop: string): unknown;
  protected abstract makeItem(member: M): T;

  protected constructor(ctx: ProxyContext, path: string) {
    super(ctx, path);
  }

  protected current(name: string): unknown {
    throw new StandinError('InvalidArgument', `${name} is loaded through items`);
  }

  get items(): T[] {
    return this.prop('items');
  }

  protected queueItemsLoad(spec?: string | string[]): void {
    const asked = (Array.isArray(spec) ? spec : (spec ?? 'items').split(','))
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    const props = new Set<string>();
    for (const name of asked) {
      const bare = name.startsWith('items/') ? name.slice(6) : name;
      if (bare === 'items') this.itemProps.forEach((p) => props.add(p));
      else if (this.itemProps.includes(bare)) props.add(bare);
      else throw new StandinError('InvalidArgument', `'${name}' cannot be loaded on ${this.path}`);
    }
    const list = [...props];
    this.ctx.enqueue({
      describe: { op: 'loadItems', path: this.path, props: list },
      execute: () => {
        const members = this.members();
        const data = members.map((m) => Object.fromEntries(list.map((p) => [p, this.itemValue(m, p)])));
        return {
          payload: data,
          deliver: () => {
            const items = members.map((m, i) => {
              const item = this.makeItem(m);
              item.primeLoaded(data[i]);
              return item;
            });
            this.primeLoaded({ items });
          },
        };
      },
    });
  }
}
