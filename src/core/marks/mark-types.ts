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
 * A cell's fill as far as a host can know it, in the terms Office.js uses, so that either host
 * can set it again. The .xlsx host also keeps the cell's style index for an exact restore;
 * Office.js reads a theme colour only as RGB and "no fill" only by its pattern.
 *
 * Colours follow Office.js, not the OOXML element names: `color` is the colour a clerk picked as
 * the cell's colour (a solid fill's `fgColor`, but the background `bgColor` behind a pattern),
 * `patternColor` the colour of a pattern's stripes (its `fgColor`).
 */
export interface FillState {
  /** OOXML pattern name: none, solid, gray125, darkGrid, … */
  readonly pattern: string;
  /** The cell's colour as `RRGGBB` (for a theme colour, the theme's RGB before the tint). */
  readonly color?: string;
  /** The theme colour index behind `color`, when the host knows the link (.xlsx host only). */
  readonly theme?: number;
  /** Lightens (> 0) or darkens (< 0) `color`, -1 … 1 (OOXML `tint`, Office.js `tintAndShade`). */
  readonly tint?: number;
  /** A pattern's stripe colour as `RRGGBB` (absent for solid fills and for "no fill"). */
  readonly patternColor?: string;
  /** Lightens or darkens `patternColor` (Office.js `patternTintAndShade`). */
  readonly patternTint?: number;
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
