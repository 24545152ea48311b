/**
 * Marked in Excel, cleared by the command line: the Excel host logs fills by their look (colour,
 * pattern, tint; no style index), and XlsxHost must give every clerk's fill back on the cell's
 * current format. Run on openpyxl-features.xlsx: a header in theme colour accent1 with an 80%
 * tint, green date cells, a red pair, a darkGrid pattern (orange stripes on white) and accent6
 * with a 60% tint.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkLog, serializeMarkLog } from '../../src/core/marks/mark-log-xml';
import type { MarkLog } from '../../src/core/marks/mark-types';
import { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import { hostOn } from '../excel-host/host-harness';
import { fixtureOfXlsx } from '../excel-standin/load-xlsx';
import { createStandin, type FillSnapshot } from '../excel-standin/standin';
import { colToLetters } from '../excel-standin/standin-a1';
import { partsOf, repackage } from './build-package';
import { registerPackage } from './register-package';
import { excelLogDocuments, formatsApartFromFill, marksOn, savedByExcel, visibleFills } from './cross-host-kit';

const SHEET = '收文登记';
/** Two hosts over a real workbook: more than jest's default 5 s on a busy machine. */
const SLOW = 20_000;
const REGISTER_PART = 'xl/worksheets/sheet1.xml';
const COLS = Array.from({ length: 12 }, (_, c) => c);
const ORIGINAL = new Uint8Array(readFileSync(join(__dirname, '../fixtures/workbooks/features/openpyxl-features.xlsx')));

/** Marks every register row in Excel; gives the marks, the Excel host's log and the fills before. */
async function markInExcel(): Promise<{ marks: Awaited<ReturnType<typeof marksOn>>; log: string[]; before: FillSnapshot }> {
  const s = createStandin(fixtureOfXlsx(ORIGINAL));
  const host = hostOn(s);
  const marks = await marksOn(host, SHEET, COLS, 2);
  const before = s.snapshotFills(SHEET);
  await host.applyMarks(SHEET, marks);
  return { marks, log: excelLogDocuments(s), before };
}

/**
 * The log as the Excel host writes it once it also records the stripes' colour (fill-state.ts
 * reading `patternColor`): each patterned cell's FillState gains the colour Office.js showed.
 */
function withStripeColours(xml: string, before: FillSnapshot): string {
  const { log } = parseMarkLog(xml);
  const entries = log.entries.map((e) => ({
    ...e,
    before: e.before.map((f, i) => {
      const shown = before[`${colToLetters(e.fromCol + i)}${e.row}`];
      return shown && shown.pattern !== 'Solid' && f.pattern !== 'none' ? { ...f, patternColor: shown.patternColor.slice(1) } : f;
    }),
  }));
  const withColours: MarkLog = { version: 1, entries };
  return serializeMarkLog(withColours);
}

async function clearByCommandLine(bytes: Uint8Array): Promise<{ bytes: Uint8Array; outcome: Awaited<ReturnType<XlsxHost['clearMarks']>> }> {
  const host = XlsxHost.open(bytes);
  const outcome = await host.clearMarks(SHEET);
  return { bytes: host.save(), outcome };
}

