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
  const byRow = new Map<number, Map<number, RowMark>>();
  for (const m of marks) {
    if (!isPaintable(m)) continue;
    let cols = byRow.get(m.row);
    if (!cols) byRow.set(m.row, (cols = new Map()));
    for (let c = m.fromCol; c <= Math.min(m.toCol, LAST_COL); c++) cols.set(c, m);
  }
  const befores = new Map<string, FillState>();
  const plan = new Map<number, RowRestyle>();
  for (const [row, cols] of byRow) {
    plan.set(row, {
      cols: [...cols.keys()].sort((a, b) => a - b),
      decide: (cell: CellState) => {
        const mark = cols.get(cell.col) as RowMark;
        const before = (cell.exists && painter.isMarked(cell.style) ? earlier(mark, cell.col) : undefined) ?? describeCell(cell, painter);
        befores.set(`${row}:${cell.col}`, before);
        const base = before.absent ? (cell.inherited ?? 0) : (before.styleIndex ?? cell.style ?? 0);
        return { style: painter.paintedXf(base, mark.kind) };
      },
    });
  }
  const out = restyleCells(xml, plan);
  const entries: MarkLogEntry[] = [];
  const byKind: Partial<Record<MarkKind, number>> = {};
  for (const m of marks) {
    if (!isPaintable(m)) continue;
    const before: FillState[] = [];
    for (let c = m.fromCol; c <= Math.min(m.toCol, LAST_COL); c++) before.push(befores.get(`${m.row}:${c}`) ?? { pattern: 'none', absent: true });
    entries.push({ sheet, kind: m.kind, row: m.row, fromCol: m.fromCol, toCol: Math.min(m.toCol, LAST_COL), key: m.key, before });
    byKind[m.kind] = (byKind[m.kind] ?? 0) + 1;
  }
  return { xml: out, entries, rowsMarked: byRow.size, byKind };
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
