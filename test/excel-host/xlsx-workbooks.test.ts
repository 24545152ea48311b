/**
 * The host on stand-ins loaded from the fixture workbooks (openpyxl, ExcelJS, LibreOffice files
 * with theme colours, protection and merged titles), read through the project's .xlsx reader.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRowKey } from '../../src/core/marks/row-key';
import type { RowMark } from '../../src/core/marks/mark-types';
import { ExcelHostError } from '../../src/hosts/excel/excel-errors';
import { fixtureOfXlsx } from '../excel-standin/load-xlsx';
import { createStandin } from '../excel-standin/standin';
import { hostOn } from './host-harness';

const workbook = (path: string) => createStandin(fixtureOfXlsx(new Uint8Array(readFileSync(join(__dirname, '../fixtures/workbooks', path)))));

describe('the host on real workbooks', () => {
  it.each(['features/openpyxl-features.xlsx', 'features/exceljs-features.xlsx', 'features/libreoffice-from-openpyxl.xlsx'])(
    'reads the register of %s and gives back its coloured header after marking every row',
    async (path) => {
      const s = workbook(path);
      const host = hostOn(s);
      const top = await host.readTop('收文登记', 10);
      expect(top.rows[1]?.slice(0, 3)).toEqual(['序号', '收文日期', '来文单位']);
      expect(top.merges).toEqual([{ top: 1, left: 0, bottom: 1, right: 11 }]);
      expect(top.rows[2]?.[1]).toEqual({ type: 'date', serial: expect.any(Number), day: { year: 2026, month: 8, day: 3 } });
      const cols = Array.from({ length: 12 }, (_, c) => c);
      const grid = await host.readColumns('收文登记', cols, 2);
      const marks: RowMark[] = grid.rows.map((cells, i) => ({ row: 2 + i, fromCol: 0, toCol: 11, kind: 'overdue', key: makeRowKey((c) => cells[c], cols) }));
      const before = s.snapshotFills('收文登记');
      // openpyxl and ExcelJS keep the header's theme colour with its 80% tint; LibreOffice resolves it to RGB.
      expect(before.A2.pattern).toBe('Solid');
      expect([0, 0.8]).toContainEqual(Math.round(before.A2.tintAndShade * 1000) / 1000);
      await host.applyMarks('收文登记', marks);
      expect(s.snapshotFills('收文登记').A2.color).toBe('#FF7C80');
      const [cleared] = await host.clearMarks('收文登记');
      expect(cleared.rowsRestored).toBe(marks.length);
      expect(s.snapshotFills('收文登记')).toEqual(before);
    },
  );

  it('refuses to mark the protected sheet of protected-sheet.xlsx and changes nothing', async () => {
    const s = workbook('awkward/protected-sheet.xlsx');
    const before = s.snapshotFills('收文登记');
    const failure = await hostOn(s)
      .applyMarks('收文登记', [{ row: 3, fromCol: 0, toCol: 7, kind: 'overdue', key: 'x' }])
      .catch((e: unknown) => e);
    expect((failure as ExcelHostError).code).toBe('protected');
    expect(s.snapshotFills('收文登记')).toEqual(before);
  });
});
