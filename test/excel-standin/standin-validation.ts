/**
 * `Range.dataValidation` (ExcelApi 1.8) of the stand-in. A sheet holds validations, each over a
 * set of disjoint rectangles, with its rule, error alert, prompt and ignoreBlanks. As strict as
 * the rest of the stand-in: `type` and the rest are readable only after load and sync, changes
 * run at sync through the journal, a protected sheet refuses them.
 *
 * Choices where Excel's behaviour is not documented (a test in real Excel can check them):
 * - setting `rule` on cells that already have validation is refused (InvalidOperation): the host
 *   must clear first, which is right in Excel whatever it does there;
 * - `errorAlert`, `prompt` and `ignoreBlanks` can be set only on a range one validation covers
 *   exactly (as right after setting its rule);
 * - on a range without one uniform validation, `rule`, `errorAlert`, `prompt` and `ignoreBlanks`
 *   read null; `type` reads `MixedCriteria` (validation on some cells only) or `Inconsistent`
 *   (different validations), as documented.
 */
import type { Cells, Locator } from './locator';
import { StandinObject, type ProxyContext } from './proxy-base';
import { assertWritable } from './cell-writes';
import { formatRect, intersects, type Rect } from './standin-a1';
import { StandinError } from './standin-error';
import type { SheetState } from './workbook-state';

export interface AlertState {
  readonly message: string;
  readonly showAlert: boolean;
  readonly style: string;
  readonly title: string;
}

export interface PromptState {
  readonly message: string;
  readonly showPrompt: boolean;
  readonly title: string;
}

export interface ValidationState {
  readonly id: string;
  rects: readonly Rect[];
  /** Office.js type: List, Date, WholeNumber, … */
  readonly type: string;
  readonly rule: Readonly<Record<string, unknown>>;
  errorAlert: AlertState;
  prompt: PromptState;
  ignoreBlanks: boolean;
}

const RULE_TYPES: Readonly<Record<string, string>> = {
  list: 'List', date: 'Date', time: 'Time', wholeNumber: 'WholeNumber', decimal: 'Decimal', textLength: 'TextLength', custom: 'Custom',
};
/** Excel's limits on the texts of a validation. */
const TITLE_MAX = 32;
const TEXT_MAX = 255;

const store = new WeakMap<SheetState, ValidationState[]>();
let nextId = 1;

/** The validations of a sheet (the live list: tests may read it, changes go through the journal). */
export function validationsOf(sheet: SheetState): ValidationState[] {
  let list = store.get(sheet);
  if (!list) store.set(sheet, (list = []));
  return list;
}

/** Puts a validation on a sheet as a clerk would have (for setting up tests; no journal). */
export function seedValidation(sheet: SheetState, rects: readonly Rect[], init: { type: string; promptTitle?: string; rule?: Record<string, unknown> }): ValidationState {
  const v: ValidationState = {
    id: `dv${nextId++}`,
    rects: [...rects],
    type: init.type,
    rule: init.rule ?? {},
    errorAlert: { message: '', showAlert: true, style: 'Stop', title: '' },
    prompt: { message: '', showPrompt: false, title: init.promptTitle ?? '' },
    ignoreBlanks: true,
  };
  validationsOf(sheet).push(v);
  return v;
}

function overlap(a: Rect, b: Rect): number {
  const rows = Math.min(a.row + a.rows, b.row + b.rows) - Math.max(a.row, b.row);
  const cols = Math.min(a.col + a.cols, b.col + b.cols) - Math.max(a.col, b.col);
  return rows > 0 && cols > 0 ? rows * cols : 0;
}

/** What is left of `a` once `b` is cut out: up to four rectangles. */
export function subtractRect(a: Rect, b: Rect): Rect[] {
  if (!intersects(a, b)) return [a];
  const out: Rect[] = [];
  const top = Math.max(a.row, b.row);
  const bottom = Math.min(a.row + a.rows, b.row + b.rows);
  if (b.row > a.row) out.push({ row: a.row, col: a.col, rows: b.row - a.row, cols: a.cols });
  if (a.row + a.rows > bottom) out.push({ row: bottom, col: a.col, rows: a.row + a.rows - bottom, cols: a.cols });
  if (b.col > a.col) out.push({ row: top, col: a.col, rows: bottom - top, cols: b.col - a.col });
  if (a.col + a.cols > b.col + b.cols) out.push({ row: top, col: b.col + b.cols, rows: bottom - top, cols: a.col + a.cols - b.col - b.cols });
  return out;
}

function covered(v: ValidationState, rect: Rect): number {
  return v.rects.reduce((n, r) => n + overlap(r, rect), 0);
}

function checkText(text: unknown, max: number, what: string): string {
  if (typeof text !== 'string') throw new StandinError('InvalidArgument', `${what} must be text.`);
  if ([...text].length > max) throw new StandinError('InvalidArgument', `${what} is longer than ${max} characters.`);
  return text;
}

function readRule(rule: unknown): { type: string; rule: Record<string, unknown> } {
  const keys = rule && typeof rule === 'object' ? Object.keys(rule) : [];
  if (keys.length !== 1 || !RULE_TYPES[keys[0]]) throw new StandinError('InvalidArgument', 'A data validation rule needs exactly one criterion.');
  const body = (rule as Record<string, unknown>)[keys[0]];
  if (!body || typeof body !== 'object') throw new StandinError('InvalidArgument', 'The criterion of a data validation rule is missing.');
  const b = body as Record<string, unknown>;
  if (keys[0] === 'list') checkText(b.source, TEXT_MAX, 'A list source');
  if (keys[0] === 'list' && b.source === '') throw new StandinError('InvalidArgument', 'A list source cannot be empty.');
  if (keys[0] === 'date' && (b.formula1 === undefined || typeof b.operator !== 'string')) {
    throw new StandinError('InvalidArgument', 'A date rule needs formula1 and an operator.');
  }
  return { type: RULE_TYPES[keys[0]], rule: JSON.parse(JSON.stringify(rule)) as Record<string, unknown> };
}

