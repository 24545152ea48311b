/**
 * Ranges, multi-area ranges, formats and fills of the Excel JavaScript API, as far as this host
 * uses them (see excel-api.ts for the rest and for the check that Office.js fits).
 */

/** A value Excel hands back only after the sync that fetched it. */
export interface XlClientResult<T> {
  readonly value: T;
}

export interface XlFillProperties {
  color?: string;
  pattern?: string;
  patternColor?: string;
  tintAndShade?: number;
  patternTintAndShade?: number;
}

/** `getCellProperties` / `setCellProperties` (ExcelApi 1.9), fill only. */
export interface XlCellProperties {
  address?: string;
  format?: { fill?: XlFillProperties };
}

export interface XlCellPropertiesLoadOptions {
  address?: boolean;
  format?: {
    fill?: { color?: boolean; pattern?: boolean; patternColor?: boolean; tintAndShade?: boolean; patternTintAndShade?: boolean };
  };
}

export interface XlRangeFill {
  color: string;
  /** ExcelApi 1.9 for pattern, patternColor and the tints. */
  pattern: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
  clear(): void;
  load(propertyNames?: string | string[]): XlRangeFill;
}

export interface XlRangeFont {
  bold: boolean;
  load(propertyNames?: string | string[]): XlRangeFont;
}

export interface XlRangeFormat {
  readonly fill: XlRangeFill;
  readonly font: XlRangeFont;
  /** Points, not characters. */
  columnWidth: number;
  load(propertyNames?: string | string[]): XlRangeFormat;
}

/** A link (ExcelApi 1.7); `documentReference` points inside the workbook, e.g. `'汇总'!A1`. */
export interface XlHyperlink {
  documentReference?: string;
  textToDisplay?: string;
  address?: string;
  screenTip?: string;
}

export interface XlRange {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: unknown[][];
  numberFormat: unknown[][];
  readonly valueTypes: string[][];
  readonly format: XlRangeFormat;
  hyperlink: XlHyperlink;
  load(propertyNames?: string | string[]): XlRange;
  getCellProperties(options: XlCellPropertiesLoadOptions): XlClientResult<XlCellProperties[][]>;
  setCellProperties(data: XlCellProperties[][]): void;
  /** ExcelApi 1.13. */
  getMergedAreasOrNullObject(): XlRangeAreas;
  /** ExcelApi 1.9. */
  getSpecialCellsOrNullObject(cellType: 'Visible' | 'Constants' | 'Formulas'): XlRangeAreas;
  /** The range's used cells, or a null object when it has none (ExcelApi 1.4). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  merge(across?: boolean): void;
}

/** Several rectangles handled as one (ExcelApi 1.9): one call formats them all. */
export interface XlRangeAreas {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly areaCount: number;
  readonly cellCount: number;
  readonly format: XlRangeFormat;
  load(propertyNames?: string | string[]): XlRangeAreas;
}
