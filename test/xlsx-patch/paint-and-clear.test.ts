import type { RowMark } from '../../src/core/marks/mark-types';
import { clearSheet } from '../../src/hosts/xlsx/patch/clear-sheet';
import { MarkPainter, isMarkFill, makeMarkFill, releaseMarkStyles, usesStyleFrom, type MarkColours } from '../../src/hosts/xlsx/patch/mark-styles';
import { paintSheet } from '../../src/hosts/xlsx/patch/paint-sheet';
import { StyleSheetEdit } from '../../src/hosts/xlsx/patch/style-sheet-edit';

const COLOURS: MarkColours = { overdue: 'FF7C80', dueSoon: 'FFD966', doneLate: 'FCE4D6', invalid: 'B4A7D6' };

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FF00B050"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/></cellXfs></styleSheet>`;

const SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2" s="1"><v>46086</v></c><c r="C2" s="2" t="s"><v>3</v></c></row><row r="3"><c r="A3"><v>2</v></c><c r="B3" s="1"><v>46090</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;

const mark = (row: number, kind: RowMark['kind'] = 'overdue'): RowMark => ({ row, fromCol: 0, toCol: 2, kind, key: `k${row}` });

function paint(styles: string, sheet: string, marks: RowMark[]): { styles: string; sheet: string; entries: ReturnType<typeof paintSheet>['entries'] } {
  const edit = new StyleSheetEdit(styles);
  const painter = new MarkPainter(edit, COLOURS);
  const result = paintSheet('收文', sheet, marks, painter, () => undefined);
  return { styles: edit.toXml(), sheet: result.xml, entries: result.entries };
}

