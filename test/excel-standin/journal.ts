/**
 * Every change the stand-in makes to its workbook goes through a journal, so that a batch Excel
 * rejects as a whole (a request or response over the payload limit) can be taken back entirely.
 */
export class Journal {
  private undo: Array<() => void> | null = null;

  begin(): void {
    this.undo = [];
  }

  commit(): void {
    this.undo = null;
  }

  rollback(): void {
    const steps = this.undo ?? [];
    for (let i = steps.length - 1; i >= 0; i--) steps[i]();
    this.undo = null;
  }

  setField<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): void {
    const had = Object.prototype.hasOwnProperty.call(target, key);
    const old = target[key];
    this.undo?.push(() => {
      if (had) target[key] = old;
      else delete target[key];
    });
    target[key] = value;
  }

  mapSet<K, V>(map: Map<K, V>, key: K, value: V): void {
    const had = map.has(key);
    const old = map.get(key);
    this.undo?.push(() => {
      if (had) map.set(key, old as V);
      else map.delete(key);
    });
    map.set(key, value);
  }

  mapDelete<K, V>(map: Map<K, V>, key: K): void {
    if (!map.has(key)) return;
    const old = map.get(key) as V;
    this.undo?.push(() => map.set(key, old));
    map.delete(key);
  }

  arraySet<T>(list: T[], index: number, value: T): void {
    const had = index in list;
    const old = list[index];
    this.undo?.push(() => {
      if (had) list[index] = old;
      else delete list[index];
    });
    list[index] = value;
  }

  arrayInsert<T>(list: T[], index: number, value: T): void {
    this.undo?.push(() => list.splice(index, 1));
    list.splice(index, 0, value);
  }

  arrayRemove<T>(list: T[], index: number): void {
    const [old] = list.splice(index, 1);
    this.undo?.push(() => list.splice(index, 0, old));
  }
}
