/**
 * The shared vocabulary of the engine: cells in, layouts, records, problems and statuses out.
 * Every host and every rule speaks these types; none of them knows Office.js, the DOM or Node.
 */
import type { CalendarDay } from './dates/day';

/** An Excel error value as a cell shows it: `#N/A`, `#REF!`, `#DIV/0!`, … */
export interface ErrorValue {
  readonly type: 'error';
  readonly code: string;
}

/**
 * A number the workbook formats as a date. Hosts tag it so that the engine never has to guess
 * whether 45992 is a count or a day. `day` is null when the serial is outside 1900-01-01..9999-12-31.
 */
export interface DateValue {
  readonly type: 'date';
  readonly serial: number;
  readonly day: CalendarDay | null;
}

/** What one cell holds, as a host hands it over. `null` is an empty cell. */
export type CellValue = string | number | boolean | null | DateValue | ErrorValue;

/** A rectangle of merged cells, 1-based sheet rows and 0-based columns (A = 0), inclusive. */
export interface MergedRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Cells of one sheet, or of a band of its rows. `rows[i]` is sheet row `top + i` (1-based);
 * `rows[i][c]` is column c (0-based, A = 0). A missing entry is an empty cell or a column the
 * host was not asked to read; rows may be sparse arrays.
 */
export interface Grid {
  readonly sheet: string;
  readonly top: number;
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue | undefined>>;
  readonly merges?: readonly MergedRange[];
  /** 1-based sheet rows hidden by the clerk (not by a filter). */
  readonly hiddenRows?: ReadonlySet<number>;
  /** What the host met reading these cells: a damaged or refused sheet part, a bad index. */
  readonly problems?: readonly Problem[];
}

/** A cell address: sheet name, 1-based row, 0-based column. */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export type RegisterKind = 'incoming' | 'outgoing' | 'supervision' | 'submissions';

export const REGISTER_KINDS: readonly RegisterKind[] = ['incoming', 'outgoing', 'supervision', 'submissions'];

/** The one field vocabulary of shared/domain.md. */
export type FieldName =
  | 'serialNo'
  | 'receivedDate'
  | 'issuedDate'
  | 'assignedDate'
  | 'sender'
  | 'docNumber'
  | 'title'
  | 'matter'
  | 'source'
  | 'leader'
  | 'category'
  | 'classification'
  | 'urgency'
  | 'copies'
  | 'copyNo'
  | 'handler'
  | 'coHandlers'
  | 'handlerPerson'
  | 'draftingUnit'
  | 'signer'
  | 'recipients'
  | 'deadline'
  | 'completedDate'
  | 'result'
  | 'progress'
  | 'supervised'
  | 'returnedDate'
  | 'revisit'
  | 'satisfaction'
  | 'adoption'
  | 'remarks';

/** Fields whose cells are calendar days. `deadline` is not one: it may hold a period or a phrase. */
export const DATE_FIELDS = [
  'receivedDate',
  'issuedDate',
  'assignedDate',
  'completedDate',
  'returnedDate',
] as const satisfies readonly FieldName[];
export type DateField = (typeof DATE_FIELDS)[number];

/** Localised text: zh-CN is what a clerk reads first; en-US is the second language. */
export interface LocalText {
  readonly zh: string;
  readonly en: string;
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem is a value, never a thrown string: a stable code, where it is, what is wrong and
 * what to do. Reading problems, rule findings and deadline warnings all take this shape.
 */
export interface Problem {
  readonly code: string;
  readonly severity: Severity;
  /** The cell it is about, when it is about one. */
  readonly at?: CellRef;
  readonly field?: FieldName;
  readonly message: LocalText;
  /** What a correct entry looks like, or what to do next. */
  readonly fix?: LocalText;
}

/** A column the detector considered for a field but did not take, and why. */
export interface ColumnAlternative {
  readonly field: FieldName;
  readonly col: number;
  readonly header: string;
  readonly reason: LocalText;
}

/** What the detector learnt about one sheet. Rows are 1-based sheet rows, columns 0-based. */
export interface RegisterLayout {
  readonly sheet: string;
  /** null: not a register (instructions, a hand-made summary, an empty sheet). */
  readonly kind: RegisterKind | null;
  /** 0..1 */
  readonly confidence: number;
  readonly headerRows: readonly [number, number] | null;
  /** First data row (the row under the header); the last is known only once records are read. */
  readonly firstDataRow: number | null;
  /** Last column (0-based) of the register's own table: marks never go beyond it. */
  readonly lastCol: number;
  readonly columns: Readonly<Partial<Record<FieldName, number>>>;
  /** Header text per column as the clerk wrote it (line breaks kept), 0-based column → text. */
  readonly headers: ReadonlyArray<string | undefined>;
  readonly alternatives: readonly ColumnAlternative[];
  /** Year the register is about when its title or sheet name says so ("2026年收文登记簿"). */
  readonly year: number | null;
  readonly problems: readonly Problem[];
}

/** One data row of a register. Raw cell values are kept; dates are parsed once, here. */
export interface RegisterRecord {
  /** 1-based sheet row. */
  readonly row: number;
  readonly values: Readonly<Partial<Record<FieldName, CellValue>>>;
  readonly dates: Readonly<Partial<Record<DateField, CalendarDay>>>;
  /** Parse problems, each attached to the cell it came from. */
  readonly problems: readonly Problem[];
}

/** A register read out of a sheet: its layout, its records and the rows it spans. */
export interface Register {
  readonly layout: RegisterLayout;
  readonly records: readonly RegisterRecord[];
  /** [first, last] 1-based sheet rows holding records, null when there are none. */
  readonly dataRows: readonly [number, number] | null;
  readonly problems: readonly Problem[];
}

export type ItemStatus = 'done' | 'doneLate' | 'overdue' | 'dueSoon' | 'open' | 'noDeadline';

export const ITEM_STATUSES: readonly ItemStatus[] = ['done', 'doneLate', 'overdue', 'dueSoon', 'open', 'noDeadline'];