describe('painting and clearing a sheet', () => {
  it('paints copies of each distinct format, never editing a shared one', () => {
    const { styles, sheet } = paint(STYLES, SHEET, [mark(2), mark(3)]);
    // C2's green format 2 painted red is the same format as format 0 painted red: one copy serves both.
    expect(sheet).toContain('<c r="A2" s="3"><v>1</v></c><c r="B2" s="4"><v>46086</v></c><c r="C2" s="3" t="s"><v>3</v></c>');
    expect(sheet).toContain('<row r="3"><c r="A3" s="3"><v>2</v></c><c r="B3" s="4"><v>46090</v></c><c r="C3" s="3"/></row>');
    expect(styles).toContain('<xf numFmtId="14" fontId="0" fillId="3" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1"/>');
    expect(styles).toContain('<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/>');
    expect(styles).toContain('<cellXfs count="5">');
    expect(styles.indexOf('<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>')).toBeGreaterThan(0);
  });

  it('records what each cell was: its style index, its fill, or that it did not exist', () => {
    const { entries } = paint(STYLES, SHEET, [mark(3)]);
    expect(entries).toEqual([
      {
        sheet: '收文',
        kind: 'overdue',
        row: 3,
        fromCol: 0,
        toCol: 2,
        key: 'k3',
        before: [{ pattern: 'none' }, { pattern: 'none', styleIndex: 1 }, { pattern: 'none', absent: true }],
      },
    ]);
    expect(paint(STYLES, SHEET, [mark(2)]).entries[0].before[2]).toEqual({ pattern: 'solid', color: '00B050', styleIndex: 2 });
  });

  it('clears back to the exact original sheet and, once unused, the original styles', () => {
    const painted = paint(STYLES, SHEET, [mark(2), mark(3, 'dueSoon')]);
    const edit = new StyleSheetEdit(painted.styles);
    const result = clearSheet(painted.sheet, painted.entries, (e) => e.row, new MarkPainter(edit, COLOURS));
    expect(result.xml).toBe(SHEET);
    expect(result).toMatchObject({ rowsRestored: 2, cellsKeptByUser: 0, rowsNotFound: 0 });
    expect(releaseMarkStyles(painted.styles, COLOURS, (from) => usesStyleFrom(result.xml, from))).toBe(STYLES);
  });

  it('keeps the appended styles while a cell still uses them', () => {
    const painted = paint(STYLES, SHEET, [mark(2)]);
    expect(releaseMarkStyles(painted.styles, COLOURS, (from) => usesStyleFrom(painted.sheet, from))).toBe(painted.styles);
  });

  it('leaves a cell the clerk re-coloured since and counts it', () => {
    const painted = paint(STYLES, SHEET, [mark(2)]);
    const recoloured = painted.sheet.replace('<c r="A2" s="3">', '<c r="A2" s="2">');
    const result = clearSheet(recoloured, painted.entries, (e) => e.row, new MarkPainter(new StyleSheetEdit(painted.styles), COLOURS));
    expect(result.xml).toContain('<c r="A2" s="2"><v>1</v></c><c r="B2" s="1"><v>46086</v></c><c r="C2" s="2" t="s"><v>3</v></c>');
    expect(result).toMatchObject({ rowsRestored: 1, cellsKeptByUser: 1 });
  });

  it('finds a row moved by a sort through the row the caller locates', () => {
    const painted = paint(STYLES, SHEET, [mark(2)]);
    // The clerk sorted: rows 2 and 3 swapped places, formats travelling with the cells.
    const swapped = painted.sheet
      .replace('<row r="2"><c r="A2" s="3"><v>1</v></c><c r="B2" s="4"><v>46086</v></c><c r="C2" s="3" t="s"><v>3</v></c></row>', '<row r="2"><c r="A2"><v>2</v></c><c r="B2" s="1"><v>46090</v></c></row>')
      .replace('<row r="3"><c r="A3"><v>2</v></c><c r="B3" s="1"><v>46090</v></c></row>', '<row r="3"><c r="A3" s="3"><v>1</v></c><c r="B3" s="4"><v>46086</v></c><c r="C3" s="3" t="s"><v>3</v></c></row>');
    const result = clearSheet(swapped, painted.entries, () => 3, new MarkPainter(new StyleSheetEdit(painted.styles), COLOURS));
    expect(result.xml).toContain('<row r="3"><c r="A3"><v>1</v></c><c r="B3" s="1"><v>46086</v></c><c r="C3" s="2" t="s"><v>3</v></c></row>');
    expect(result.rowsRestored).toBe(1);
  });

  it('counts a row with no trace of the mark as not found', () => {
    const painted = paint(STYLES, SHEET, [mark(2)]);
    const result = clearSheet(SHEET, painted.entries, (e) => e.row + 10, new MarkPainter(new StyleSheetEdit(painted.styles), COLOURS));
    expect(result).toMatchObject({ rowsRestored: 0, rowsNotFound: 1, cellsKeptByUser: 0 });
    expect(result.xml).toBe(SHEET);
  });

  it('marking twice keeps the first before and does not stack formats', () => {
    const first = paint(STYLES, SHEET, [mark(2)]);
    const edit = new StyleSheetEdit(first.styles);
    const painter = new MarkPainter(edit, COLOURS);
    const earlier = (m: RowMark, col: number) => first.entries.find((e) => e.key === m.key)?.before[col - m.fromCol];
    const second = paintSheet('收文', first.sheet, [mark(2, 'dueSoon')], painter, earlier);
    expect(second.entries[0].before).toEqual(first.entries[0].before);
    const cleared = clearSheet(second.xml, second.entries, (e) => e.row, new MarkPainter(new StyleSheetEdit(edit.toXml()), COLOURS));
    expect(cleared.xml).toBe(SHEET);
  });

  it('a removed inserted cell that the clerk has typed into keeps its value', () => {
    const painted = paint(STYLES, SHEET, [mark(3)]);
    const typed = painted.sheet.replace('<c r="C3" s="3"/>', '<c r="C3" s="3"><v>7</v></c>');
    const result = clearSheet(typed, painted.entries, (e) => e.row, new MarkPainter(new StyleSheetEdit(painted.styles), COLOURS));
    expect(result.xml).toContain('<c r="C3"><v>7</v></c>');
  });

  it('skips marks outside the grid instead of logging empty entries', () => {
    const bad: RowMark[] = [
      { row: 2, fromCol: 0, toCol: Number.NaN, kind: 'overdue', key: 'a' },
      { row: 0, fromCol: 0, toCol: 2, kind: 'overdue', key: 'b' },
      { row: 2, fromCol: 3, toCol: 1, kind: 'overdue', key: 'c' },
    ];
    const result = paint(STYLES, SHEET, bad);
    expect(result.entries).toEqual([]);
    expect(result.sheet).toBe(SHEET);
    expect(result.styles).toBe(STYLES);
  });

  it('recognises mark fills by colour, whatever prefix or attribute order', () => {
    expect(isMarkFill(makeMarkFill(COLOURS.overdue), COLOURS)).toBe(true);
    expect(isMarkFill('<x:fill><x:patternFill patternType="solid"><x:fgColor rgb="ffffd966"/></x:patternFill></x:fill>', COLOURS)).toBe(true);
    expect(isMarkFill('<fill><patternFill patternType="solid"><fgColor rgb="FF00B050"/></patternFill></fill>', COLOURS)).toBe(false);
  });
});
