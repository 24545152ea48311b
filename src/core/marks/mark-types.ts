/**
 * Marks the add-in lays on a register, and the record it keeps of what was under them so that
 * clearing gives every cell its previous fill back (shared/design.md, "Data never lost").
 */

export type MarkKind = 'overdue' | 'dueSoon' | 'doneLate' | 'invalid';

export const MARK_KINDS: readonly MarkKind[] = ['overdue', 'dueSoon', 'doneLate', 'invalid'];

/** One row (or a run of cells in it) to paint. Columns 0-based, inclusive. */
export interface RowMark {
  readonly row: number;
  readonly fromCol: number;
  readonly toCol: number;
  readonly kind: MarkKind;
  /** A fingerprint of the row's register cells, so a row can be found again after a sort. */
  readonly key: string;
}

/**
 * A cell's fill as far as a host can know it. The .xlsx host keeps the cell's style index for an
 * exact restore; Office.js reads a theme colour only as RGB and "no fill" only by its pattern.
 */
export interface FillState {
  /** OOXML pattern name: none, solid, gray125, darkGrid, … */
  readonly pattern: string;
  /** Foreground RGB as `RRGGBB`, when the host knows it. */
  readonly color?: string;
  readonly theme?: number;
  readonly tint?: number;
  /** .xlsx host: the cell's `s` attribute before marking (absent: the cell had none). */
  readonly styleIndex?: number;
  /** .xlsx host: the cell did not exist before marking (an empty cell given a style). */
  readonly absent?: boolean;
}

/** One painted row as recorded. `before[i]` is column `fromCol + i`. */
export interface MarkLogEntry {
  readonly sheet: string;
  readonly kind: MarkKind;
  readonly row: number;
  readonly fromCol: number;
  readonly toCol: number;
  readonly key: string;
  readonly before: readonly FillState[];
}

export interface MarkLog {
  readonly version: 1;
  readonly entries: readonly MarkLogEntry[];
}

export const EMPTY_MARK_LOG: MarkLog = { version: 1, entries: [] };
