/**
 * The paint plan keeps what each painted cell looked like until the mark log is written: one
 * array per row, and one object per distinct look (20,000 marked rows of a register have a
 * handful of looks), so its memory grows with the rows, not with fresh objects per cell.
 */
import type { RowMark } from '../../src/core/marks/mark-types';
import { MarkPainter, type MarkColours } from '../../src/hosts/xlsx/patch/mark-styles';
import { paintSheet } from '../../src/hosts/xlsx/patch/paint-sheet';
import { StyleSheetEdit } from '../../src/hosts/xlsx/patch/style-sheet-edit';

const COLOURS: MarkColours = { overdue: 'FF7C80', dueSoon: 'FFD966', doneLate: 'FCE4D6', invalid: 'B4A7D6' };

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FF00B050"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/></cellXfs></styleSheet>`;

function sheetOf(rows: number): string {
  const body = Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c><c r="B${i + 1}" s="1"><v>46086</v></c><c r="C${i + 1}" s="2"/></row>`).join('');
  return `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

describe('planPaint', () => {
  it('shares one "before" object per look across rows, and records each cell in its column', () => {
    const marks: RowMark[] = [1, 2, 3].map((row) => ({ row, fromCol: 0, toCol: 3, kind: 'overdue', key: `k${row}` }));
    const painter = new MarkPainter(new StyleSheetEdit(STYLES), COLOURS);
    const { entries } = paintSheet('收文', sheetOf(3), marks, painter, () => undefined);
    expect(entries.map((e) => e.before.map((b) => [b.pattern, b.styleIndex, b.absent]))).toEqual(
      [1, 2, 3].map(() => [
        ['none', undefined, undefined],
        ['none', 1, undefined],
        ['solid', 2, undefined],
        ['none', undefined, true],
      ]),
    );
    for (let c = 0; c < 4; c++) expect(entries[2].before[c]).toBe(entries[0].before[c]);
  });

  it('paints two marks of one row, the later one starting further left, each cell by its own mark', () => {
    const marks: RowMark[] = [
      { row: 1, fromCol: 2, toCol: 3, kind: 'overdue', key: 'a' },
      { row: 1, fromCol: 0, toCol: 1, kind: 'dueSoon', key: 'b' },
    ];
    const painter = new MarkPainter(new StyleSheetEdit(STYLES), COLOURS);
    const { xml, entries, rowsMarked } = paintSheet('收文', sheetOf(1), marks, painter, () => undefined);
    expect(rowsMarked).toBe(1);
    expect(entries.map((e) => [e.key, e.fromCol, e.toCol, e.before.length])).toEqual([
      ['a', 2, 3, 2],
      ['b', 0, 1, 2],
    ]);
    const style = (ref: string): string | undefined => new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(xml)?.[1];
    expect(style('A1')).not.toBe(style('C1'));
    expect(painter.paintedXf(0, 'dueSoon')).toBe(Number(style('A1')));
    expect(painter.paintedXf(2, 'overdue')).toBe(Number(style('C1')));
  });
});
