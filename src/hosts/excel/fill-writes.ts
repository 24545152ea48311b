/**
 * Painting and restoring fills with as few calls as possible: cells that get the same fill are
 * gathered into multi-area ranges (`getRanges`), consecutive rows with the same columns joined
 * into one rectangle, so one call paints or restores many rows.
 */
import type { FillState, RowMark } from '../../core/marks/mark-types';
import { MARK_PALETTE } from '../../core/marks/palette';
import { areaAddresses, rowAreas } from './area-batches';
import type { XlFillProperties, XlWorksheet } from './excel-api';
import { fillKey, officeFillOf } from './fill-state';
import { OPERATION_BYTES } from './payload-budget';
import { toRuns } from './row-runs';

/** One call: a fill (or null: clear the fill) on a multi-area address. */
export interface FillOp {
  readonly address: string;
  readonly fill: XlFillProperties | null;
}

export interface CellFill {
  readonly row: number;
  readonly col: number;
  readonly fill: FillState;
}

function opsFor(fill: XlFillProperties | null, rowsByCols: ReadonlyMap<string, number[]>): FillOp[] {
  const ops: FillOp[] = [];
  for (const [cols, rows] of rowsByCols) {
    const [left, right] = cols.split(':').map(Number);
    for (const address of areaAddresses(rowAreas(rows, left, right))) ops.push({ address, fill });
  }
  return ops;
}

function addRow(map: Map<string, number[]>, left: number, right: number, row: number): void {
  const key = `${left}:${right}`;
  const rows = map.get(key);
  if (rows) rows.push(row);
  else map.set(key, [row]);
}

/**
 * The calls that paint marked rows in their palette colours.
 * @example paintOps([{ row: 5, fromCol: 0, toCol: 5, kind: 'overdue', key: 'k' }]) // [{ address: 'A5:F5', fill: { color: '#FF7C80', pattern: 'Solid', tintAndShade: 0 } }]
 */
export function paintOps(marks: readonly RowMark[]): FillOp[] {
  const byKind = new Map<string, Map<string, number[]>>();
  for (const m of marks) {
    const map = byKind.get(m.kind) ?? new Map<string, number[]>();
    addRow(map, m.fromCol, m.toCol, m.row);
    byKind.set(m.kind, map);
  }
  return [...byKind].flatMap(([kind, map]) => opsFor({ color: `#${MARK_PALETTE[kind as RowMark['kind']].rgb}`, pattern: 'Solid', tintAndShade: 0 }, map));
}

/**
 * The calls that give cells their logged fills back, and the cells Office.js cannot restore.
 * @example restoreOps([{ row: 5, col: 0, fill: { pattern: 'none' } }]).ops // [{ address: 'A5', fill: null }]
 */
export function restoreOps(cells: readonly CellFill[]): { ops: FillOp[]; unrestorable: CellFill[] } {
  const byFill = new Map<string, { fill: XlFillProperties | null; cells: Map<number, number[]> }>();
  const unrestorable: CellFill[] = [];
  for (const cell of cells) {
    const office = officeFillOf(cell.fill);
    if (office === undefined) {
      unrestorable.push(cell);
      continue;
    }
    const key = fillKey(cell.fill);
    const group = byFill.get(key) ?? { fill: office, cells: new Map<number, number[]>() };
    const cols = group.cells.get(cell.row);
    if (cols) cols.push(cell.col);
    else group.cells.set(cell.row, [cell.col]);
    byFill.set(key, group);
  }
  const ops: FillOp[] = [];
  for (const { fill, cells: byRow } of byFill.values()) {
    const rowsByCols = new Map<string, number[]>();
    for (const [row, cols] of byRow) for (const run of toRuns(cols)) addRow(rowsByCols, run.from, run.to, row);
    ops.push(...opsFor(fill, rowsByCols));
  }
  return { ops, unrestorable };
}

export function fillOpBytes(op: FillOp): number {
  return OPERATION_BYTES * (op.fill?.patternColor === undefined ? 3 : 5) + op.address.length;
}

/**
 * Queues one call (no sync). Colour, then pattern, then tint: whether Excel resets the tint with
 * the colour is not documented, so the tint is always set after it; the stripes' colour last.
 * @example queueFillOp(ws, { address: 'A5:L5,A9:L9', fill: null }) // clears both rows' fill
 */
export function queueFillOp(ws: XlWorksheet, op: FillOp): void {
  const fill = ws.getRanges(op.address).format.fill;
  if (op.fill === null) {
    fill.clear();
    return;
  }
  if (op.fill.color !== undefined) fill.color = op.fill.color;
  if (op.fill.pattern !== undefined) fill.pattern = op.fill.pattern;
  // Set even when 0: whether Excel resets the tint with the colour is not documented.
  if (op.fill.tintAndShade !== undefined) fill.tintAndShade = op.fill.tintAndShade;
  if (op.fill.patternColor !== undefined) fill.patternColor = op.fill.patternColor;
  if (op.fill.patternTintAndShade !== undefined) fill.patternTintAndShade = op.fill.patternTintAndShade;
}
