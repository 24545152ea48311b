/**
 * The banded column read of a real package: bands put end to end are the whole column read, a
 * merge crossing a band's end still fills the rows below it, and a sheet whose rows are stored
 * out of order is refused by the banded read and read whole instead.
 */
import fc from 'fast-check';
import { WorkbookPackage } from '../../src/hosts/xlsx/package';
import { readSheetColumns, readSheetMeta } from '../../src/hosts/xlsx/read';
import { BAND_ROWS, RowsOutOfOrderError, readSheetColumnBands } from '../../src/hosts/xlsx/read/sheet-bands';
import { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import { scanWorkbook } from '../../src/app/scan-workbook';
import { createRecordReader, readRecords } from '../../src/core/records/read-records';
import { detectLayout } from '../../src/core/layout/detect-layout';
import type { CellValue, Grid, RegisterRecord } from '../../src/core/types';
import { buildXlsx, c, stylesWith, worksheet } from './build-xlsx';

const HEADER = ['序号', '收文日期', '来文单位', '文号', '标题', '承办单位', '办结日期'];
const LETTERS = 'ABCDEFG';

const str = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** Excel's serial for 2026-03-01 plus `n` days; style 1 is a date format (numFmt 14). */
const dateCell = (ref: string, n: number): string => c(ref, undefined, String(46082 + n), 1);

/** One register row: a record at `row`, its 承办单位 left out when `handler` is null (under a merge). */
function recordRow(row: number, handler: string | null = '办公室'): string {
  return (
    `<row r="${row}">${c(`A${row}`, undefined, String(row - 2))}${dateCell(`B${row}`, row % 200)}${str(`C${row}`, '县财政局')}` +
    `${str(`D${row}`, `2026-${row}`)}${str(`E${row}`, '关于报送材料的通知')}${handler === null ? '' : str(`F${row}`, handler)}` +
    `${row % 3 === 0 ? dateCell(`G${row}`, (row % 200) + 4) : ''}</row>`
  );
}

const TOP_ROWS = `<row r="1">${str('A1', '2026年收文登记簿')}</row><row r="2">${HEADER.map((h, i) => str(`${LETTERS[i]}2`, h)).join('')}</row>`;

function registerXlsx(body: string, merges: readonly string[] = []): Uint8Array {
  const after = `<mergeCells count="${merges.length + 1}"><mergeCell ref="A1:G1"/>${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`;
  return buildXlsx({ sheets: [{ name: '收文登记', xml: worksheet(TOP_ROWS + body, { after }) }], styles: stylesWith([0, 14]) });
}

function rowsXml(from: number, to: number, handlerAt: (row: number) => string | null = () => '办公室'): string {
  let xml = '';
  for (let row = from; row <= to; row++) xml += recordRow(row, handlerAt(row));
  return xml;
}

function open(bytes: Uint8Array) {
  const pkg = WorkbookPackage.open(bytes);
  return { pkg, sheet: pkg.sheets[0] };
}

/** Every band the read hands over, and its facts. */
function bandsOf(bytes: Uint8Array, cols: readonly number[], fromRow: number, bandRows?: number) {
  const { pkg, sheet } = open(bytes);
  const merges = readSheetMeta(pkg, sheet).merges;
  const bands: Grid[] = [];
  const facts = readSheetColumnBands(pkg, sheet, cols, fromRow, (band) => bands.push(band), { merges, bandRows });
  return { bands, facts, merges };
}

/** Sheet row → the band's cells for it. */
function byRow(grids: readonly Grid[]): Map<number, ReadonlyArray<CellValue | undefined>> {
  const rows = new Map<number, ReadonlyArray<CellValue | undefined>>();
  for (const g of grids) g.rows.forEach((cells, i) => cells !== undefined && rows.set(g.top + i, cells));
  return rows;
}

describe('readSheetColumnBands on package bytes', () => {
  const bytes = registerXlsx(rowsXml(3, 60, (row) => (row >= 20 && row <= 33 ? (row === 20 ? '综合股' : null) : '办公室')) + `<row r="70">${str('A70', '合计')}</row>`, ['F20:F33']);
  const cols = [0, 1, 5, 6];

  it.each([1, 3, 7, 16, BAND_ROWS, 1_000_000])('bands of %i rows put end to end are readSheetColumns, cell for cell', (bandRows) => {
    const { pkg, sheet } = open(bytes);
    const whole = readSheetColumns(pkg, sheet, cols, 3);
    const { bands, facts } = bandsOf(bytes, cols, 3, bandRows);
    expect(byRow(bands)).toEqual(byRow([whole]));
    expect(facts.problems).toEqual(whole.problems);
    expect(facts.merges).toEqual(readSheetMeta(pkg, sheet).merges);
    // Band k starts at fromRow + k × bandRows, holds no more rows than that, and comes in order.
    for (const band of bands) {
      expect((band.top - 3) % bandRows).toBe(0);
      expect(band.rows.length).toBeLessThanOrEqual(bandRows);
      expect(band.rows.length).toBeGreaterThan(0);
    }
    expect(bands.map((b) => b.top)).toEqual([...bands.map((b) => b.top)].sort((a, b) => a - b));
    expect(new Set(bands.map((b) => b.top)).size).toBe(bands.length);
  });

  it('bands of one row: one band per row holding a value, none for the empty rows between', () => {
    const { bands } = bandsOf(bytes, cols, 3, 1);
    expect(bands.map((b) => b.top)).toEqual([...Array.from({ length: 58 }, (_, i) => i + 3), 70]);
  });

  it('each band carries the merges reaching into it, the anchor above it included', () => {
    const { bands } = bandsOf(bytes, cols, 3, 5);
    const mergeF = { top: 20, left: 5, bottom: 33, right: 5 };
    for (const band of bands) {
      const bottom = band.top + 5 - 1;
      const reaches = mergeF.bottom >= band.top && mergeF.top <= bottom;
      expect([band.top, (band.merges ?? []).some((m) => m.top === 20 && m.left === 5)]).toEqual([band.top, reaches]);
    }
    // Rows 23..27 hold no anchor, yet their band knows the merge from row 20.
    expect(bands.find((b) => b.top === 23)?.merges).toContainEqual(mergeF);
  });

  it('a merge across band ends gives its value to every row below it through the record reader', async () => {
    const host = XlsxHost.open(bytes);
    const top = await host.readTop('收文登记', 40);
    const layout = detectLayout(top);
    expect([layout.kind, layout.firstDataRow]).toEqual(['incoming', 3]);
    const { pkg, sheet } = open(bytes);
    const merges = readSheetMeta(pkg, sheet).merges;
    for (const bandRows of [1, 4, 13]) {
      const reader = createRecordReader(layout);
      const records: RegisterRecord[] = [];
      readSheetColumnBands(pkg, sheet, [...new Set([0, ...Object.values(layout.columns)])], 3, (band) => records.push(...reader.read(band)), { merges, bandRows });
      const handlers = records.filter((r) => r.row >= 20 && r.row <= 33).map((r) => r.values.handler);
      expect(handlers).toEqual(Array.from({ length: 14 }, () => '综合股'));
      expect(records[records.length - 1].row).toBe(60);
      const whole = readRecords(layout, readSheetColumns(pkg, sheet, [...Object.values(layout.columns), 0], 3));
      expect({ records, ...reader.finish() }).toEqual({ records: whole.records, dataRows: whole.dataRows, problems: whole.problems });
    }
  });
});

describe('readSheetColumnBands on generated registers', () => {
  it('the record reader over the bands gives what readRecords gives over readSheetColumns', async () => {
    const layout = detectLayout(await XlsxHost.open(registerXlsx(rowsXml(3, 5))).readTop('收文登记', 40));
    const cols = [...new Set([0, ...Object.values(layout.columns)])];
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 3, max: 80 }), { maxLength: 40 }),
        fc.array(fc.tuple(fc.integer({ min: 3, max: 80 }), fc.integer({ min: 1, max: 20 })), { maxLength: 3 }),
        fc.integer({ min: 1, max: 12 }),
        async (rowList, mergeList, bandRows) => {
          const rowSet = new Set(rowList);
          // Merges down 承办单位 (F), not overlapping; the rows they cover leave F out.
          const merges: [number, number][] = [];
          for (const [top, reach] of mergeList) if (!merges.some(([t, b]) => top <= b && t <= top + reach)) merges.push([top, top + reach]);
          const covered = (row: number): boolean => merges.some(([t, b]) => row > t && row <= b);
          let body = '';
          for (const row of [...rowSet].sort((a, b) => a - b)) body += recordRow(row, covered(row) ? null : `股${row}`);
          const bytes = registerXlsx(body, merges.map(([t, b]) => `F${t}:F${b}`));
          const { pkg, sheet } = open(bytes);
          const reader = createRecordReader(layout);
          const records: RegisterRecord[] = [];
          readSheetColumnBands(pkg, sheet, cols, 3, (band) => records.push(...reader.read(band)), { merges: readSheetMeta(pkg, sheet).merges, bandRows });
          const whole = readRecords(layout, readSheetColumns(pkg, sheet, cols, 3));
          expect({ records, ...reader.finish() }).toEqual({ records: whole.records, dataRows: whole.dataRows, problems: whole.problems });
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);
});

