/**
 * The part of the Excel JavaScript API this host uses, as structural types. The real `Excel.run`
 * fits them (checked at compile time below), and so does the strict stand-in the tests run on:
 * one host, two runtimes, no casts. Requirement sets are noted where a member needs more than 1.1.
 * Ranges, formats and fills are in excel-range-api.ts.
 */
import type { XlClientResult, XlRange, XlRangeAreas } from './excel-range-api';

export type {
  XlCellProperties,
  XlCellPropertiesLoadOptions,
  XlClientResult,
  XlFillProperties,
  XlHyperlink,
  XlRange,
  XlRangeAreas,
  XlRangeFill,
  XlRangeFont,
  XlRangeFormat,
} from './excel-range-api';


export interface XlWorksheetProtection {
  readonly protected: boolean;
  load(propertyNames?: string | string[]): XlWorksheetProtection;
}

export interface XlNamedItem {
  readonly isNullObject: boolean;
  readonly name: string;
  /** ExcelApi 1.7. */
  formula: unknown;
  readonly value: unknown;
  visible: boolean;
  delete(): void;
  load(propertyNames?: string | string[]): XlNamedItem;
}

/** ExcelApi 1.4 for worksheet-scoped names. */
export interface XlNamedItemCollection {
  readonly items: XlNamedItem[];
  add(name: string, reference: XlRange | string, comment?: string): XlNamedItem;
  getItemOrNullObject(name: string): XlNamedItem;
  load(propertyNames?: string | string[]): XlNamedItemCollection;
}

export interface XlFreezePanes {
  freezeRows(count?: number): void;
}

export interface XlPageLayoutZoom {
  horizontalFitToPages?: number;
  verticalFitToPages?: number;
  scale?: number;
}

/** ExcelApi 1.9. */
export interface XlPageLayout {
  orientation: string;
  paperSize: string;
  zoom: XlPageLayoutZoom;
  setPrintTitleRows(rows: XlRange | string): void;
  load(propertyNames?: string | string[]): XlPageLayout;
}

export interface XlChart {
  readonly title: { text: string };
  name: string;
  setPosition(startCell: XlRange | string, endCell?: XlRange | string): void;
}

export interface XlChartCollection {
  add(type: string, sourceData: XlRange, seriesBy?: string): XlChart;
}

export interface XlWorksheet {
  readonly isNullObject: boolean;
  name: string;
  visibility: string;
  position: number;
  readonly protection: XlWorksheetProtection;
  readonly names: XlNamedItemCollection;
  /** ExcelApi 1.7. */
  readonly freezePanes: XlFreezePanes;
  readonly pageLayout: XlPageLayout;
  readonly charts: XlChartCollection;
  getRange(address?: string): XlRange;
  getRanges(address?: string): XlRangeAreas;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  delete(): void;
  load(propertyNames?: string | string[]): XlWorksheet;
}

export interface XlWorksheetCollection {
  readonly items: XlWorksheet[];
  add(name?: string): XlWorksheet;
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  load(propertyNames?: string | string[]): XlWorksheetCollection;
}

/** ExcelApi 1.5. */
export interface XlCustomXmlPart {
  readonly isNullObject: boolean;
  readonly id: string;
  readonly namespaceUri: string;
  getXml(): XlClientResult<string>;
  setXml(xml: string): void;
  delete(): void;
  load(propertyNames?: string | string[]): XlCustomXmlPart;
}

export interface XlCustomXmlPartScopedCollection {
  readonly items: XlCustomXmlPart[];
  load(propertyNames?: string | string[]): XlCustomXmlPartScopedCollection;
}

export interface XlCustomXmlPartCollection {
  readonly items: XlCustomXmlPart[];
  add(xml: string): XlCustomXmlPart;
  getByNamespace(namespaceUri: string): XlCustomXmlPartScopedCollection;
  getItemOrNullObject(id: string): XlCustomXmlPart;
  load(propertyNames?: string | string[]): XlCustomXmlPartCollection;
}

export interface XlApplication {
  suspendScreenUpdatingUntilNextSync(): void;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly customXmlParts: XlCustomXmlPartCollection;
  readonly application: XlApplication;
}

export interface XlContext {
  readonly workbook: XlWorkbook;
  readonly application: XlApplication;
  sync<T>(passThroughValue?: T): Promise<T>;
}

export interface XlRunOptions {
  /** Wait until the clerk leaves the cell being edited instead of failing the batch. */
  delayForCellEdit?: boolean;
}

/** `Excel.run` with options, as far as this host calls it. */
export type ExcelRun = <T>(options: XlRunOptions, batch: (context: XlContext) => Promise<T>) => Promise<T>;

type AssertTrue<T extends true> = T;
/** Fails to compile if the real Office.js `Excel.run` stops fitting the subset above. */
export type RealExcelRunFits = AssertTrue<typeof Excel.run extends ExcelRun ? true : false>;
