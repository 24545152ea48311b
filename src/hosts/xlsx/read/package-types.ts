/** What a workbook package tells about itself: its sheets, names and cell styles. */

export type SheetState = 'visible' | 'hidden' | 'veryHidden';
export type SheetKind = 'worksheet' | 'chartsheet' | 'other';

/** A sheet as the workbook lists it, with the part that holds it. */
export interface SheetPart {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  /** The zip entry holding the sheet ('' when the relationship is missing or external). */
  readonly path: string;
  readonly state: SheetState;
  readonly kind: SheetKind;
}

export interface DefinedName {
  readonly name: string;
  /** 0-based index into the workbook's sheets for a sheet-scoped name, null for a global one. */
  readonly localSheetId: number | null;
  readonly value: string;
  readonly hidden: boolean;
}

/** A colour as styles.xml writes it; a workbook may use any one of the ways. */
export interface ColorInfo {
  /** ARGB as written, e.g. `FFFF0000`. */
  readonly rgb?: string;
  readonly theme?: number;
  readonly tint?: number;
  readonly indexed?: number;
  readonly auto?: boolean;
}

export interface FillInfo {
  /** `none`, `solid`, `gray125`, … or `gradient` for a gradient fill. */
  readonly pattern: string;
  readonly fgColor?: ColorInfo;
  readonly bgColor?: ColorInfo;
}

/** One cell format (`<xf>` of `cellXfs`): cells point at it through their `s` attribute. */
export interface CellXf {
  readonly numFmtId: number;
  readonly fontId: number;
  readonly fillId: number;
  readonly borderId: number;
  readonly applyFill?: boolean;
  readonly applyNumberFormat?: boolean;
}

export interface StyleTable {
  readonly cellXfs: readonly CellXf[];
  /** Custom number formats by id (ids from 164 up, and any built-in id a writer redefined). */
  readonly numFmts: ReadonlyMap<number, string>;
  readonly fills: readonly FillInfo[];
  /** Whether cell style `s` formats numbers as dates (or times); false for an unknown index. */
  isDateStyle(s: number): boolean;
}