describe('rows stored out of order', () => {
  // Rows of the second band come before rows 3..: that band has been handed over when row 3 turns up.
  const secondBand = 3 + BAND_ROWS;
  const far = secondBand + 1;
  const shuffled = registerXlsx(rowsXml(far, far + 5) + rowsXml(3, 12));
  const ordered = registerXlsx(rowsXml(3, 12) + rowsXml(far, far + 5));

  it('the banded read throws RowsOutOfOrderError, naming the sheet and the row', () => {
    const read = (): unknown => bandsOf(shuffled, [0, 1, 5], 3);
    expect(read).toThrow(RowsOutOfOrderError);
    expect(read).toThrow(/收文登记.*row 3/);
  });

  it('within one band, rows out of order are read as they stand', () => {
    const small = registerXlsx(rowsXml(8, 9) + rowsXml(3, 7));
    const { pkg, sheet } = open(small);
    const { bands } = bandsOf(small, [0, 1, 5], 3, 100);
    expect(byRow(bands)).toEqual(byRow([readSheetColumns(pkg, sheet, [0, 1, 5], 3)]));
  });

  it('a smaller band size meets the disorder sooner', () => {
    const small = registerXlsx(rowsXml(8, 9) + rowsXml(3, 7));
    expect(() => bandsOf(small, [0, 1, 5], 3, 2)).toThrow(RowsOutOfOrderError);
  });

  it('XlsxHost.readColumnBands resolves null (the caller forgets what bands it was given)', async () => {
    const host = XlsxHost.open(shuffled);
    await host.readTop('收文登记', 40);
    await expect(host.readColumnBands('收文登记', [0, 1, 5], 3, () => undefined)).resolves.toBeNull();
  });

  it('XlsxHost.readColumnBands resolves null without a probe first (merges read on its own)', async () => {
    await expect(XlsxHost.open(shuffled).readColumnBands('收文登记', [0, 1, 5], 3, () => undefined)).resolves.toBeNull();
  });

  it('scanWorkbook falls back to the whole read and gives the records of the same rows stored in order', async () => {
    const scanned = await scanWorkbook(XlsxHost.open(shuffled));
    const expected = await scanWorkbook(XlsxHost.open(ordered));
    const register = scanned.sheets[0].register;
    expect(register?.records.map((r) => r.row)).toEqual([...Array.from({ length: 10 }, (_, i) => i + 3), ...Array.from({ length: 6 }, (_, i) => i + far)]);
    expect(register).toEqual(expected.sheets[0].register);
  });

  it('in order, the host reads bands and gives a non-null result', async () => {
    const host = XlsxHost.open(ordered);
    await host.readTop('收文登记', 40);
    const seen: number[] = [];
    const read = await host.readColumnBands('收文登记', [0, 1, 5], 3, (band) => seen.push(band.top));
    expect(read).toEqual({ problems: [] });
    expect(seen).toEqual([3, secondBand]);
  });
});
