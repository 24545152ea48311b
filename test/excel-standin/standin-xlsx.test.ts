import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureOfXlsx } from './load-xlsx';
import { createStandin } from './standin';

const fromFile = (path: string) => createStandin(fixtureOfXlsx(new Uint8Array(readFileSync(join(__dirname, '../fixtures/workbooks', path)))));

describe('the stand-in loads a real .xlsx through the project’s reader', () => {
  it('keeps values, date formats, merges, protection and theme fills as Office.js would show them', () => {
    const s = fromFile('features/openpyxl-features.xlsx');
    expect(s.state.sheets.map((x) => x.name)).toEqual(['收文登记', '统计']);
    expect(s.valuesOf('收文登记', 'A3:C3')).toEqual([[1, 46237, '县农业农村局']]);
    expect(s.cellOf('收文登记', 'B3')?.numberFormat).toBe('yyyy-mm-dd');
    expect(s.sheet('收文登记').merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 12 }]);
    expect(s.sheet('统计').protected).toBe(true);
    expect(s.snapshotFills('收文登记', { withTheme: true }).A2).toEqual({
      color: '#4F81BD',
      pattern: 'Solid',
      patternColor: '#000000',
      tintAndShade: expect.closeTo(0.8, 3),
      patternTintAndShade: 0,
      theme: 'accent1',
    });
  });

  it('keeps a sheet the clerk protected as protected', () => {
    expect(fromFile('awkward/protected-sheet.xlsx').sheet('收文登记').protected).toBe(true);
  });
});
