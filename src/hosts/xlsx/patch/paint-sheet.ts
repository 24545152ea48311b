/**
 * Paints the rows of one worksheet part with mark fills and records what every painted cell
 * looked like before, in one pass over the part. A cell that already carries one of our marks
 * keeps the "before" recorded when it was first marked, so marking twice never stacks.
 */
import type { FillState, MarkKind, MarkLogEntry, RowMark } from '../../../core/marks/mark-types';
import type { MarkPainter } from './mark-styles';
import { restyleCells, type CellState, type RowRestyle } from './restyle-cells';

/** The last column Excel has (XFD), 0-based. */
const LAST_COL = 16_383;
const COLS = LAST_COL + 1;

export interface PaintResult {
  readonly xml: string;
  readonly entries: MarkLogEntry[];
  readonly rowsMarked: number;
  readonly byKind: Partial<Record<MarkKind, number>>;
}

/** The "before" an earlier mark recorded for a cell of this mark, when the log has one. */
export type EarlierFill = (mark: RowMark, col: number) => FillState | undefined;

/**
 * @example paintSheet('收文登记', sheetXml, [{ row: 5, fromCol: 0, toCol: 9, kind: 'overdue', key: 'a1b2' }], painter, () => undefined)
 */
export function paintSheet(sheet: string, xml: string, marks: readonly RowMark[], painter: MarkPainter, earlier: EarlierFill): PaintResult {
  const painting = planPaint(sheet, marks, painter, earlier);
  const out = restyleCells(xml, painting.plan);
  return { xml: out, ...painting.result() };
}

/** A paint as a restyle plan, and what it did once the plan has run over the sheet. */
export interface PaintPlan {
  readonly plan: ReadonlyMap<number, RowRestyle>;
  result(): Omit<PaintResult, 'xml'>;
}

/**
 * The plan of {@link paintSheet}, for a patch that runs it over the sheet piece by piece.
 * @example const p = planPaint('收文登记', marks, painter, () => undefined); await restyleSheetStream(draft, path, p.plan, '收文登记'); p.result()
 */
export function planPaint(sheet: string, marks: readonly RowMark[], painter: MarkPainter, earlier: EarlierFill): PaintPlan {
  const byRow = new Map<number, Map<number, RowMark>>();
  for (const m of marks) {
    if (!isPaintable(m)) continue;
    let cols = byRow.get(m.row);
    if (!cols) byRow.set(m.row, (cols = new Map()));
    for (let c = m.fromCol; c <= Math.min(m.toCol, LAST_COL); c++) cols.set(c, m);
  }
  // Keyed by row × 2^14 + column (Excel has 2^14 columns): no string per painted cell.
  const befores = new Map<number, FillState>();
  const plan = new Map<number, RowRestyle>();
  for (const [row, cols] of byRow) {
    plan.set(row, {
      cols: [...cols.keys()].sort((a, b) => a - b),
      decide: (cell: CellState) => {
        const mark = cols.get(cell.col) as RowMark;
        const before = (cell.exists && painter.isMarked(cell.style) ? earlier(mark, cell.col) : undefined) ?? describeCell(cell, painter);
        befores.set(row * COLS + cell.col, before);
        const base = before.absent ? (cell.inherited ?? 0) : (before.styleIndex ?? cell.style ?? 0);
        return { style: painter.paintedXf(base, mark.kind) };
      },
    });
  }
  const result = (): Omit<PaintResult, 'xml'> => {
    const entries: MarkLogEntry[] = [];
    const byKind: Partial<Record<MarkKind, number>> = {};
    for (const m of marks) {
      if (!isPaintable(m)) continue;
      const before: FillState[] = [];
      for (let c = m.fromCol; c <= Math.min(m.toCol, LAST_COL); c++) before.push(befores.get(m.row * COLS + c) ?? { pattern: 'none', absent: true });
      entries.push({ sheet, kind: m.kind, row: m.row, fromCol: m.fromCol, toCol: Math.min(m.toCol, LAST_COL), key: m.key, before });
      byKind[m.kind] = (byKind[m.kind] ?? 0) + 1;
    }
    return { entries, rowsMarked: byRow.size, byKind };
  };
  return { plan, result };
}

/** A mark inside the sheet's grid; anything else (a bad row or column span) is skipped. */
function isPaintable(m: RowMark): boolean {
  return Number.isInteger(m.row) && m.row >= 1 && m.row <= 1_048_576 && Number.isInteger(m.fromCol) && Number.isInteger(m.toCol) && m.fromCol >= 0 && m.fromCol <= Math.min(m.toCol, LAST_COL);
}

function describeCell(cell: CellState, painter: MarkPainter): FillState {
  if (!cell.exists) return { ...painter.describe(cell.inherited ?? 0), absent: true };
  const look = painter.describe(cell.style ?? 0);
  return cell.style === null ? look : { ...look, styleIndex: cell.style };
}
