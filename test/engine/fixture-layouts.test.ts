/**
 * Issue 10's acceptance: on every layout fixture — whichever program wrote it — the engine, reading
 * through the .xlsx host, gives the kind, header rows, data rows, mapping and record count a person
 * reading the sheet wrote down by hand in test/fixtures/expected/layouts.json.
 */
import { readExpected, readWorkbookBytes, type LayoutAnswer } from '../fixtures/checks/expected-files';
import { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import { scanWorkbook } from '../../src/app/scan-workbook';
import { columnLetter } from '../../src/core/layout/address';
import type { FieldName } from '../../src/core/types';

const layouts = readExpected<Record<string, Record<string, LayoutAnswer>>>('layouts.json');

describe.each(Object.keys(layouts))('%s', (file) => {
  it.each(Object.keys(layouts[file]))('sheet %s reads as written down by hand', async (sheet) => {
    const expected = layouts[file][sheet];
    const scan = await scanWorkbook(XlsxHost.open(readWorkbookBytes(file)));
    const found = scan.sheets.find((s) => s.info.name === sheet);
    expect(found).toBeDefined();
    if (!found) return;
    const columns: Partial<Record<FieldName, string>> = {};
    for (const [field, col] of Object.entries(found.layout.columns) as [FieldName, number][]) columns[field] = columnLetter(col);
    expect({
      kind: found.layout.kind,
      headerRows: found.layout.kind ? found.layout.headerRows : null,
      dataRows: found.register?.dataRows ?? null,
      columns: found.layout.kind ? columns : {},
      records: found.register?.records.length ?? 0,
    }).toEqual({ ...expected, headerRows: expected.kind ? expected.headerRows : null });
  });
});
