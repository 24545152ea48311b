/**
 * Why the .xlsx host cannot do what it was asked, in one sentence a clerk can act on. The
 * command line shows `zh` (it reads the `zh`/`en` fields of anything thrown).
 */

export type XlsxHostErrorCode = 'noSheet' | 'notWorksheet' | 'protectedSheet' | 'protectedWorkbook' | 'rowsOutOfOrder';

export class XlsxHostError extends Error {
  constructor(
    readonly code: XlsxHostErrorCode,
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'XlsxHostError';
  }
}

/**
 * The sheet named does not exist in the workbook.
 * @example throw noSheet('收文登记')
 */
export function noSheet(name: string): XlsxHostError {
  return new XlsxHostError('noSheet', `工作簿中没有名为"${name}"的工作表，请检查工作表名称`, `The workbook has no sheet named "${name}".`);
}

/**
 * The sheet is a chart sheet (or another kind) that holds no cells.
 * @example throw notWorksheet('图表1')
 */
export function notWorksheet(name: string): XlsxHostError {
  return new XlsxHostError('notWorksheet', `"${name}"是图表页，不是可以登记的工作表`, `"${name}" is a chart sheet, not a worksheet.`);
}

/**
 * The sheet is protected against formatting cells (as Excel would refuse to paint it).
 * @example throw protectedSheet('收文登记') // zh: 工作表"收文登记"受保护，请先撤销保护再标记
 */
export function protectedSheet(name: string): XlsxHostError {
  return new XlsxHostError('protectedSheet', `工作表"${name}"受保护，请先撤销保护再标记`, `Sheet "${name}" is protected; unprotect it before marking.`);
}

/**
 * The workbook's structure is protected, so no sheet can be added or renamed.
 * @example throw protectedWorkbook()
 */
export function protectedWorkbook(): XlsxHostError {
  return new XlsxHostError(
    'protectedWorkbook',
    '工作簿结构受保护，无法添加或重命名工作表；请先在 Excel 中撤销工作簿保护（审阅 → 保护工作簿）再试',
    'The workbook structure is protected; no sheet can be added or renamed. Unprotect the workbook and retry.',
  );
}