describe('marks laid in Excel, cleared by the command line', () => {
  it('the Excel host logs fills by their look, with no style index', async () => {
    const { log } = await markInExcel();
    const fills = log.flatMap((xml) => parseMarkLog(xml).log.entries.flatMap((e) => e.before));
    expect(fills.length).toBeGreaterThan(0);
    expect(fills.filter((f) => f.styleIndex !== undefined || f.absent)).toEqual([]);
  }, SLOW);

  it('gives every clerk fill back — solid, theme colour with tint, pattern with its stripe colour — equal in meaning', async () => {
    const { marks, log, before } = await markInExcel();
    const marked = await savedByExcel(ORIGINAL, SHEET, marks, log.map((xml) => withStripeColours(xml, before)));
    expect(visibleFills(marked, SHEET)).not.toEqual(visibleFills(ORIGINAL, SHEET));
    const { bytes, outcome } = await clearByCommandLine(marked);
    expect(outcome).toEqual([{ sheet: SHEET, rowsRestored: marks.length, cellsKeptByUser: 0, rowsNotFound: 0 }]);
    const fills = visibleFills(bytes, SHEET);
    expect(fills).toEqual(visibleFills(ORIGINAL, SHEET));
    // The cases the test is about, spelled out.
    expect(fills.A2).toEqual({ color: '4F81BD', tint: 0.7999816888943144 });
    expect(fills.L5).toEqual({ color: 'FFFFFF', pattern: 'Checker', patternColor: 'FFC000' });
    expect(fills.L8).toEqual({ color: 'F79646', tint: 0.5999938962981048 });
    expect(fills.I3).toEqual({ color: '00B050' });
  }, SLOW);

  it('keeps every cell’s number format, font, border and alignment as they are', async () => {
    const { marks, log } = await markInExcel();
    const { bytes } = await clearByCommandLine(await savedByExcel(ORIGINAL, SHEET, marks, log));
    const after = formatsApartFromFill(bytes, SHEET);
    expect(after).toEqual(formatsApartFromFill(ORIGINAL, SHEET));
    // A green date cell is still a date cell with its border.
    expect(after.I3).toContain('numFmtId="164"');
    expect(after.I3).toContain('borderId="1"');
  }, SLOW);

  it('leaves cells that had no format without one, rather than on a copy of the default format', async () => {
    // The small register: numbers and sender names without `s`, date cells, a green 备注 cell.
    const unprotected = repackage(registerPackage(), { [REGISTER_PART]: (xml) => xml.replace(/<sheetProtection[^>]*\/>/, '') });
    const s = createStandin(fixtureOfXlsx(unprotected));
    const host = hostOn(s);
    const marks = await marksOn(host, SHEET, [0, 1, 2, 3, 4, 5], 3, 6);
    await host.applyMarks(SHEET, marks);
    const { bytes } = await clearByCommandLine(await savedByExcel(unprotected, SHEET, marks, excelLogDocuments(s)));
    const styled = (b: Uint8Array): string[] => [...partsOf(b)[REGISTER_PART].matchAll(/<c r="([A-Z]+\d+)"[^>]*\ss="/g)].map((m) => m[1]);
    expect(styled(bytes)).toEqual(styled(unprotected));
    expect(visibleFills(bytes, SHEET)).toEqual(visibleFills(unprotected, SHEET));
    // Row 5 had no E5 and F5: painting added them, clearing leaves them empty and unformatted.
    const before = formatsApartFromFill(unprotected, SHEET);
    const after = formatsApartFromFill(bytes, SHEET);
    expect(Object.fromEntries(Object.keys(before).map((a1) => [a1, after[a1]]))).toEqual(before);
  }, SLOW);

  it('a log the Excel host writes today (no stripe colour) still brings back every solid and theme fill and the pattern on its background', async () => {
    const { marks, log } = await markInExcel();
    const { bytes } = await clearByCommandLine(await savedByExcel(ORIGINAL, SHEET, marks, log));
    const { L5, ...others } = visibleFills(bytes, SHEET);
    const { L5: originalL5, ...originalOthers } = visibleFills(ORIGINAL, SHEET);
    expect(others).toEqual(originalOthers);
    expect({ pattern: L5.pattern, color: L5.color }).toEqual({ pattern: originalL5.pattern, color: originalL5.color });
  }, SLOW);

  it('empties the log and removes its part once every mark is off', async () => {
    const { marks, log } = await markInExcel();
    const { bytes } = await clearByCommandLine(await savedByExcel(ORIGINAL, SHEET, marks, log));
    expect(fixtureOfXlsx(bytes).xmlParts).toEqual(fixtureOfXlsx(ORIGINAL).xmlParts);
  }, SLOW);
});
