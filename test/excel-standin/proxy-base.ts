/**
 * The common behaviour of every stand-in proxy, as in Office.js: a property can be read only
 * after `load` and `sync`; `isNullObject` of an *OrNullObject proxy only after a sync; writes and
 * method calls are queued and run, in order, at the next `sync`.
 */
import { StandinError, notLoaded } from './standin-error';
import type { WorkbookState } from './workbook-state';

export interface ActionResult {
  /** What travels back in the response (measured in bytes). */
  readonly payload?: unknown;
  /** Applied to the proxies only when the whole sync succeeded. */
  readonly deliver?: () => void;
}

export interface Action {
  /** What travels in the request (measured in bytes). */
  readonly describe: unknown;
  execute(): ActionResult | void;
}

/** The context a proxy belongs to, as the proxies see it. */
export interface ProxyContext {
  readonly state: WorkbookState;
  enqueue(action: Action): void;
}

export abstract class StandinObject {
  private readonly loadedValues = new Map<string, unknown>();
  private nullState: boolean | undefined;

  protected constructor(
    protected readonly ctx: ProxyContext,
    readonly path: string,
    nullable = false,
  ) {
    if (!nullable) {
      this.nullState = false;
      return;
    }
    ctx.enqueue({
      describe: { op: 'resolve', path },
      execute: () => {
        const isNull = this.isMissing();
        return { payload: { isNull }, deliver: () => (this.nullState = isNull) };
      },
    });
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded('isNullObject');
    return this.nullState;
  }

  /** Names a `load` may ask for. */
  protected abstract readonly loadable: readonly string[];
  /** The current value of a loadable property, read at sync time. */
  protected abstract current(name: string): unknown;
  /** Child proxies reachable by a load path such as `format/fill/color`. */
  protected child(_name: string): StandinObject | undefined {
    return undefined;
  }
  /** For *OrNullObject proxies: whether the object is absent at sync time. */
  protected isMissing(): boolean {
    return false;
  }

  protected prop<T>(name: string): T {
    if (!this.loadedValues.has(name)) throw notLoaded(`${this.constructor.name.replace(/Standin$/, '')}.${name}`);
    return this.loadedValues.get(name) as T;
  }

  /** Lets a collection hand its items values loaded with it. */
  primeLoaded(values: Readonly<Record<string, unknown>>): void {
    for (const [k, v] of Object.entries(values)) this.loadedValues.set(k, v);
    this.nullState = false;
  }

  protected queueLoad(spec?: string | string[]): void {
    const names = (Array.isArray(spec) ? spec : (spec ?? '').split(','))
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    const own = names.length === 0 ? [...this.loadable] : [];
    for (const name of names) {
      const slash = name.indexOf('/');
      if (slash > 0) {
        const child = this.child(name.slice(0, slash));
        if (!child) throw new StandinError('InvalidArgument', `Cannot load '${name}' on ${this.path}`);
        child.queueLoad(name.slice(slash + 1));
      } else if (this.loadable.includes(name)) {
        own.push(name);
      } else {
        throw new StandinError('InvalidArgument', `'${name}' is not a property this stand-in can load on ${this.path}`);
      }
    }
    if (own.length === 0) return;
    this.ctx.enqueue({
      describe: { op: 'load', path: this.path, props: own },
      execute: () => {
        const missing = this.isMissing();
        const data: Record<string, unknown> = {};
        for (const p of own) data[p] = missing ? null : this.current(p);
        return {
          payload: data,
          deliver: () => {
            this.nullState = this.nullState ?? missing;
            for (const p of own) this.loadedValues.set(p, data[p]);
          },
        };
      },
    });
  }

  /** Queues a change; `apply` runs at sync time and may throw an Excel error. */
  protected queueWrite(op: string, args: unknown, apply: () => void): void {
    this.ctx.enqueue({ describe: { op, path: this.path, args }, execute: () => apply() });
  }
}

/** `OfficeExtension.ClientResult`: its value exists only after the sync that fetched it. */
export class ClientResultStandin<T> {
  private loaded = false;
  private result: T | undefined;

  constructor(ctx: ProxyContext, describe: unknown, compute: () => T) {
    ctx.enqueue({
      describe,
      execute: () => {
        const value = compute();
        return {
          payload: value,
          deliver: () => {
            this.result = value;
            this.loaded = true;
          },
        };
      },
    });
  }

  get value(): T {
    if (!this.loaded) {
      throw new StandinError('ValueNotLoaded', 'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()".');
    }
    return this.result as T;
  }
}
