/**
 * The add-in's own mark on a sheet it wrote: a sheet-scoped defined name `RegisterDesk.Owned`
 * whose value is the sheet's purpose as a text constant (`="summary:incoming:2026"`), the same
 * mark the .xlsx host writes. A sheet is the add-in's by this mark, never by its name.
 */
import type { XlNamedItem } from './excel-api';

export const OWNED_NAME = 'RegisterDesk.Owned';

/**
 * The formula that stores a purpose as a text constant.
 * @example ownedFormula('summary:"x"') // '="summary:""x"""'
 */
export function ownedFormula(purpose: string): string {
  return `="${purpose.replace(/"/g, '""')}"`;
}

/**
 * Reads the purpose back from a name's formula (or its value), null when it is not a text constant.
 * @example purposeOf('="remind"') // 'remind'
 * @example purposeOf('=Sheet1!$A$1') // null
 */
export function purposeOf(formula: unknown, value?: unknown): string | null {
  if (typeof formula === 'string') {
    const m = /^=?\s*"((?:[^"]|"")*)"\s*$/.exec(formula);
    if (m) return m[1].replace(/""/g, '"');
  }
  return typeof value === 'string' && typeof formula !== 'string' ? value : null;
}

/** The purpose of a loaded `RegisterDesk.Owned` name (null object: not the add-in's sheet). */
export function ownedPurposeOf(item: XlNamedItem): string | null {
  return item.isNullObject ? null : purposeOf(item.formula, item.value);
}
