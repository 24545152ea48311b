/**
 * Validation marks (one cell each) over status marks (a row each) in the .xlsx editing host:
 * whatever the order of marking and clearing, the clerk's fills come back exactly, and while one
 * kind stays its paint shows where it should.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { highlightOverdue } from '../../src/app/highlight';
import { checkWorkbookOn } from '../../src/app/check/check-workbook-findings';
import { clearInvalidMarks, markInvalidCells } from '../../src/app/check/mark-invalid-cells';
import { runCheck, runClearMarks } from '../../src/cli/commands/check';
import { MARK_PALETTE } from '../../src/core/marks/palette';
import { MARKED_STATUSES } from '../../src/core/marks/plan-marks';
import { makeRowKey } from '../../src/core/marks/row-key';
import type { RowMark } from '../../src/core/marks/mark-types';
import { XlsxEditingHost } from '../../src/hosts/xlsx/xlsx-editing-host';
import { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import { captureOutput, cellXml, changedParts, fillOf, makeTempDir, PLANTED, readBytes, replaceInPart } from './helpers';

const AS_OF = { year: 2026, month: 11, day: 20 };
const SHEET1 = 'xl/worksheets/sheet1.xml';
const INVALID = MARK_PALETTE.invalid.rgb;
const OVERDUE = MARK_PALETTE.overdue.rgb;
/** Row 16 of 收文登记 is overdue as of 2026-11-20 (K16 completes in the future). */
const KEY = makeRowKey(() => 'row 16', [0]);
const cell = (row: number, col: number): RowMark => ({ row, fromCol: col, toCol: col, kind: 'invalid', key: KEY });

