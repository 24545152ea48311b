/**
 * The type pass of `readColumns`: a number is a date only if its number format says so, and an
 * "#N/A" string is an error only if its value type says so. Formats not read with the values are
 * fetched just for the runs of numeric cells (and types for the rare error-like text), not for
 * every cell, so the bytes read stay close to the values themselves.
 */
import type { CellValue } from '../../core/types';
import { formatArea } from './a1';
import { loadInGroups, type LoadPlan } from './adaptive-load';
import { looksLikeError, toCellValue } from './cell-values';
import type { XlContext, XlWorksheet } from './excel-api';
import { OPERATION_BYTES, packBySize } from './payload-budget';
import { bridgeRuns, toRuns } from './row-runs';

/** Response bytes per cell, generous: `"yyyy\"年\"m\"月\"d\"日\"",` is about 24. */
const FORMAT_BYTES = 28;
const TYPE_BYTES = 12;
/** A gap of this many rows costs less to read than one more operation. */
const MAX_GAP = Math.floor(OPERATION_BYTES / FORMAT_BYTES);

type Prop = 'numberFormat' | 'valueTypes';

interface Op {
  readonly prop: Prop;
  readonly left: number;
  readonly right: number;
  readonly from: number;
  readonly to: number;
}

export interface TypePassInput {
  readonly top: number;
  readonly rows: unknown[][];
  /** Number formats already read with the values (same shape as rows), where they were. */
  readonly formats?: unknown[][];
  readonly cols: readonly number[];
  readonly chunkBytes: number;
}

function cellBytes(op: Op): number {
  const per = op.prop === 'numberFormat' ? FORMAT_BYTES : TYPE_BYTES;
  return OPERATION_BYTES + (op.to - op.from + 1) * (op.right - op.left + 1) * per;
}

function splitRows(op: Op, maxBytes: number): Op[] {
  const perRow = (op.right - op.left + 1) * (op.prop === 'numberFormat' ? FORMAT_BYTES : TYPE_BYTES);
  const rowsPer = Math.max(1, Math.floor(maxBytes / perRow));
  const out: Op[] = [];
  for (let from = op.from; from <= op.to; from += rowsPer) out.push({ ...op, from, to: Math.min(op.to, from + rowsPer - 1) });
  return out;
}

/** Runs per column, then columns with the same run joined into one rectangle. */
function planOps(input: TypePassInput): Op[] {
  const byRun = new Map<string, { prop: Prop; from: number; to: number; cols: number[] }>();
  const add = (prop: Prop, from: number, to: number, col: number): void => {
    const key = `${prop}:${from}:${to}`;
    const entry = byRun.get(key) ?? { prop, from, to, cols: [] };
    entry.cols.push(col);
    byRun.set(key, entry);
  };
  for (const col of input.cols) {
    const numeric: number[] = [];
    const errors: number[] = [];
    input.rows.forEach((row, i) => {
      const v = row?.[col];
      if (typeof v === 'number' && input.formats?.[i]?.[col] === undefined) numeric.push(input.top + i);
      else if (looksLikeError(v)) errors.push(input.top + i);
    });
    for (const run of bridgeRuns(toRuns(numeric), MAX_GAP)) add('numberFormat', run.from, run.to, col);
    for (const run of bridgeRuns(toRuns(errors), MAX_GAP)) add('valueTypes', run.from, run.to, col);
  }
  const ops: Op[] = [];
  for (const e of byRun.values()) {
    for (const c of toRuns(e.cols)) ops.push({ prop: e.prop, left: c.from, right: c.to, from: e.from, to: e.to });
  }
  return ops;
}

function queueOp(ws: XlWorksheet, op: Op): () => unknown[][] {
  const range = ws.getRange(formatArea({ top: op.from, left: op.left, bottom: op.to, right: op.right })).load(op.prop);
  return () => (op.prop === 'numberFormat' ? range.numberFormat : range.valueTypes);
}

/**
 * Typed cells from raw values, fetching number formats (and value types) only where they were
 * not read with the values and a cell needs them; no round trip when none does.
 * @example
 * const rows = await resolveCellTypes(ctx, ws, { top: 3, rows: [[1, 46086]], cols: [0, 1], chunkBytes: 3.8e6 });
 * rows[0][1] // a DateValue when B3 is formatted as a date
 */
export async function resolveCellTypes(ctx: XlContext, ws: XlWorksheet, input: TypePassInput): Promise<CellValue[][]> {
  const { top, rows, formats } = input;
  const half = input.chunkBytes / 2;
  const ops: Op[] = planOps(input).flatMap((op) => splitRows(op, half));
  const plan: LoadPlan<Op, unknown[][]> = {
    queue: (op) => queueOp(ws, op),
    split: (op) => {
      if (op.to === op.from) return null;
      const mid = Math.floor((op.from + op.to) / 2);
      return [{ ...op, to: mid }, { ...op, from: mid + 1 }];
    },
  };
  const typed: CellValue[][] = rows.map((row, i) => (row ?? []).map((v, c) => (typeof v === 'number' ? toCellValue(v, formats?.[i]?.[c]) : toCellValue(v))));
  for (const { item, result: matrix } of await loadInGroups(ctx, packBySize(ops, cellBytes, input.chunkBytes), plan)) {
    for (let r = item.from; r <= item.to; r++) {
      const raw = rows[r - top];
      for (let c = item.left; c <= item.right; c++) {
        const v = raw?.[c];
        const info = matrix[r - item.from][c - item.left];
        if (item.prop === 'numberFormat' && typeof v === 'number') typed[r - top][c] = toCellValue(v, info);
        if (item.prop === 'valueTypes' && looksLikeError(v)) typed[r - top][c] = toCellValue(v, undefined, info);
      }
    }
  }
  return typed;
}
