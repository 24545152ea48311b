/**
 * The names the sheets of a summary will be written under, shown to the clerk before anything
 * is written: a sheet the add-in made for the same purpose is replaced (its name may change), a
 * user's sheet of the wanted name is never touched and pushes ours to "name (2)". The same rules
 * the hosts apply.
 */
import type { SheetSpec } from '../../core/sheet-spec';
import { fitSheetName, foldSheetName, makeUniqueSheetName } from '../../core/summaries/sheet-names';
import type { SheetInfo } from '../../hosts/host';

export interface SheetNamePlan {
  readonly purpose: string;
  /** The name the spec asks for. */
  readonly wanted: string;
  /** The name it will be written under. */
  readonly name: string;
  /** The add-in's sheet it replaces, or null when it will be a new sheet. */
  readonly replaces: string | null;
}

/**
 * @example
 * planSheetNames(specs, [{ name: '2026年度 收文统计', ownedPurpose: null, … }])
 * // [{ purpose: 'summary:incoming:2026', wanted: '2026年度 收文统计', name: '2026年度 收文统计 (2)', replaces: null }]
 */
export function planSheetNames(specs: readonly SheetSpec[], existing: readonly SheetInfo[] = []): SheetNamePlan[] {
  const owned = new Map<string, SheetInfo>();
  for (const sheet of existing) if (sheet.ownedPurpose !== null && !owned.has(sheet.ownedPurpose)) owned.set(sheet.ownedPurpose, sheet);
  const replaced = new Set(specs.map((s) => owned.get(s.purpose)).filter((s): s is SheetInfo => s !== undefined));
  // Names of sheets that stay as they are; a replaced sheet's old name is free for reuse.
  const taken = new Set(existing.filter((s) => !replaced.has(s)).map((s) => foldSheetName(s.name)));
  return specs.map((spec) => {
    const name = makeUniqueSheetName(fitSheetName(spec.name), taken);
    taken.add(foldSheetName(name));
    return { purpose: spec.purpose, wanted: spec.name, name, replaces: owned.get(spec.purpose)?.name ?? null };
  });
}
