/**
 * The Office.js requirement sets this host needs. Everything it calls is in ExcelApi 1.9 or
 * earlier (getCellProperties, getRanges, getSpecialCells, page layout: 1.9; hyperlinks, freeze
 * panes, NamedItem.formula: 1.7; custom XML parts: 1.5; worksheet-scoped names: 1.4). Merged
 * areas (1.13) are read only where available; without them readTop reports no merges.
 */
export interface RequirementSet {
  readonly name: string;
  readonly minVersion: string;
}

export const REQUIRED_SETS: readonly RequirementSet[] = [{ name: 'ExcelApi', minVersion: '1.9' }];

export const OPTIONAL_SETS: readonly (RequirementSet & { readonly use: string })[] = [
  { name: 'ExcelApi', minVersion: '1.13', use: 'merged cells in readTop (Range.getMergedAreasOrNullObject)' },
];

/** Whether the running Office supports a set; true outside Office (tests, stand-in). */
export function isSetSupported(set: RequirementSet): boolean {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported(set.name, set.minVersion);
}
