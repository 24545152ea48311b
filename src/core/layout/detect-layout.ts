/**
 * The layout entry point: which register a sheet is, where its header and data are, and which
 * column holds which field. Looks only at the first rows and a sample of data cells.
 */
import type { Grid, Problem, RegisterKind, RegisterLayout } from '../types';
import { readCellText } from '../text/cell-text';
import { normalizeHeader } from '../text/normalize';
import { countColumns, readCell } from './grid-cells';
import { indexMerges } from './merges';
import { findHeaderRows, HEADER_SCAN_ROWS } from './header-rows';
import { readHeaderCells, type HeaderCell } from './header-cells';
import { findTableExtent } from './header-extent';
import { isGenericDateHeader, matchHeader, type HeaderMatch } from './match-header';
import { detectKind } from './detect-kind';
import { findKindsNamed, isTallyHeader, NON_REGISTER_TITLE_WORDS } from './kind-signals';
import { profileCells, type ColumnProfile } from './column-profile';
import { listCandidates } from './column-candidates';
import { resolveColumns } from './resolve-columns';
import { findRegisterYear } from './register-year';
import * as report from './layout-problems';

export interface DetectOptions {
  /** The kind a caller already knows (a clerk picked it): detection then only finds columns. */
  readonly kindHint?: RegisterKind;
}

/** Registers are not this wide; the detector looks no further right. */
const MAX_COLUMNS = 200;
/** Data rows sampled under the header to see what columns hold. */
const SAMPLE_ROWS = 40;
const STRONG_MATCH = 0.6;
const LOW_CONFIDENCE = 0.5;

function emptyLayout(grid: Grid, problems: Problem[], headerRows: readonly [number, number] | null = null): RegisterLayout {
  return {
    sheet: grid.sheet,
    kind: null,
    confidence: 0,
    headerRows,
    firstDataRow: null,
    lastCol: -1,
    columns: {},
    headers: [],
    alternatives: [],
    year: null,
    problems,
  };
}

function readTitleTexts(grid: Grid, beforeRow: number, width: number): string[] {
  const texts: string[] = [];
  for (let row = grid.top; row < beforeRow; row++) {
    for (let col = 0; col < width; col++) {
      const text = readCellText(readCell(grid, row, col)).trim();
      if (text) texts.push(text);
    }
  }
  return texts;
}

function profileColumns(grid: Grid, cells: readonly HeaderCell[], firstRow: number): Map<number, ColumnProfile> {
  const profiles = new Map<number, ColumnProfile>();
  for (const cell of cells) {
    const sample = [];
    for (let row = firstRow; row < firstRow + SAMPLE_ROWS; row++) sample.push(readCell(grid, row, cell.col));
    profiles.set(cell.col, profileCells(sample));
  }
  return profiles;
}

function listHeaderText(cells: readonly HeaderCell[], lastCol: number): Array<string | undefined> {
  const headers: Array<string | undefined> = new Array(lastCol + 1).fill(undefined);
  for (const cell of cells) headers[cell.col] = cell.text;
  return headers;
}

function matchKindAgnostic(cell: HeaderCell): readonly HeaderMatch[] {
  return matchHeader(cell.wordings[0].folded);
}

function isNamed(cell: HeaderCell, matches: readonly HeaderMatch[]): boolean {
  return (matches[0]?.score ?? 0) >= STRONG_MATCH || cell.wordings.some((w) => isGenericDateHeader(w.folded));
}

/**
 * Finds the register on a sheet: its kind (null when it is no register), header rows, first data
 * row, last column, field → column mapping, the columns passed over, and the year its title names.
 * @example
 * detectLayout(gridOf('收文', [['2026年收文登记簿'], ['序号', '收文日期', '来文单位', '文号', '标题']], { merges: ['A1:E1'] }))
 * // { kind: 'incoming', headerRows: [2, 2], firstDataRow: 3, lastCol: 4, columns: { serialNo: 0, receivedDate: 1, … }, year: 2026, … }
 */
export function detectLayout(grid: Grid, options: DetectOptions = {}): RegisterLayout {
  const width = Math.min(MAX_COLUMNS, countColumns(grid, grid.top, grid.top + HEADER_SCAN_ROWS));
  if (width === 0) return emptyLayout(grid, [report.reportEmptySheet(grid.sheet)]);
  const merges = indexMerges(grid, grid.top, grid.top + HEADER_SCAN_ROWS + 1);
  const headerRows = findHeaderRows(grid, merges, width);
  if (!headerRows) return emptyLayout(grid, [report.reportNoHeader(grid.sheet)]);

  const extent = findTableExtent(readHeaderCells(grid, merges, headerRows, width), merges, headerRows);
  const titles = readTitleTexts(grid, headerRows[0], width);
  const matches = extent.cells.map(matchKindAgnostic);
  const named = extent.cells.filter((cell, i) => isNamed(cell, matches[i])).length;
  const titleText = normalizeHeader([...titles, grid.sheet].join(' '));
  // 份数 is a register's field, not a tally: only headers that name no field count.
  const tallies = extent.cells.filter((cell, i) => isTallyHeader(cell.wordings[0].folded) && (matches[i][0]?.score ?? 0) < 0.9).length;
  const calledSummary = tallies > 0 && NON_REGISTER_TITLE_WORDS.some((w) => titleText.includes(w));
  if (!options.kindHint && ((tallies >= 2 && tallies * 2 >= extent.cells.length) || calledSummary)) {
    return emptyLayout(grid, [report.reportSummarySheet(grid.sheet, tallies)], headerRows);
  }

  const namedKinds = findKindsNamed(titleText);
  const verdict = detectKind(matches, namedKinds, named, options.kindHint);
  if (!verdict.kind) return emptyLayout(grid, [report.reportTooFewFields(grid.sheet, named)], headerRows);

  const firstDataRow = headerRows[1] + 1;
  const profiles = profileColumns(grid, extent.cells, firstDataRow);
  const resolved = resolveColumns(listCandidates(extent.cells, verdict.kind, profiles));
  const problems: Problem[] = [];
  if (verdict.confidence < LOW_CONFIDENCE) problems.push(report.reportLowConfidence(grid.sheet, verdict.kind, verdict.confidence));
  return {
    sheet: grid.sheet,
    kind: verdict.kind,
    confidence: verdict.confidence,
    headerRows,
    firstDataRow,
    lastCol: extent.lastCol,
    columns: resolved.columns,
    headers: listHeaderText(extent.cells, extent.lastCol),
    alternatives: resolved.alternatives,
    year: findRegisterYear(titles, grid.sheet),
    problems,
  };
}
