/** The Office.js host, as the pane and the ribbon commands import it. */
export { createExcelHost, type ExcelHostOptions } from './excel-host';
export { ExcelHostError, type ExcelHostErrorCode } from './excel-errors';
export { REQUIRED_SETS, OPTIONAL_SETS, type RequirementSet } from './requirement-sets';
export type { ExcelRun } from './excel-api';
