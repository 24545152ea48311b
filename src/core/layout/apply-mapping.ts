/**
 * A clerk's confirmed mapping overrides detection: the kind, the header rows and the columns are
 * what the clerk said, whatever the detector thought.
 */
import type { FieldName, Problem, RegisterLayout } from '../types';
import type { ConfirmedMapping } from '../settings/stored-settings';
import { columnIndex } from './address';
import { reportBadConfirmedColumn } from './layout-problems';

/**
 * The layout with the clerk's confirmed kind, header rows and columns (letters) in place of the
 * detected ones. The confirmed columns replace the detected mapping whole; a letter that names no
 * column is left out and reported. Confidence becomes 1 and the passed-over columns go: the
 * clerk has decided.
 * @example applyConfirmedMapping(layout, { kind: 'incoming', headerRows: [3, 4], columns: { receivedDate: 'B' } }).columns // { receivedDate: 1 }
 */
export function applyConfirmedMapping(layout: RegisterLayout, mapping: ConfirmedMapping): RegisterLayout {
  const columns: Partial<Record<FieldName, number>> = {};
  // Detection's doubts (no header found, low confidence) are settled by the clerk's word.
  const problems: Problem[] = [];
  for (const [field, letters] of Object.entries(mapping.columns) as Array<[FieldName, string | undefined]>) {
    if (letters === undefined) continue;
    const col = columnIndex(letters);
    if (col === null) problems.push(reportBadConfirmedColumn(layout.sheet, field, letters));
    else columns[field] = col;
  }
  const headerRows = mapping.headerRows ?? layout.headerRows;
  const mapped = Object.values(columns);
  return {
    ...layout,
    kind: mapping.kind,
    confidence: 1,
    headerRows,
    firstDataRow: headerRows ? headerRows[1] + 1 : layout.firstDataRow,
    lastCol: Math.max(layout.lastCol, ...mapped),
    columns,
    alternatives: [],
    problems,
  };
}
