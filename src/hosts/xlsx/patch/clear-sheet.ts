/**
 * Takes marks off one worksheet part: every cell that still carries one of our fills gets back
 * its recorded style index exactly (an inserted empty cell is removed again), or — for a fill the
 * Excel host logged by its look — a copy of its current format with that fill; a cell the clerk
 * re-coloured since is left alone and counted.
 */
import type { MarkLogEntry } from '../../../core/marks/mark-types';
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
 * The plan of {@link clearSheet}, for a patch that runs it over the sheet piece by piece. A row
 * holds the indexes of its entries and nothing per cell: at 20,000 logged rows of 15 cells an
 * object per cell cost ~30 MB while the sheet was patched.
 * @example const c = planClear(entries, (e) => e.row, painter); await restyleSheetStream(draft, path, c.plan, '收文登记'); c.result()
 */
export function planClear(entries: readonly MarkLogEntry[], locate: (entry: MarkLogEntry) => number, painter: MarkPainter): ClearPlan {
  const restored = new Uint32Array(entries.length);
  const kept = new Uint32Array(entries.length);
  const unrestorable = new Set<MarkLogEntry>();
  const onRow = new Map<number, number[]>();
  entries.forEach((entry, i) => {
    const row = locate(entry);
    const list = onRow.get(row);
    if (list) list.push(i);
    else onRow.set(row, [i]);
  });
  const spans = new Map<string, readonly number[]>();
  const plan = new Map<number, RowRestyle>();
  for (const [row, found] of onRow) {
    plan.set(row, {
      cols: columnsOf(found.map((i) => entries[i]), spans),
      decide: (cell: CellState): CellChange => {
        if (!cell.exists) return null;
        // The first entry over a column owns it, as when marks were laid over marks.
        const i = found.find((k) => covers(entries[k], cell.col));
        if (i === undefined) return null;
        const entry = entries[i];
        const before = entry.before[cell.col - entry.fromCol];
        if (cell.style === null || !painter.isMarked(cell.style)) {
          kept[i]++;
          return null;
        }
        if (before.absent) {
          restored[i]++;
          return cell.empty ? 'remove' : { style: cell.inherited };
        }
        const style = painter.restoredStyle(cell.style, before);
        if (style === undefined) {
          kept[i]++;
          unrestorable.add(entry);
          return null;
        }
        restored[i]++;
        return { style };
      },
    });
  }
  const result = (): Omit<ClearResult, 'xml'> => {
    let rowsRestored = 0;
    let cellsKeptByUser = 0;
    let rowsNotFound = 0;
    for (let i = 0; i < entries.length; i++) {
      if (restored[i] > 0) rowsRestored++;
      cellsKeptByUser += kept[i];
      if (restored[i] === 0 && kept[i] === 0) rowsNotFound++;
    }
    return { rowsRestored, cellsKeptByUser, rowsNotFound, unrestorable };
  };
  return { plan, result };
}

function covers(entry: MarkLogEntry, col: number): boolean {
  return col >= entry.fromCol && col < entry.fromCol + entry.before.length;
}

/** The columns a row's entries cover, ascending; a one-entry row shares its array with rows of the same span. */
function columnsOf(found: readonly MarkLogEntry[], spans: Map<string, readonly number[]>): readonly number[] {
  if (found.length === 1) {
    const { fromCol, before } = found[0];
    const span = `${fromCol}:${before.length}`;
    let cols = spans.get(span);
    if (!cols) spans.set(span, (cols = before.map((_, i) => fromCol + i)));
    return cols;
  }
  const cols = new Set<number>();
  for (const { fromCol, before } of found) before.forEach((_, i) => cols.add(fromCol + i));
  return [...cols].sort((a, b) => a - b);
}