export class DataValidationStandin extends StandinObject {
  protected readonly loadable = ['type', 'rule', 'errorAlert', 'prompt', 'ignoreBlanks'];

  constructor(ctx: ProxyContext, path: string, private readonly cells: Locator<Cells>) {
    super(ctx, `${path}.dataValidation`);
  }

  private target(): { sheet: SheetState; rect: Rect; list: ValidationState[] } {
    const { sheet, rects } = this.cells.require();
    return { sheet, rect: rects[0], list: validationsOf(sheet) };
  }

  /** The one validation covering exactly the whole range, if any. */
  private uniform(): ValidationState | null {
    const { rect, list } = this.target();
    const hits = list.filter((v) => v.rects.some((r) => intersects(r, rect)));
    return hits.length === 1 && covered(hits[0], rect) === rect.rows * rect.cols ? hits[0] : null;
  }

  protected current(name: string): unknown {
    const { rect, list } = this.target();
    const one = this.uniform();
    if (name === 'type') {
      const hits = list.filter((v) => v.rects.some((r) => intersects(r, rect)));
      if (hits.length === 0) return 'None';
      if (one) return one.type;
      const all = hits.reduce((n, v) => n + covered(v, rect), 0) === rect.rows * rect.cols;
      return hits.length > 1 && all ? 'Inconsistent' : 'MixedCriteria';
    }
    if (!one) return null;
    if (name === 'rule') return one.rule;
    if (name === 'errorAlert') return { ...one.errorAlert };
    if (name === 'prompt') return { ...one.prompt };
    return one.ignoreBlanks;
  }

  get type(): string { return this.prop('type'); }

  get rule(): Record<string, unknown> { return this.prop('rule'); }
  set rule(rule: Record<string, unknown>) {
    this.queueWrite('setDataValidationRule', rule, () => {
      const { sheet, rect, list } = this.target();
      assertWritable(sheet);
      if (list.some((v) => v.rects.some((r) => intersects(r, rect)))) {
        throw new StandinError('InvalidOperation', `${formatRect(sheet.name, rect)} already has data validation; clear it first.`);
      }
      const read = readRule(rule);
      const v: ValidationState = {
        id: `dv${nextId++}`,
        rects: [rect],
        type: read.type,
        rule: read.rule,
        errorAlert: { message: '', showAlert: true, style: 'Stop', title: '' },
        prompt: { message: '', showPrompt: false, title: '' },
        ignoreBlanks: true,
      };
      this.ctx.state.journal.arrayInsert(list, list.length, v);
    });
  }

  get errorAlert(): AlertState { return this.prop('errorAlert'); }
  set errorAlert(alert: AlertState) {
    this.change('setDataValidationErrorAlert', alert, (v) => {
      if (!['Stop', 'Warning', 'Information'].includes(alert.style)) throw new StandinError('InvalidArgument', `Unknown alert style ${alert.style}`);
      const next = { message: checkText(alert.message, TEXT_MAX, 'An error message'), showAlert: alert.showAlert !== false, style: alert.style, title: checkText(alert.title, TITLE_MAX, 'An error title') };
      this.ctx.state.journal.setField(v, 'errorAlert', next);
    });
  }

  get prompt(): PromptState { return this.prop('prompt'); }
  set prompt(prompt: PromptState) {
    this.change('setDataValidationPrompt', prompt, (v) => {
      const next = { message: checkText(prompt.message, TEXT_MAX, 'A prompt message'), showPrompt: prompt.showPrompt === true, title: checkText(prompt.title, TITLE_MAX, 'A prompt title') };
      this.ctx.state.journal.setField(v, 'prompt', next);
    });
  }

  get ignoreBlanks(): boolean { return this.prop('ignoreBlanks'); }
  set ignoreBlanks(value: boolean) {
    this.change('setDataValidationIgnoreBlanks', value, (v) => this.ctx.state.journal.setField(v, 'ignoreBlanks', value === true));
  }

  clear(): void {
    this.queueWrite('clearDataValidation', null, () => {
      const { sheet, rect, list } = this.target();
      assertWritable(sheet);
      for (let i = list.length - 1; i >= 0; i--) {
        const v = list[i];
        if (!v.rects.some((r) => intersects(r, rect))) continue;
        const left = v.rects.flatMap((r) => subtractRect(r, rect));
        if (left.length === 0) this.ctx.state.journal.arrayRemove(list, i);
        else this.ctx.state.journal.setField(v, 'rects', left);
      }
    });
  }

  load(names?: string | string[]): DataValidationStandin {
    this.queueLoad(names);
    return this;
  }

  private change(op: string, args: unknown, apply: (v: ValidationState) => void): void {
    this.queueWrite(op, args, () => {
      const { sheet, rect } = this.target();
      assertWritable(sheet);
      const one = this.uniform();
      if (!one) throw new StandinError('InvalidOperation', `${formatRect(sheet.name, rect)} has no single data validation to change.`);
      apply(one);
    });
  }
}

/** A sheet's validations as addresses, for asserting (`{ address: '收文登记!F3:F40', type: 'List', promptTitle: '台账助手' }`). */
export function describeValidations(sheet: SheetState): Array<{ address: string; type: string; promptTitle: string; errorTitle: string }> {
  return validationsOf(sheet).map((v) => ({
    address: v.rects.map((r) => formatRect(sheet.name, r)).join(','),
    type: v.type,
    promptTitle: v.prompt.title,
    errorTitle: v.errorAlert.title,
  }));
}
