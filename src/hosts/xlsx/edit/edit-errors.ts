/**
 * Why the .xlsx host will not change a sheet's values or validation, in one sentence a clerk
 * can act on (the command line shows `zh`).
 */
import { findSheetData } from '../patch/sheet-scan';
import { readAttr } from '../patch/xml-text';

export class XlsxEditError extends Error {
  constructor(
    readonly code: 'lockedSheet',
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'XlsxEditError';
  }
}

/**
 * True when the sheet is protected (`<sheetProtection sheet="1">`): Excel then refuses to change
 * locked cells and their validation, and so does the add-in.
 * @example isSheetLocked('<worksheet><sheetData/><sheetProtection sheet="1"/></worksheet>') // true
 */
export function isSheetLocked(sheetXml: string): boolean {
  const data = findSheetData(sheetXml);
  const after = data ? sheetXml.slice(data.end) : sheetXml;
  const m = /<([\w.-]+:)?sheetProtection(\s[^>]*)?\/?>/.exec(after);
  const on = m ? readAttr(m[0], 'sheet') : null;
  return on === '1' || on?.toLowerCase() === 'true';
}

/**
 * @example throw lockedForEditing('收文登记') // zh: 工作表"收文登记"受保护，请先撤销保护再修改
 */
export function lockedForEditing(sheet: string): XlsxEditError {
  return new XlsxEditError(
    'lockedSheet',
    `工作表"${sheet}"受保护，请先在 Excel 中撤销保护（审阅 → 撤销工作表保护）再修改`,
    `Sheet "${sheet}" is protected; unprotect it before changing it.`,
  );
}
