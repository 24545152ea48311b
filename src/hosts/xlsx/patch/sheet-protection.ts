/**
 * Whether a worksheet's protection forbids formatting cells, as Excel reads `<sheetProtection>`:
 * `sheet="1"` turns protection on, and formatting stays locked unless `formatCells="0"`.
 */
import { findSheetData } from './sheet-scan';
import { readAttr } from './xml-text';

function isOn(value: string | null): boolean {
  return value === '1' || value?.toLowerCase() === 'true';
}

/**
 * @example isFormattingLocked('<worksheet><sheetData/><sheetProtection sheet="1"/></worksheet>') // true
 */
export function isFormattingLocked(sheetXml: string): boolean {
  const data = findSheetData(sheetXml);
  const after = data ? sheetXml.slice(data.end) : sheetXml;
  const m = /<([\w.-]+:)?sheetProtection(\s[^>]*)?\/?>/.exec(after);
  if (!m) return false;
  const formatCells = readAttr(m[0], 'formatCells');
  return isOn(readAttr(m[0], 'sheet')) && !(formatCells === '0' || formatCells?.toLowerCase() === 'false');
}

/**
 * Whether the workbook's structure is protected (`<workbookProtection lockStructure="1">`): Excel
 * then refuses to add, rename or remove sheets.
 * @example isStructureLocked('<workbook><workbookProtection lockStructure="1"/></workbook>') // true
 */
export function isStructureLocked(workbookXml: string): boolean {
  const m = /<([\w.-]+:)?workbookProtection(\s[^>]*)?\/?>/.exec(workbookXml);
  return m !== null && isOn(readAttr(m[0], 'lockStructure'));
}
