/**
 * Where a proxy points, found at sync time and kept from then on (Excel binds an object path to
 * its object the first time it is used). Null means "not there": an *OrNullObject proxy reports
 * it through isNullObject, any other proxy fails with ItemNotFound.
 */
import type { Rect } from './standin-a1';
import { StandinError } from './standin-error';
import type { SheetState } from './workbook-state';

export interface Cells {
  readonly sheet: SheetState;
  readonly rects: readonly Rect[];
}

export class Locator<T> {
  private found: T | null | undefined;

  constructor(
    private readonly find: () => T | null,
    private readonly what: string,
  ) {}

  get(): T | null {
    if (this.found === undefined) this.found = this.find();
    return this.found;
  }

  require(): T {
    const found = this.get();
    if (found === null) throw new StandinError('ItemNotFound', `The requested resource doesn't exist: ${this.what}`);
    return found;
  }
}
