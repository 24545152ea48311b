/**
 * Builds a Grid from rows written as a clerk sees them, so engine tests read like the sheet:
 *
 *   gridOf('收文登记', [
 *     ['2026年收文登记簿'],
 *     ['序号', '收文日期', '来文单位'],
 *     [1, day(2026, 3, 5), '县财政局'],
 *   ], { merges: ['A1:C1'] })
 */
import type { CellValue, Grid, MergedRange } from '../../src/core/types';
import { dayToSerial, makeDay } from '../../src/core/dates/day';

/** A real date cell, as hosts hand it over. */
export function day(year: number, month: number, d: number): CellValue {
  const cd = makeDay(year, month, d);
  if (!cd) throw new Error(`not a day: ${year}-${month}-${d}`);
  return { type: 'date', serial: dayToSerial(cd), day: cd };
}

/** An Excel error cell. */
export function err(code: string): CellValue {
  return { type: 'error', code };
}

/** 0-based column index of a column letter: A → 0, AA → 26. */
export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parses "A1:C2" into a merged range (1-based rows, 0-based columns). */
export function range(a1: string): MergedRange {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/i.exec(a1);
  if (!m) throw new Error(`bad range ${a1}`);
  return { top: Number(m[2]), left: colIndex(m[1]), bottom: Number(m[4]), right: colIndex(m[3]) };
}

export function gridOf(
  sheet: string,
  rows: ReadonlyArray<ReadonlyArray<CellValue | undefined>>,
  options: { top?: number; merges?: readonly string[]; hiddenRows?: readonly number[] } = {},
): Grid {
  return {
    sheet,
    top: options.top ?? 1,
    rows: rows.map((r) => r.map((v) => (v === '' ? null : v))),
    merges: (options.merges ?? []).map(range),
    hiddenRows: new Set(options.hiddenRows ?? []),
  };
}
