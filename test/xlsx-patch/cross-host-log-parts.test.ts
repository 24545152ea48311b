/**
 * A long mark log over several custom XML parts, the way the Excel host splits it (Excel on the
 * web refuses to send more than 5 MB at once): the command line reads every part, splits its own
 * long logs the same way, and removes or rewrites them all on clear.
 */
import { MARK_LOG_PART_BYTES, splitMarkLog, utf8Length } from '../../src/core/marks/split-mark-log';
import type { RowMark } from '../../src/core/marks/mark-types';
import { MARK_LOG_NAMESPACE, SETTINGS_NAMESPACE } from '../../src/core/settings/stored-settings';
import { readMarkLogIn } from '../../src/hosts/excel/mark-log-store';
import { DEFAULT_CHUNK_BYTES } from '../../src/hosts/excel/payload-budget';
import { readMarkLog } from '../../src/hosts/xlsx/patch/mark-log-store';
import { listNamespaceParts } from '../../src/hosts/xlsx/patch/namespace-parts';
import { PackageDraft } from '../../src/hosts/xlsx/patch/package-draft';
import { readZip } from '../../src/hosts/xlsx/zip/read-zip';
import { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import { hostOn, largestPayload, PAYLOAD_CEILING } from '../excel-host/host-harness';
import { fixtureOfXlsx } from '../excel-standin/load-xlsx';
import { createStandin } from '../excel-standin/standin';
import { buildPackage, partsOf } from './build-package';
import { excelLogDocuments, guid, marksOn, savedByExcel, visibleFills } from './cross-host-kit';

const SHEET = '督办台账';
const COLS = Array.from({ length: 12 }, (_, c) => c);
const LETTERS = 'ABCDEFGHIJKL';

/** Thousands of rows through two hosts: more than jest's default 5 s on a busy machine. */
const SLOW = 30_000;

/**
 * A ledger whose cells alternate a date format and the clerk's green fill, so every marked row
 * logs twelve distinct fills: about 400 bytes of log a row.
 */
function ledger(rows: number): Uint8Array {
  const line = (r: number): string =>
    `<row r="${r}">${[...LETTERS].map((l, c) => (c % 2 === 0 ? `<c r="${l}${r}" s="1"><v>${46000 + r}</v></c>` : `<c r="${l}${r}" s="2" t="inlineStr"><is><t>事项${r}-${c}</t></is></c>`)).join('')}</row>`;
  return buildPackage({ sheets: [{ name: SHEET, rows: Array.from({ length: rows }, (_, i) => line(i + 1)).join('') }] });
}

function markLogParts(bytes: Uint8Array): string[] {
  return listNamespaceParts(new PackageDraft(readZip(bytes)), 'xl/workbook.xml', MARK_LOG_NAMESPACE).map((p) => p.text);
}

async function markedByCommandLine(rows: number): Promise<{ original: Uint8Array; bytes: Uint8Array; marks: RowMark[] }> {
  const original = ledger(rows);
  const host = XlsxHost.open(original, { newGuid: guid });
  const marks = await marksOn(host, SHEET, COLS, 1);
  await host.applyMarks(SHEET, marks);
  return { original, bytes: host.save(), marks };
}

describe('a mark log longer than one part', () => {
  let big: Awaited<ReturnType<typeof markedByCommandLine>>;
  beforeAll(async () => {
    big = await markedByCommandLine(5_500);
  }, 60_000);

  it('is written by the command line as parts of at most 1.5 MB that together hold 2 MB', () => {
    const parts = markLogParts(big.bytes);
    const sizes = parts.map(utf8Length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(2_000_000);
    expect(parts.length).toBe(2);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MARK_LOG_PART_BYTES);
  }, SLOW);

  it('reads back whole, every entry once and in order', () => {
    const { log, problems } = readMarkLog(new PackageDraft(readZip(big.bytes)), 'xl/workbook.xml');
    expect(problems).toEqual([]);
    expect(log.entries.map((e) => e.row)).toEqual(big.marks.map((m) => m.row));
    expect(splitMarkLog(log)).toEqual(markLogParts(big.bytes));
  }, SLOW);

  it('is read whole by the Excel host, no request or response above the ceiling', async () => {
    const s = createStandin(fixtureOfXlsx(big.bytes));
    const stored = await s.run({}, (ctx) => readMarkLogIn(ctx, DEFAULT_CHUNK_BYTES));
    expect(stored.parts).toHaveLength(2);
    expect(stored.log.entries).toHaveLength(big.marks.length);
    expect(largestPayload(s)).toBeLessThanOrEqual(PAYLOAD_CEILING);
  }, SLOW);

  it('is taken off by the command line with every part, giving the original package back', async () => {
    const host = XlsxHost.open(big.bytes);
    const [outcome] = await host.clearMarks();
    expect(outcome.rowsRestored).toBe(big.marks.length);
    expect(partsOf(host.save())).toEqual(partsOf(big.original));
  }, SLOW);

  it('shrinks to one part when most marks come off, leaving no stale part behind', async () => {
    const host = XlsxHost.open(big.bytes, { newGuid: guid });
    await host.writeSettings({ version: 1, note: 'kept' });
    await host.clearMarks(SHEET, ['overdue']);
    await host.applyMarks(SHEET, big.marks.slice(0, 10));
    const after = host.save();
    const parts = markLogParts(after);
    expect(parts).toHaveLength(1);
    expect(readMarkLog(new PackageDraft(readZip(after)), 'xl/workbook.xml').log.entries.map((e) => e.row)).toEqual(big.marks.slice(0, 10).map((m) => m.row));
    expect(Object.keys(partsOf(after)).filter((p) => p.startsWith('customXml/item') && !p.includes('Props'))).toHaveLength(2);
    expect(listNamespaceParts(new PackageDraft(readZip(after)), 'xl/workbook.xml', SETTINGS_NAMESPACE)).toHaveLength(1);
  }, SLOW);
});

describe('a mark log the Excel host split over several parts', () => {
  it('is read whole by the command line, cleared and removed with all its parts', async () => {
    const original = ledger(600);
    const s = createStandin(fixtureOfXlsx(original));
    // A small budget makes the Excel host split even this log.
    const excel = hostOn(s, { chunkBytes: 100_000 });
    const marks = await marksOn(excel, SHEET, COLS, 1);
    await excel.applyMarks(SHEET, marks);
    const documents = excelLogDocuments(s);
    expect(documents.length).toBeGreaterThan(3);
    const marked = await savedByExcel(original, SHEET, marks, documents);
    expect(markLogParts(marked)).toEqual(documents);
    const host = XlsxHost.open(marked);
    expect(await host.clearMarks()).toEqual([{ sheet: SHEET, rowsRestored: marks.length, cellsKeptByUser: 0, rowsNotFound: 0 }]);
    const cleared = host.save();
    expect(markLogParts(cleared)).toEqual([]);
    expect(Object.keys(partsOf(cleared)).filter((p) => p.startsWith('customXml/'))).toEqual([]);
    expect(visibleFills(cleared, SHEET)).toEqual(visibleFills(original, SHEET));
  }, SLOW);

  it('keeps one entry per row when the command line marks the same rows again', async () => {
    const original = ledger(300);
    const s = createStandin(fixtureOfXlsx(original));
    const excel = hostOn(s, { chunkBytes: 60_000 });
    const marks = await marksOn(excel, SHEET, COLS, 1);
    await excel.applyMarks(SHEET, marks);
    const marked = await savedByExcel(original, SHEET, marks, excelLogDocuments(s));
    const host = XlsxHost.open(marked, { newGuid: guid });
    await host.applyMarks(SHEET, marks.map((m) => ({ ...m, kind: 'dueSoon' })));
    const again = host.save();
    const { log } = readMarkLog(new PackageDraft(readZip(again)), 'xl/workbook.xml');
    expect(log.entries).toHaveLength(marks.length);
    expect(new Set(log.entries.map((e) => e.kind))).toEqual(new Set(['dueSoon']));
    const cleared = XlsxHost.open(again);
    await cleared.clearMarks();
    expect(visibleFills(cleared.save(), SHEET)).toEqual(visibleFills(original, SHEET));
  }, SLOW);
});