let original: Uint8Array;
let dir: string;
beforeAll(async () => {
  original = await readBytes(PLANTED);
  dir = await makeTempDir('rd-invalid-');
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

function open(): XlsxEditingHost {
  return XlsxEditingHost.open(original, { newGuid: () => '{6F1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D}' });
}

describe('invalid-cell marks beside overdue marks', () => {
  const orders = [
    ['overdue first', 'invalid cleared first'],
    ['overdue first', 'overdue cleared first'],
    ['invalid first', 'invalid cleared first'],
    ['invalid first', 'overdue cleared first'],
  ] as const;

  it.each(orders)('give back the original package exactly: marked %s, %s', async (markOrder, clearOrder) => {
    const host = open();
    const markInvalid = (): Promise<unknown> => host.applyMarks('收文登记', [cell(16, 3), cell(16, 5), cell(4, 3)]);
    if (markOrder === 'overdue first') await highlightOverdue(host, { asOf: AS_OF });
    await markInvalid();
    if (markOrder === 'invalid first') await highlightOverdue(host, { asOf: AS_OF });
    const marked = host.save();
    expect(fillOf(marked, SHEET1, 'D16')).toBe(INVALID);
    expect(fillOf(marked, SHEET1, 'F16')).toBe(INVALID);
    expect(fillOf(marked, SHEET1, 'E16')).toBe(OVERDUE);
    if (clearOrder === 'invalid cleared first') {
      await host.clearMarks('收文登记', ['invalid']);
      const half = host.save();
      expect(fillOf(half, SHEET1, 'D16')).toBe(OVERDUE);
      expect(fillOf(half, SHEET1, 'D4')).toBe(fillOf(original, SHEET1, 'D4'));
      await host.clearMarks(undefined, MARKED_STATUSES);
    } else {
      await host.clearMarks(undefined, MARKED_STATUSES);
      const half = host.save();
      expect(fillOf(half, SHEET1, 'D16')).toBe(INVALID);
      expect(fillOf(half, SHEET1, 'E16')).toBe(fillOf(original, SHEET1, 'E16'));
      await host.clearMarks('收文登记', ['invalid']);
    }
    expect(changedParts(original, host.save())).toEqual([]);
  });

  it('marks and clears status rows byte for byte as the plain .xlsx host does, when no cell is marked invalid', async () => {
    const plain = XlsxHost.open(original, { newGuid: () => '{6F1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D}' });
    const editing = open();
    await highlightOverdue(plain, { asOf: AS_OF });
    await highlightOverdue(editing, { asOf: AS_OF });
    expect(changedParts(plain.save(), editing.save())).toEqual([]);
    await plain.clearMarks('收文登记', ['overdue']);
    await editing.clearMarks('收文登记', ['overdue']);
    expect(changedParts(plain.save(), editing.save())).toEqual([]);
  });

  it('keeps the invalid cells on top when the overdue marks are laid again', async () => {
    const host = open();
    await host.applyMarks('收文登记', [cell(16, 3)]);
    await highlightOverdue(host, { asOf: AS_OF });
    await highlightOverdue(host, { asOf: AS_OF });
    const marked = host.save();
    expect(fillOf(marked, SHEET1, 'D16')).toBe(INVALID);
    expect(fillOf(marked, SHEET1, 'C16')).toBe(OVERDUE);
    await host.clearMarks();
    expect(changedParts(original, host.save())).toEqual([]);
  });

  it('clears two invalid cells of one row, and counts the rows restored', async () => {
    const host = open();
    const marked = await host.applyMarks('收文登记', [cell(4, 3), cell(4, 5), cell(5, 3)]);
    expect(marked).toEqual({ sheet: '收文登记', rowsMarked: 2, byKind: { invalid: 3 } });
    const cleared = await host.clearMarks('收文登记', ['invalid']);
    expect(cleared).toEqual([{ sheet: '收文登记', rowsRestored: 2, cellsKeptByUser: 0, rowsNotFound: 0 }]);
    expect(changedParts(original, host.save())).toEqual([]);
  });

  it('leaves a cell the clerk re-coloured after marking as the clerk made it', async () => {
    const host = open();
    await host.applyMarks('收文登记', [cell(4, 3), cell(5, 3)]);
    // The clerk gives D4 the bold title format (style 1, no fill) by hand.
    const recoloured = replaceInPart(host.save(), SHEET1, (xml) => xml.replace(/<c r="D4" s="\d+"/, '<c r="D4" s="1"'));
    const later = XlsxEditingHost.open(recoloured);
    expect(await later.clearMarks('收文登记', ['invalid'])).toEqual([{ sheet: '收文登记', rowsRestored: 1, cellsKeptByUser: 1, rowsNotFound: 0 }]);
    const after = later.save();
    expect(cellXml(after, SHEET1, 'D4')).toMatch(/^<c r="D4" s="1"/);
    expect(cellXml(after, SHEET1, 'D5')).toBe(cellXml(original, SHEET1, 'D5'));
  });

  it('marks the cells of the current findings again, replacing the earlier ones', async () => {
    const host = open();
    const check = await checkWorkbookOn(host, { asOf: AS_OF });
    const first = await markInvalidCells(host, check);
    expect(first.find((m) => m.sheet === '收文登记')?.cells).toBe(28);
    const again = await markInvalidCells(host, await checkWorkbookOn(host, { asOf: AS_OF }));
    expect(again.map((m) => m.cells)).toEqual(first.map((m) => m.cells));
    await clearInvalidMarks(host);
    expect(changedParts(original, host.save())).toEqual([]);
  });

  it('clear --invalid takes the marks of a checked copy off, leaving status marks alone', async () => {
    const marked = path.join(dir, 'marked.xlsx');
    const both = path.join(dir, 'both.xlsx');
    const cleared = path.join(dir, 'cleared.xlsx');
    expect(await runCheck([PLANTED], { asOf: '2026-11-20', mark: true, output: marked }, captureOutput().out)).toBe(1);
    const host = XlsxEditingHost.open(await readBytes(marked));
    await highlightOverdue(host, { asOf: AS_OF });
    await fs.writeFile(both, host.save());
    const c = captureOutput();
    expect(await runClearMarks(both, { output: cleared, invalid: true }, c.out)).toBe(0);
    expect(c.text()).toContain('「收文登记」恢复 28 行原有底色');
    const after = await readBytes(cleared);
    expect(fillOf(after, SHEET1, 'D4')).toBe(fillOf(original, SHEET1, 'D4'));
    expect(fillOf(after, SHEET1, 'K16')).toBe(OVERDUE);
    const all = path.join(dir, 'all.xlsx');
    expect(await runClearMarks(both, { output: all, all: true }, captureOutput().out)).toBe(0);
    expect(changedParts(original, await readBytes(all))).toEqual([]);
  });
});
