/**
 * A new sheet described as data, so that the Office.js host and the .xlsx host draw the same
 * sheet and tests compare descriptions, not pixels. Builders in core return these; hosts render.
 */
import type { CalendarDay } from './dates/day';

/**
 * A cell of a generated sheet. Strings are always written as text, never as formulas, even when
 * they start with = + - @ (a unit named "=1+1" appears literally). `{ day }` is written as a
 * real date cell; `{ link }` is a hyperlink to a cell of another sheet of the same workbook.
 */
export type SpecValue =
  | string
  | number
  | boolean
  | null
  | { readonly day: CalendarDay }
  | { readonly text: string; readonly linkToSheet: string };

export type SpecFormat = 'text' | 'integer' | 'decimal1' | 'decimal2' | 'percent' | 'percent1' | 'date';

/** Number formats the hosts write for each {@link SpecFormat}. */
export const SPEC_NUMBER_FORMATS: Readonly<Record<SpecFormat, string>> = {
  text: '@',
  integer: '0',
  decimal1: '0.0',
  decimal2: '0.00',
  percent: '0%',
  percent1: '0.0%',
  date: 'yyyy"年"m"月"d"日"',
};

export interface SpecColumn {
  readonly header: string;
  /** Width in characters (Excel's column width unit). */
  readonly width?: number;
  readonly format?: SpecFormat;
}

/** How a row is drawn: body rows plain, a group heading bold and shaded, a total row bold. */
export type SpecRowStyle = 'body' | 'group' | 'total' | 'warning';

export interface SpecTable {
  /** Optional caption written above the table. */
  readonly caption?: string;
  readonly columns: readonly SpecColumn[];
  readonly rows: ReadonlyArray<ReadonlyArray<SpecValue>>;
  /** Same length as rows when present. */
  readonly rowStyles?: readonly SpecRowStyle[];
}

export interface ChartSpec {
  readonly type: 'column' | 'bar' | 'line' | 'pie';
  readonly title: string;
  /** Index into the sheet's tables, the column holding categories and the value columns. */
  readonly table: number;
  readonly categoryColumn: number;
  readonly valueColumns: readonly number[];
}

export interface PrintSetup {
  readonly orientation: 'portrait' | 'landscape';
  readonly paper: 'A4';
  /** Fit all columns on one page width. */
  readonly fitToWidth: boolean;
  /** Repeat the first table's header row on every printed page. */
  readonly repeatHeader: boolean;
}

export interface SheetSpec {
  /** The name wanted; hosts fit it to Excel's rules and avoid user sheets of that name. */
  readonly name: string;
  /**
   * What the sheet is, e.g. "remind" or "summary:incoming:2026". Hosts record it as the
   * add-in's own mark on the sheet, so regenerating replaces the add-in's sheet and no other.
   */
  readonly purpose: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly tables: readonly SpecTable[];
  /** Lines under the tables (notes on how figures were counted). */
  readonly notes?: readonly string[];
  readonly freezeHeader?: boolean;
  readonly print?: PrintSetup;
  readonly charts?: readonly ChartSpec[];
}
