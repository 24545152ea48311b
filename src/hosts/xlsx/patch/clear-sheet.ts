/**
 * Takes marks off one worksheet part: every cell that still carries one of our fills gets back
 * its recorded style index exactly (an inserted empty cell is removed again), or — for a fill the
 * Excel host logged by its look — a copy of its current format with that fill; a cell the clerk
 * re-coloured since is left alone and counted.
 */
import type { FillState, MarkLogEntry } from '../../../core/marks/mark-types';
import type { MarkPainter } from './mark-styles';
import { restyleCells, type CellChange, type CellState, type RowRestyle } from './restyle-cells';

export interface ClearResult {
  readonly xml: string;
  readonly rowsRestored: number;
  readonly cellsKeptByUser: number;
  readonly rowsNotFound: number;
  /**
   * Entries with a cell whose logged fill no styles part can hold (a gradient the Excel host
   * saw): those cells keep their mark, so the entries must stay in the log. Their cells are
   * counted with the cells kept.
   */
  readonly unrestorable: ReadonlySet<MarkLogEntry>;
}

interface Tally {
  restored: number;
  kept: number;
}

/**
 * @param locate the row an entry's cells are in now (found again by its key after a sort).
 * @example clearSheet(sheetXml, log.entries.filter((e) => e.sheet === '收文登记'), (e) => e.row, painter)
 */
export function clearSheet(xml: string, entries: readonly MarkLogEntry[], locate: (entry: MarkLogEntry) => number, painter: MarkPainter): ClearResult {
  const clearing = planClear(entries, locate, painter);
  return { xml: restyleCells(xml, clearing.plan), ...clearing.result() };
}

/** A clear as a restyle plan, and what it did once the plan has run over the sheet. */
export interface ClearPlan {
  readonly plan: ReadonlyMap<number, RowRestyle>;
  result(): Omit<ClearResult, 'xml'>;
}

/**
 * The plan of {@link clearSheet}, for a patch that runs it over the sheet piece by piece.
 * @example const c = planClear(entries, (e) => e.row, painter); await restyleSheetStream(draft, path, c.plan, '收文登记'); c.result()
 */
export function planClear(entries: readonly MarkLogEntry[], locate: (entry: MarkLogEntry) => number, painter: MarkPainter): ClearPlan {
  const targets = new Map<number, Map<number, { before: FillState; tally: Tally; entry: MarkLogEntry }>>();
  const tallies: Tally[] = [];
  const unrestorable = new Set<MarkLogEntry>();
  for (const entry of entries) {
    const tally: Tally = { restored: 0, kept: 0 };
    tallies.push(tally);
    const row = locate(entry);
    let cols = targets.get(row);
    if (!cols) targets.set(row, (cols = new Map()));
    entry.before.forEach((before, i) => {
      const col = entry.fromCol + i;
      if (!cols?.has(col)) cols?.set(col, { before, tally, entry });
    });
  }
  const plan = new Map<number, RowRestyle>();
  for (const [row, cols] of targets) {
    plan.set(row, {
      cols: [...cols.keys()].sort((a, b) => a - b),
      decide: (cell: CellState): CellChange => {
        if (!cell.exists) return null;
        const { before, tally, entry } = cols.get(cell.col) as { before: FillState; tally: Tally; entry: MarkLogEntry };
        if (cell.style === null || !painter.isMarked(cell.style)) {
          tally.kept++;
          return null;
        }
        if (before.absent) {
          tally.restored++;
          return cell.empty ? 'remove' : { style: cell.inherited };
        }
        const style = painter.restoredStyle(cell.style, before);
        if (style === undefined) {
          tally.kept++;
          unrestorable.add(entry);
          return null;
        }
        tally.restored++;
        return { style };
      },
    });
  }
  const result = (): Omit<ClearResult, 'xml'> => ({
    rowsRestored: tallies.filter((t) => t.restored > 0).length,
    cellsKeptByUser: tallies.reduce((n, t) => n + t.kept, 0),
    rowsNotFound: tallies.filter((t) => t.restored === 0 && t.kept === 0).length,
    unrestorable,
  });
  return { plan, result };
}
