/**
 * What every rule sees while checking one register, and the one way findings are built from it,
 * so that each finding names its cell ("D17") and field the same way.
 */
import type { CalendarDay } from '../dates/day';
import { columnLetter } from '../layout/address';
import { hasWhiteSpace } from '../text/cell-text';
import type { CellRef, FieldName, LocalText, Register, RegisterKind, RegisterLayout, RegisterRecord } from '../types';
import type { DocNumber } from './doc-number/parse-doc-number';
import { RULES } from './catalogue';
import type { Finding } from './finding';
import { FIELD_LABELS } from '../layout/field-labels';
import type { RowDeadlines } from './row-deadlines';
import type { RuleCode } from './rule-codes';
import type { RuleSettings } from './settings/rule-settings';

/** A record's deadline as the deadline engine derived it (only explicit ones are checked here). */
export interface RuleDeadline {
  readonly day: CalendarDay | null;
  readonly source: 'explicit' | 'relative' | 'default' | string;
}

export interface RuleContext {
  readonly register: Register;
  readonly sheet: string;
  readonly kind: RegisterKind | null;
  readonly asOf: CalendarDay;
  readonly settings: RuleSettings;
  /** Sheet row → deadline, when the caller ran the deadline engine. */
  readonly deadlines: RowDeadlines;
  /** Result-column words meaning finished / still open (the deadline settings' lists). */
  readonly resultWords: ResultWords;
  /** foldValue, remembered per distinct text: registers repeat their units and grades down every row. */
  readonly fold: (text: string) => string;
  /** Column letters of the mapped columns, worked out once. */
  readonly columnLetters: ReadonlyMap<number, string>;
  /** A row's document number read once for every rule that needs it; null when the cell is empty. */
  readonly readDocNumber: (record: RegisterRecord) => DocNumber | null;
}

export interface ResultWords {
  readonly finishedWords: readonly string[];
  readonly unfinishedWords: readonly string[];
}

export interface FindingDraft {
  readonly rule: RuleCode;
  readonly row: number | null;
  readonly field?: FieldName;
  readonly message: LocalText;
  readonly fix: LocalText;
  readonly related?: readonly CellRef[];
}

/**
 * The 0-based column a field is mapped to, if any.
 * @example findColumn(ctx, 'docNumber') // 3
 */
export function findColumn(ctx: RuleContext, field: FieldName): number | undefined {
  return ctx.register.layout.columns[field];
}

/**
 * The cell a field of a row sits in, when the field has a column.
 * @example locateCell(ctx, 17, 'docNumber') // { sheet: '收文登记', row: 17, col: 3 }
 */
export function locateCell(ctx: RuleContext, row: number, field: FieldName): CellRef | undefined {
  const col = findColumn(ctx, field);
  return col === undefined ? undefined : { sheet: ctx.sheet, row, col };
}

/**
 * The name of a field's cell for a message: "D17", or "第17行" / "row 17" when it has no column.
 * @example nameCell(ctx, 17, 'docNumber') // { zh: 'D17', en: 'D17' }
 */
export function nameCell(ctx: RuleContext, row: number, field?: FieldName): LocalText {
  const col = field === undefined ? undefined : findColumn(ctx, field);
  if (col === undefined) return { zh: `第${row}行`, en: `row ${row}` };
  const address = `${ctx.columnLetters.get(col) ?? columnLetter(col)}${row}`;
  return { zh: address, en: address };
}

/** Field names per layout, worked out once (see nameField). */
const FIELD_NAMES = new WeakMap<RegisterLayout, Map<FieldName, LocalText>>();

/**
 * A field as the clerk headed its column (line breaks and spaces dropped), else its usual name.
 * @example nameField(ctx, 'handler') // { zh: '承办科室', en: 'handling unit' }
 */
export function nameField(ctx: RuleContext, field: FieldName): LocalText {
  // Messages name the same few fields on thousands of rows: each layout's names are worked out once.
  let names = FIELD_NAMES.get(ctx.register.layout);
  if (!names) {
    names = new Map();
    FIELD_NAMES.set(ctx.register.layout, names);
  }
  let name = names.get(field);
  if (!name) {
    name = readFieldName(ctx.register.layout, field);
    names.set(field, name);
  }
  return name;
}

function readFieldName(layout: RegisterLayout, field: FieldName): LocalText {
  const col = layout.columns[field];
  const header = col === undefined ? undefined : layout.headers[col];
  // A two-row header reads "办理情况/办结日期": the child names the column.
  const cleaned = header?.slice(header.lastIndexOf('/') + 1).replace(/\s+/g, '') ?? '';
  return Object.freeze({ zh: cleaned || FIELD_LABELS[field].zh, en: FIELD_LABELS[field].en });
}

/**
 * A value quoted for a message, cut short when long.
 * @example quote('县财发[2026]3号') // '“县财发[2026]3号”'
 */
export function quote(text: string): string {
  // Most values hold no white space: the regular expression runs only for those that do.
  const flat = hasWhiteSpace(text) ? text.replace(/\s+/g, ' ').trim() : text;
  return `“${flat.length > 40 ? `${flat.slice(0, 40)}…` : flat}”`;
}

/**
 * Builds a finding with the catalogue's severity and the cell of its field.
 * @example makeFinding(ctx, { rule: 'urgency.invalid', row: 4, field: 'urgency', message, fix }).at // { sheet, row: 4, col: 6 }
 */
export function makeFinding(ctx: RuleContext, draft: FindingDraft): Finding {
  const at = draft.row === null || draft.field === undefined ? undefined : locateCell(ctx, draft.row, draft.field);
  // Built by assignment rather than spreads (a finding per row on big registers), keys in the order
  // findings have always serialised in.
  const finding = {
    code: draft.rule,
    rule: draft.rule,
    severity: RULES[draft.rule].severity,
    sheet: ctx.sheet,
    row: draft.row,
  } as { -readonly [K in keyof Finding]: Finding[K] };
  if (at) finding.at = at;
  if (draft.field) finding.field = draft.field;
  finding.message = draft.message;
  finding.fix = draft.fix;
  if (draft.related && draft.related.length > 0) finding.related = draft.related;
  return finding;
}
