/**
 * What `readTop` saw of a sheet, kept so that the `readColumns` that follows it (a scan reads the
 * top, detects the layout, then reads the mapped columns) can size its first request without a
 * probe round trip: the used range's last row, where each column's cells end (a stray cell far
 * down one column says nothing of the others), and the raw values and number formats of the top
 * rows. A hint only sizes requests and guesses which columns need number formats; what is read
 * never depends on it, so a stale hint costs at most a round trip.
 */

export interface TopSample {
  /** The sheet's last used row (1-based; 0 for an empty sheet) when the top was read. */
  readonly lastRow: number;
  /** Sheet row of `values[0]` and column of `values[r][0]` (1-based row, 0-based column). */
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly unknown[])[];
  readonly formats: readonly (readonly unknown[])[];
  /** Each column's own last used row (1-based; 0 when empty), for the columns of the top band. */
  readonly columnEnds: readonly number[];
}

export class ReadHints {
  private readonly samples = new Map<string, TopSample>();

  remember(sheet: string, sample: TopSample): void {
    this.samples.set(sheet, sample);
  }

  sampleOf(sheet: string): TopSample | undefined {
    return this.samples.get(sheet);
  }
}
