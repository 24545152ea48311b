/**
 * Where a column's data validations are, found through Office.js, which cannot list a sheet's
 * validations: it only tells, for a range, the one type all its cells share — or `None`, or
 * `MixedCriteria` / `Inconsistent` when they differ. A span that is not uniform is cut into 16
 * pieces and asked again, all spans of all columns in one sync per level, so a million rows take
 * at most five levels; the prompt title (which tells the add-in's own rules) is loaded for the
 * uniform pieces with the next level. A fresh register (no validation) costs one sync.
 */
import { ADD_IN_PROMPT_TITLE } from '../../xlsx/edit/validation-scan';
import { formatArea } from '../a1';
import type { XlContext, XlWorksheet } from '../excel-api';
import { validationOf } from './edit-api';

/** Rows of a column: 1-based, inclusive. */
export interface ColumnSpan {
  readonly col: number;
  readonly top: number;
  readonly bottom: number;
}

/** A stretch of a column under one validation. */
export interface FoundSegment extends ColumnSpan {
  /** Office.js type (List, Date, …); `Mixed` where the survey gave up splitting. */
  readonly type: string;
  readonly ownedByAddIn: boolean;
}

export const LAST_ROW = 1_048_576;
/** Pieces a non-uniform span is cut into per level. */
const FAN_OUT = 16;
/** Spans asked about in one survey at most; past it, what is left is reported as the clerk's (never replaced unasked). */
const MAX_PROBES = 4_000;

function addressOf(span: ColumnSpan): string {
  return formatArea({ top: span.top, left: span.col, bottom: span.bottom, right: span.col });
}

function cut(span: ColumnSpan): ColumnSpan[] {
  const rows = span.bottom - span.top + 1;
  const step = Math.ceil(rows / FAN_OUT);
  const out: ColumnSpan[] = [];
  for (let top = span.top; top <= span.bottom; top += step) out.push({ col: span.col, top, bottom: Math.min(span.bottom, top + step - 1) });
  return out;
}

/**
 * The validated segments of the spans, adjacent pieces of one kind joined. The first sync (there
 * is always one) also delivers whatever the caller queued before calling.
 * @example await surveyValidations(ctx, ws, [{ col: 5, top: 1, bottom: 1_048_576 }]) // [{ col: 5, top: 3, bottom: 40, type: 'List', ownedByAddIn: false }]
 */
export async function surveyValidations(ctx: XlContext, ws: XlWorksheet, spans: readonly ColumnSpan[]): Promise<FoundSegment[]> {
  const found: FoundSegment[] = [];
  let pending = spans.filter((s) => s.top <= s.bottom);
  let uniform: Array<{ span: ColumnSpan; type: string }> = [];
  let probes = 0;
  if (pending.length === 0) await ctx.sync();
  while (pending.length > 0 || uniform.length > 0) {
    const asked = pending.map((span) => ({ span, dv: validationOf(ws.getRange(addressOf(span))).load('type') }));
    const titled = uniform.map((u) => ({ ...u, dv: validationOf(ws.getRange(addressOf(u.span))).load('prompt') }));
    probes += asked.length;
    await ctx.sync();
    for (const t of titled) found.push({ ...t.span, type: t.type, ownedByAddIn: t.dv.prompt?.title === ADD_IN_PROMPT_TITLE });
    pending = [];
    uniform = [];
    for (const { span, dv } of asked) {
      if (dv.type === 'None') continue;
      if (dv.type !== 'Inconsistent' && dv.type !== 'MixedCriteria') uniform.push({ span, type: dv.type });
      else if (probes + FAN_OUT > MAX_PROBES || span.top === span.bottom) found.push({ ...span, type: 'Mixed', ownedByAddIn: false });
      else pending.push(...cut(span));
    }
  }
  return joinSegments(found);
}

function joinSegments(found: readonly FoundSegment[]): FoundSegment[] {
  const sorted = [...found].sort((a, b) => a.col - b.col || a.top - b.top);
  const out: FoundSegment[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && last.col === s.col && last.bottom + 1 === s.top && last.type === s.type && last.ownedByAddIn === s.ownedByAddIn) out[out.length - 1] = { ...last, bottom: s.bottom };
    else out.push(s);
  }
  return out;
}

/** A segment's address as ExistingValidation states it: "F3:F40". */
export function segmentRef(s: ColumnSpan): string {
  return addressOf(s);
}
