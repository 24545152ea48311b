/** The read side of the .xlsx host: sheets as grids, scanned as they inflate. */
export { readSheetTop, readSheetColumns, readSheetMeta } from './sheet-readers';
export { scanSheet } from './sheet-scan';
export type { ScanOptions } from './sheet-scan';
export type { SheetRead, SheetLayoutFacts, ScannedCell, SheetSource } from './sheet-types';
export { columnOf, rowOf, columnLetters, parseRange, MAX_COL, MAX_ROW } from './cell-ref';
export { isDateFormat, isDateFormatCode } from './number-formats';
export { resolveTarget, relsPathOf } from './part-names';
export { decodePart, createPartDecoder } from './part-decoder';
export { parseXml, XmlReader, XmlError } from './xml-reader';
export type { XmlVisitor, XmlAttributes } from './xml-reader';
export { SML_NAMESPACES, RELATIONSHIP_NAMESPACES, isSml, relationKind } from './namespaces';
