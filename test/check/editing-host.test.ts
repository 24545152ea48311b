/**
 * The editing host's writeCells through the whole package: what is written reads back as the
 * same value, dates take a date format, and cells the sheet lacked are created.
 */
import fc from 'fast-check';
import { XlsxEditingHost } from '../../src/hosts/xlsx/xlsx-editing-host';
import * as path from 'node:path';
import { applyEdits, revertEdits } from '../../src/app/check/apply-edits';
import { cellXml, changedParts, FIXTURES, partText, PLANTED, readBytes, replaceInPart } from './helpers';

const SHEET1 = 'xl/worksheets/sheet1.xml';

let original: Uint8Array;
beforeAll(async () => {
  original = await readBytes(PLANTED);
});

describe('XlsxEditingHost.writeCells', () => {
  it('writes any text so that the package reader reads it back unchanged', async () => {
    const texts = fc.oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
      fc.constantFrom('县财发〔2026〕3号', ' 前后空格 ', '第一行\n第二行', '第一行\r\n第二行', '_x000D_', 'A&B<C>"D"', '\u0007响铃'),
    );
    await fc.assert(
      fc.asyncProperty(texts, async (t) => {
        const host = XlsxEditingHost.open(original);
        const outcome = await host.writeCells('收文登记', [{ row: 4, col: 3, before: '县财发[2026]3号', after: t }]);
        expect(outcome).toEqual({ sheet: '收文登记', written: 1, skipped: [] });
        const back = await XlsxEditingHost.open(host.save()).readTop('收文登记', 4);
        expect(back.rows[3]?.[3]).toBe(t);
      }),
      { numRuns: 40 },
    );
  });

  it('creates a cell the sheet lacked, only where it is still empty', async () => {
    const host = XlsxEditingHost.open(original);
    const outcome = await host.writeCells('收文登记', [
      { row: 27, col: 6, before: null, after: '000123' },
      { row: 4, col: 6, before: '000999', after: '000123' },
    ]);
    expect(outcome.written).toBe(1);
    expect((await host.readTop('收文登记', 27)).rows[26]?.[6]).toBe('000123');
    expect(changedParts(original, host.save())).toEqual([SHEET1]);
  });

  it('writes numbers and booleans as numbers and booleans', async () => {
    const host = XlsxEditingHost.open(original);
    await host.writeCells('收文登记', [
      { row: 35, col: 0, before: '３２', after: 32 },
      { row: 34, col: 12, before: '√', after: true },
    ]);
    const grid = await host.readTop('收文登记', 35);
    expect(grid.rows[34]?.[0]).toBe(32);
    expect(grid.rows[33]?.[12]).toBe(true);
  });

  it('gives a date in a text column the existing format equal to the cell’s own with a date format', async () => {
    const host = XlsxEditingHost.open(original);
    // Column E (标题) holds only text; E5 has the default format, and xf 3 is it with yyyy-mm-dd.
    const before = (await host.readTop('收文登记', 5)).rows[4]?.[4] ?? null;
    expect(typeof before).toBe('string');
    expect((await host.writeCells('收文登记', [{ row: 5, col: 4, before, after: { day: { year: 2026, month: 5, day: 1 } } }])).written).toBe(1);
    const bytes = host.save();
    expect(changedParts(original, bytes)).toEqual([SHEET1]);
    expect(cellXml(bytes, SHEET1, 'E5')).toBe('<c r="E5" s="3"><v>46143</v></c>');
  });

  it('appends a copy of the cell’s own format with the date format when no format fits', async () => {
    const bold = replaceInPart(original, SHEET1, (xml) => xml.replace('<c r="E5" t="s">', '<c r="E5" s="1" t="s">'));
    const host = XlsxEditingHost.open(bold);
    const before = (await host.readTop('收文登记', 5)).rows[4]?.[4] ?? null;
    await host.writeCells('收文登记', [{ row: 5, col: 4, before, after: { day: { year: 2026, month: 5, day: 1 } } }]);
    const bytes = host.save();
    expect(changedParts(bold, bytes)).toEqual(['xl/styles.xml', SHEET1]);
    expect(partText(bytes, 'xl/styles.xml')).toContain('<cellXfs count="5">');
    expect(partText(bytes, 'xl/styles.xml')).toContain('<xf numFmtId="164" applyNumberFormat="1" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>');
    expect(cellXml(bytes, SHEET1, 'E5')).toBe('<c r="E5" s="4"><v>46143</v></c>');
    expect((await XlsxEditingHost.open(bytes).readTop('收文登记', 5)).rows[4]?.[4]).toMatchObject({ type: 'date', day: { year: 2026, month: 5, day: 1 } });
  });

  it('writes a day as that day in a workbook of the 1904 date system, and takes it back', async () => {
    const host = XlsxEditingHost.open(await readBytes(path.join(FIXTURES, 'workbooks', 'awkward', 'date1904.xlsx')));
    const before = (await host.readTop('收文登记', 3)).rows[2]?.[2] ?? null;
    const done = await applyEdits(host, '收文登记', [{ row: 3, col: 2, before, after: { day: { year: 2026, month: 3, day: 6 } } }]);
    const written = (await host.readTop('收文登记', 3)).rows[2]?.[2];
    expect(written).toEqual({ type: 'date', serial: 44625, day: { year: 2026, month: 3, day: 6 } });
    expect((await revertEdits(host, done)).skipped).toEqual([]);
    expect((await host.readTop('收文登记', 3)).rows[2]?.[2]).toBe(before);
  });

  it('says which sheet it cannot find', async () => {
    await expect(XlsxEditingHost.open(original).writeCells('没有这张表', [])).rejects.toMatchObject({ code: 'noSheet' });
  });
});
