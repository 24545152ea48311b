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
  const byRow = new Map<number, PaintedRow>();
  for (const m of marks) {
    if (!isPaintable(m)) continue;
    const last = Math.min(m.toCol, LAST_COL);
    let row = byRow.get(m.row);
    if (!row) byRow.set(m.row, (row = { from: m.fromCol, marks: [], befores: [] }));
    if (m.fromCol < row.from) {
      // A later mark of the row starts further left: the row's arrays shift to make room.
      const shift = row.from - m.fromCol;
      row.marks = [...new Array<RowMark | undefined>(shift), ...row.marks];
      row.from = m.fromCol;
    }
    for (let c = m.fromCol; c <= last; c++) row.marks[c - row.from] = m;
  }
  // A row's "before" fills sit in an array by column, and cells that looked alike share one
  // object: 20,000 marked rows of ten cells would otherwise keep 200,000 fresh objects alive.
  const looks = new SharedLooks(painter);
  const plan = new Map<number, RowRestyle>();
  for (const [rowNumber, row] of byRow) {
    const cols: number[] = [];
    row.marks.forEach((m, i) => m && cols.push(row.from + i));
    plan.set(rowNumber, {
      cols,
      decide: (cell: CellState) => {
        const mark = row.marks[cell.col - row.from] as RowMark;
        const before = (cell.exists && painter.isMarked(cell.style) ? earlier(mark, cell.col) : undefined) ?? looks.of(cell);
        row.befores[cell.col - row.from] = before;
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
      const row = byRow.get(m.row) as PaintedRow;
      const before: FillState[] = [];
      for (let c = m.fromCol; c <= Math.min(m.toCol, LAST_COL); c++) before.push(row.befores[c - row.from] ?? NOT_SEEN);
      entries.push({ sheet, kind: m.kind, row: m.row, fromCol: m.fromCol, toCol: Math.min(m.toCol, LAST_COL), key: m.key, before });
      byKind[m.kind] = (byKind[m.kind] ?? 0) + 1;
    }
    return { entries, rowsMarked: byRow.size, byKind };
  };
  return { plan, result };
}

/** A planned row: the mark painting each column and what each cell looked like, from `from` on. */
interface PaintedRow {
  from: number;
  marks: Array<RowMark | undefined>;
  readonly befores: Array<FillState | undefined>;
}

/** The "before" of a cell the patch never reached. */
const NOT_SEEN: FillState = { pattern: 'none', absent: true };

/** One FillState per look a cell can have (by format, absent or not, own `s` or none). */
class SharedLooks {
  private readonly absent = new Map<number, FillState>();
  private readonly own = new Map<number, FillState>();
  private readonly noStyle = new Map<number, FillState>();

  constructor(private readonly painter: MarkPainter) {}

  of(cell: CellState): FillState {
    const s = cell.exists ? (cell.style ?? 0) : (cell.inherited ?? 0);
    const table = !cell.exists ? this.absent : cell.style === null ? this.noStyle : this.own;
    let look = table.get(s);
    if (look === undefined) table.set(s, (look = describeCell(cell, this.painter)));
    return look;
  }
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
