import { restyleCells, type CellState, type RowRestyle } from '../../src/hosts/xlsx/patch/restyle-cells';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

function sheet(data: string, before = '', after = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}>${before}<sheetData>${data}</sheetData>${after}</worksheet>`;
}

/** Paints the given columns of the given rows with style `to`, recording what each cell was. */
function paint(rows: number[], cols: number[], to: number, seen: CellState[] = []): Map<number, RowRestyle> {
  const decide = (cell: CellState): { style: number } => {
    seen.push(cell);
    return { style: to };
  };
  return new Map(rows.map((r) => [r, { cols, decide }]));
}

describe('restyleCells', () => {
  it('sets s on existing cells and keeps every other byte of the row', () => {
    const xml = sheet('<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"><v>5</v></c><c r="C1"/></row>');
    const out = restyleCells(xml, paint([1], [0, 1, 2], 9));
    expect(out).toBe(sheet('<row r="1" spans="1:3"><c r="A1" s="9" t="s"><v>0</v></c><c r="B1" s="9"><v>5</v></c><c r="C1" s="9"/></row>'));
  });

  it('inserts missing cells in column order, including before the first and after the last', () => {
    const xml = sheet('<row r="3"><c r="B3"><v>1</v></c><c r="D3"><v>2</v></c></row>');
    const seen: CellState[] = [];
    const out = restyleCells(xml, paint([3], [0, 1, 2, 3, 4], 7, seen));
    expect(out).toBe(
      sheet('<row r="3"><c r="A3" s="7"/><c r="B3" s="7"><v>1</v></c><c r="C3" s="7"/><c r="D3" s="7"><v>2</v></c><c r="E3" s="7"/></row>'),
    );
    expect(seen.filter((c) => !c.exists).map((c) => c.col)).toEqual([0, 2, 4]);
  });

  it('inserts a missing row in row order and leaves other rows untouched', () => {
    const xml = sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="4"><c r="A4"><v>4</v></c></row>');
    const out = restyleCells(xml, paint([2, 6], [1], 3));
    expect(out).toBe(
      sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="B2" s="3"/></row><row r="4"><c r="A4"><v>4</v></c></row><row r="6"><c r="B6" s="3"/></row>'),
    );
  });

  it('works on prefixed sheets (x:row, x:c) and writes inserted cells with the same prefix', () => {
    const xml = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c r="B2"><x:v>1</x:v></x:c></x:row></x:sheetData><x:cols/></x:worksheet>`;
    const out = restyleCells(xml, paint([2, 3], [0, 1], 4));
    expect(out).toBe(
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c r="A2" s="4"/><x:c r="B2" s="4"><x:v>1</x:v></x:c></x:row><x:row r="3"><x:c r="A3" s="4"/><x:c r="B3" s="4"/></x:row></x:sheetData><x:cols/></x:worksheet>`,
    );
  });

  it('expands a self-closing row and a self-closing sheetData, and a clear collapses them again', () => {
    const row = sheet('<row r="5" ht="30" customHeight="1"/>');
    const paintedRow = restyleCells(row, paint([5], [0], 1));
    expect(paintedRow).toBe(sheet('<row r="5" ht="30" customHeight="1" ><c r="A5" s="1"/></row>'));
    expect(restyleCells(paintedRow, new Map([[5, { cols: [0], decide: () => 'remove' as const }]]))).toBe(row);
    const empty = `<worksheet ${NS}><sheetData/><pageMargins left="0.7"/></worksheet>`;
    const paintedEmpty = restyleCells(empty, paint([2], [0], 1));
    expect(paintedEmpty).toBe(`<worksheet ${NS}><sheetData ><row r="2"><c r="A2" s="1"/></row></sheetData><pageMargins left="0.7"/></worksheet>`);
    expect(restyleCells(paintedEmpty, new Map([[2, { cols: [0], decide: () => 'remove' as const }]]))).toBe(empty);
  });

  it('reads positions of cells and rows written without r', () => {
    const xml = sheet('<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>');
    const seen: CellState[] = [];
    const out = restyleCells(xml, paint([2], [0, 1, 2], 6, seen));
    expect(out).toBe(sheet('<row><c><v>1</v></c><c><v>2</v></c></row><row><c s="6"><v>3</v></c><c r="B2" s="6"/><c r="C2" s="6"/></row>'));
    expect(seen.map((c) => [c.row, c.col, c.exists])).toEqual([
      [2, 0, true],
      [2, 1, false],
      [2, 2, false],
    ]);
  });

  it('handles rows and cells out of order without inserting duplicates', () => {
    const xml = sheet('<row r="5"><c r="C5"><v>1</v></c><c r="A5"><v>2</v></c></row><row r="2"><c r="A2"/></row>');
    const out = restyleCells(xml, paint([2, 5], [0, 1, 2], 8));
    expect(out).toBe(
      sheet('<row r="5"><c r="B5" s="8"/><c r="C5" s="8"><v>1</v></c><c r="A5" s="8"><v>2</v></c></row><row r="2"><c r="A2" s="8"/><c r="B2" s="8"/><c r="C2" s="8"/></row>'),
    );
  });

  it('tells an absent cell the style it inherits from its row or its column', () => {
    const xml = sheet('<row r="1" s="4" customFormat="1"><c r="A1"/></row><row r="2"><c r="A2"/></row>', '<cols><col min="2" max="3" width="9" style="11"/></cols>');
    const seen: CellState[] = [];
    restyleCells(xml, paint([1, 2], [1], 1, seen));
    expect(seen.map((c) => [c.row, c.inherited])).toEqual([
      [1, 4],
      [2, 11],
    ]);
  });

  it('removes the s attribute exactly where it was inserted, and removes empty cells on request', () => {
    const original = sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1"><v>1</v></c></row>');
    const painted = restyleCells(original, paint([1], [0, 1, 2], 9));
    const undo = new Map<number, RowRestyle>([
      [1, { cols: [0, 1, 2], decide: (c) => (c.col === 1 ? 'remove' : { style: null }) }],
    ]);
    expect(restyleCells(painted, undo)).toBe(original);
  });

  it('drops a row that only held removed cells and only carried r', () => {
    const original = sheet('<row r="1"><c r="A1"><v>1</v></c></row>');
    const painted = restyleCells(original, paint([3], [0, 1], 2));
    const undo = new Map<number, RowRestyle>([[3, { cols: [0, 1], decide: () => 'remove' }]]);
    expect(restyleCells(painted, undo)).toBe(original);
  });

  it('never removes a cell that holds a value, even when asked to', () => {
    const xml = sheet('<row r="1"><c r="A1" s="9"><v>1</v></c></row>');
    expect(restyleCells(xml, new Map([[1, { cols: [0], decide: () => 'remove' as const }]]))).toBe(xml);
  });

  it('keeps everything outside sheetData byte for byte', () => {
    const before = '<sheetPr><tabColor rgb="FFFF0000"/></sheetPr><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" state="frozen"/></sheetView></sheetViews>';
    const after = '<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells><dataValidations count="1"><dataValidation type="list" sqref="B2:B9"><formula1>"是,否"</formula1></dataValidation></dataValidations><extLst><ext uri="{x}"><x14:y xmlns:x14="urn:x"/></ext></extLst>';
    const xml = sheet('<row r="2"><c r="A2"><v>1</v></c></row>', before, after);
    const out = restyleCells(xml, paint([2], [0], 5));
    expect(out.slice(0, out.indexOf('<sheetData>'))).toBe(xml.slice(0, xml.indexOf('<sheetData>')));
    expect(out.slice(out.indexOf('</sheetData>'))).toBe(xml.slice(xml.indexOf('</sheetData>')));
  });

  it('returns the same text when the plan changes nothing', () => {
    const xml = sheet('<row r="1"><c r="A1" s="3"><v>1</v></c></row>');
    expect(restyleCells(xml, paint([1], [0], 3))).toBe(xml);
    expect(restyleCells(xml, new Map())).toBe(xml);
  });

  it('skips comments and does not mistake <cols> or <col> for cells', () => {
    const xml = sheet('<!-- <row r="1"> --><row r="1"><c r="A1"><v>1</v></c></row>', '<cols><col min="1" max="1" width="5"/></cols>');
    expect(restyleCells(xml, paint([1], [0], 2))).toBe(sheet('<!-- <row r="1"> --><row r="1"><c r="A1" s="2"><v>1</v></c></row>', '<cols><col min="1" max="1" width="5"/></cols>'));
  });
});
