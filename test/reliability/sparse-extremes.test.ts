/**
 * The 1,048,576-row and XFD cases of the awkward corpus (a stray cell at A1048576, at XFD1, at
 * XFD1048576): sparse sheets must cost what their cells cost, not what their dimension claims.
 * Through the command line every command finishes within its test's 10 s budget; through the
 * .xlsx host the engine is handed sparse grids. (The Excel host's side of this is in
 * test/excel-host/stray-cells.test.ts.)
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { highlightOverdue } from '../../src/app/highlight';
import type { Grid } from '../../src/core/types';
import type { RegisterHost } from '../../src/hosts/host';
import { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import { runCli } from '../cli/run-cli';
import { readFixture, WORKBOOKS_DIR } from './support/fixture-files';

const EXTREMES = ['awkward/last-row.xlsx', 'awkward/last-column.xlsx', 'awkward/last-cell.xlsx'];
const AS_OF = { year: 2026, month: 11, day: 20 };

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rd-sparse-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

/** Rows and cells actually present in the grids a host hands the engine (holes not counted). */
function countingHost(host: RegisterHost, seen: { rows: number; cells: number }): RegisterHost {
  const count = (g: Grid): Grid => {
    g.rows.forEach((row) => {
      seen.rows += 1;
      row.forEach(() => (seen.cells += 1));
    });
    return g;
  };
  return {
    listSheets: () => host.listSheets(),
    readSettings: () => host.readSettings(),
    writeSettings: (settings) => host.writeSettings(settings),
    writeSheets: (specs) => host.writeSheets(specs),
    readTop: async (sheet, rowCount, maxCols) => count(await host.readTop(sheet, rowCount, maxCols)),
    readColumns: async (sheet, cols, fromRow, toRow) => count(await host.readColumns(sheet, cols, fromRow, toRow)),
    applyMarks: (sheet, marks) => host.applyMarks(sheet, marks),
    clearMarks: (sheet, kinds) => host.clearMarks(sheet, kinds),
  };
}

describe('sparse sheets with a cell at the far edge', () => {
  it.each(EXTREMES)('%s: inspect, mark, clear and remind each finish and succeed from the command line', async (file) => {
    const input = path.join(WORKBOOKS_DIR, file);
    const marked = path.join(dir, `marked-${path.basename(file)}`);
    const runs = [
      ['inspect', input, '--as-of', '2026-11-20'],
      ['mark', input, '-o', marked, '--as-of', '2026-11-20'],
      ['clear', marked, '-o', path.join(dir, `cleared-${path.basename(file)}`)],
      ['remind', input, '-o', path.join(dir, `remind-${path.basename(file)}`), '--as-of', '2026-11-20'],
    ];
    for (const args of runs) {
      const run = await runCli(...args);
      expect([args[0], run.code, run.stderr]).toEqual([args[0], 0, '']);
    }
  }, 10_000);

  it.each(EXTREMES)('%s: the .xlsx host hands the engine only the rows and cells that exist', async (file) => {
    const seen = { rows: 0, cells: 0 };
    const host = countingHost(XlsxHost.open(readFixture(`workbooks/${file}`)), seen);
    const report = await highlightOverdue(host, { asOf: AS_OF });
    expect(report.sheets.map((s) => s.sheet)).toEqual(['收文登记']);
    expect(seen.rows).toBeLessThan(50);
    expect(seen.cells).toBeLessThan(400);
  }, 10_000);
});
