import { parseMarkLog } from '../../src/core/marks/mark-log-xml';
import { makeRowKey } from '../../src/core/marks/row-key';
import { MARK_LOG_NAMESPACE } from '../../src/core/settings/stored-settings';
import { verifyPatched } from '../../src/hosts/xlsx/patch/verify-patched';
import { readZip } from '../../src/hosts/xlsx/zip/read-zip';
import { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import { buildPackage, partsOf, repackage } from './build-package';
import { KEY_COLS, marksFor, registerPackage } from './register-package';

const SHEET = 'xl/worksheets/sheet1.xml';
const guid = (): string => '6F9619FF-8B86-D011-B42D-00C04FC964FF';

/** Names of entries whose raw (compressed) bytes differ between two packages, plus added/removed ones. */
function rawDifferences(a: Uint8Array, b: Uint8Array): string[] {
  const za = readZip(a);
  const zb = readZip(b);
  const names = new Set([...za.entries.map((e) => e.name), ...zb.entries.map((e) => e.name)]);
  return [...names]
    .filter((n) => {
      const x = za.get(n);
      const y = zb.get(n);
      return !x || !y || Buffer.compare(Buffer.from(x.raw()), Buffer.from(y.raw())) !== 0;
    })
    .sort();
}

/** The sheet's text with every `s` attribute and every value-less cell removed: what marks may not change. */
function withoutStyles(xml: string): string {
  return xml.replace(/ s="\d+"/g, '').replace(/<c r="[A-Z]+\d+"\/>/g, '');
}

async function markedHost(bytes = registerPackage()): Promise<{ host: XlsxHost; bytes: Uint8Array }> {
  const host = XlsxHost.open(bytes, { newGuid: guid });
  const grid = await host.readColumns('收文登记', KEY_COLS, 3, 6);
  await host.applyMarks('收文登记', marksFor(grid, [[4, 'overdue'], [5, 'dueSoon']]));
  return { host, bytes: host.save() };
}

describe('XlsxHost marks', () => {
  it('changes only the marked sheet, the styles and the parts that record the marks', async () => {
    const original = registerPackage();
    const { bytes } = await markedHost(original);
    expect(rawDifferences(original, bytes)).toEqual(
      ['[Content_Types].xml', 'customXml/_rels/item1.xml.rels', 'customXml/item1.xml', 'customXml/itemProps1.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', SHEET].sort(),
    );
  });

  it('keeps the marked sheet byte for byte outside the style attributes of painted cells', async () => {
    const original = partsOf(registerPackage());
    const patched = partsOf((await markedHost()).bytes);
    expect(withoutStyles(patched[SHEET])).toBe(withoutStyles(original[SHEET]));
    expect(patched[SHEET]).toContain('<row r="5" spans="1:6"><c r="A5" s="5"><v>3</v></c><c r="B5" s="6"><v>46100</v></c><c r="C5" s="5" t="s"><v>12</v></c><c r="D5" s="5" t="s"><v>13</v></c><c r="E5" s="5"/><c r="F5" s="5"/></row>');
  });

  it('reads back the same values, formulas and date cells', async () => {
    const original = registerPackage();
    const { bytes, host } = await markedHost(original);
    expect(verifyPatched(original, bytes)).toEqual({ ok: true, problems: [] });
    const before = await XlsxHost.open(original).readTop('收文登记', 10);
    expect((await host.readTop('收文登记', 10)).rows).toEqual(before.rows);
  });

  it('records every painted row with what its cells were before', async () => {
    const parts = partsOf((await markedHost()).bytes);
    expect(parts['customXml/item1.xml']).toContain(`xmlns="${MARK_LOG_NAMESPACE}"`);
    const { log } = parseMarkLog(parts['customXml/item1.xml']);
    expect(log.entries.map((e) => [e.sheet, e.row, e.kind])).toEqual([
      ['收文登记', 4, 'overdue'],
      ['收文登记', 5, 'dueSoon'],
    ]);
    expect(log.entries[0].before[5]).toEqual({ pattern: 'solid', color: '00B050', styleIndex: 2 });
    expect(log.entries[1].before[4]).toEqual({ pattern: 'none', absent: true });
  });

  it('clearing gives back the original package, styles included', async () => {
    const original = registerPackage();
    const { bytes } = await markedHost(original);
    const host = XlsxHost.open(bytes);
    const outcome = await host.clearMarks('收文登记');
    expect(outcome).toEqual([{ sheet: '收文登记', rowsRestored: 2, cellsKeptByUser: 0, rowsNotFound: 0 }]);
    const cleared = host.save();
    expect(partsOf(cleared)).toEqual(partsOf(original));
  });

  it('marking then clearing in one session copies every original entry raw', async () => {
    const original = registerPackage();
    const { host } = await markedHost(original);
    await host.clearMarks();
    expect(rawDifferences(original, host.save())).toEqual([]);
  });

  it('marking twice does not stack: one entry per row, the first before kept, clear restores all', async () => {
    const original = registerPackage();
    const { bytes } = await markedHost(original);
    const host = XlsxHost.open(bytes, { newGuid: guid });
    const grid = await host.readColumns('收文登记', KEY_COLS, 3, 6);
    await host.applyMarks('收文登记', marksFor(grid, [[4, 'dueSoon'], [6, 'doneLate']]));
    const parts = partsOf(host.save());
    const { log } = parseMarkLog(parts['customXml/item1.xml']);
    expect(log.entries.map((e) => [e.row, e.kind])).toEqual([
      [5, 'dueSoon'],
      [4, 'dueSoon'],
      [6, 'doneLate'],
    ]);
    expect(log.entries[1].before[5]).toEqual({ pattern: 'solid', color: '00B050', styleIndex: 2 });
    await host.clearMarks();
    expect(partsOf(host.save())).toEqual(partsOf(original));
  });

  it('finds rows moved by a sort through their keys', async () => {
    const { bytes } = await markedHost();
    const parts = partsOf(bytes);
    const rowOf = (xml: string, r: number): string => (new RegExp(`<row r="${r}"[\\s\\S]*?</row>`).exec(xml) as RegExpExecArray)[0];
    const renumber = (row: string, from: number, to: number): string => row.replace(new RegExp(`([A-Z])${from}"`, 'g'), `$1${to}"`).replace(`<row r="${from}"`, `<row r="${to}"`);
    // The clerk sorts descending by 序号: rows 3..6 become 6..3, formats travelling with the cells.
    const sheet = parts[SHEET];
    const rows = [3, 4, 5, 6].map((r) => rowOf(sheet, r));
    const sorted = sheet.replace(rows.join(''), [6, 5, 4, 3].map((from, i) => renumber(rows[from - 3], from, i + 3)).join(''));
    const host = XlsxHost.open(repackage(bytes, { [SHEET]: () => sorted }));
    const outcome = await host.clearMarks();
    expect(outcome).toEqual([{ sheet: '收文登记', rowsRestored: 2, cellsKeptByUser: 0, rowsNotFound: 0 }]);
    const cleared = partsOf(host.save())[SHEET];
    // Row 4 (old row 5, which had no E and F cells) and row 5 (old row 4) are back to their own formats.
    expect(rowOf(cleared, 4)).toBe('<row r="4" spans="1:6"><c r="A4"><v>3</v></c><c r="B4" s="1"><v>46100</v></c><c r="C4" t="s"><v>12</v></c><c r="D4" t="s"><v>13</v></c></row>');
    expect(rowOf(cleared, 5)).toContain('<c r="F5" s="2" t="s"><v>14</v></c>');
    expect(cleared).not.toMatch(/ s="(?![12]")\d+"/);
  });

  it('leaves cells the clerk re-coloured and says how many', async () => {
    const { bytes } = await markedHost();
    const host = XlsxHost.open(repackage(bytes, { [SHEET]: (xml) => xml.replace('<c r="C4" s="3"', '<c r="C4" s="2"') }));
    expect(await host.clearMarks()).toEqual([{ sheet: '收文登记', rowsRestored: 2, cellsKeptByUser: 1, rowsNotFound: 0 }]);
    const after = partsOf(host.save());
    expect(after[SHEET]).toContain('<c r="C4" s="2" t="s">');
    // The re-coloured cell uses the clerk's own format, so nothing uses the appended ones any more.
    expect(after['xl/styles.xml']).toBe(partsOf(registerPackage())['xl/styles.xml']);
  });

  it('clears only the kinds asked for and keeps the rest in the log', async () => {
    const { bytes } = await markedHost();
    const host = XlsxHost.open(bytes);
    expect(await host.clearMarks(undefined, ['dueSoon'])).toEqual([{ sheet: '收文登记', rowsRestored: 1, cellsKeptByUser: 0, rowsNotFound: 0 }]);
    const after = partsOf(host.save());
    const { log } = parseMarkLog(after['customXml/item1.xml']);
    expect(log.entries.map((e) => e.kind)).toEqual(['overdue']);
    // Row 4 still wears a painted format, so the appended styles stay.
    expect(after['xl/styles.xml']).not.toBe(partsOf(registerPackage())['xl/styles.xml']);
  });

  it('refuses to paint or clear a sheet protected against formatting, changing nothing', async () => {
    const locked = repackage(registerPackage(), { [SHEET]: (xml) => xml.replace(' formatCells="0"', '') });
    const host = XlsxHost.open(locked);
    const grid = await host.readColumns('收文登记', KEY_COLS, 3, 6);
    await expect(host.applyMarks('收文登记', marksFor(grid, [[4, 'overdue']]))).rejects.toMatchObject({ code: 'protectedSheet', zh: '工作表"收文登记"受保护，请先撤销保护再标记' });
    expect(host.changedParts()).toEqual([]);
    const { bytes } = await markedHost();
    const protectedAfter = XlsxHost.open(repackage(bytes, { [SHEET]: (xml) => xml.replace(' formatCells="0"', '') }));
    await expect(protectedAfter.clearMarks()).rejects.toMatchObject({ code: 'protectedSheet' });
    expect(protectedAfter.changedParts()).toEqual([]);
  });

  it('patches packages written with an x: prefix throughout (OA exports) and gives them back', async () => {
    const X = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const sheet = `<?xml version="1.0" encoding="utf-8"?><x:worksheet ${X}><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>序号</x:t></x:is></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>标题</x:t></x:is></x:c></x:row><x:row r="2"><x:c r="A2"><x:v>1</x:v></x:c><x:c r="B2" t="inlineStr"><x:is><x:t>通知</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`;
    const styles = `<?xml version="1.0" encoding="utf-8"?><x:styleSheet ${X}><x:fonts count="1"><x:font><x:sz val="11"/></x:font></x:fonts><x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills><x:borders count="1"><x:border/></x:borders><x:cellXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellXfs></x:styleSheet>`;
    const original = buildPackage({ sheets: [{ name: '收文', xml: sheet }], styles });
    const host = XlsxHost.open(original);
    const grid = await host.readColumns('收文', [0, 1], 1);
    await host.applyMarks('收文', [{ row: 2, fromCol: 0, toCol: 2, kind: 'invalid', key: makeRowKey((c) => grid.rows[1]?.[c], [0, 1]) }]);
    const parts = partsOf(host.save());
    expect(parts[SHEET]).toContain('<x:row r="2"><x:c r="A2" s="1"><x:v>1</x:v></x:c><x:c r="B2" s="1" t="inlineStr"><x:is><x:t>通知</x:t></x:is></x:c><x:c r="C2" s="1"/></x:row>');
    expect(parts['xl/styles.xml']).toContain('<x:fills count="3">');
    expect(parts['xl/styles.xml']).toContain('<x:xf numFmtId="0" fontId="0" fillId="2" borderId="0" applyFill="1"/></x:cellXfs>');
    expect((await host.readTop('收文', 2)).rows).toEqual((await XlsxHost.open(original).readTop('收文', 2)).rows);
    const again = XlsxHost.open(host.save());
    await again.clearMarks();
    expect(partsOf(again.save())).toEqual(partsOf(original));
  });

  it('says so when a sheet is unknown', async () => {
    const host = XlsxHost.open(registerPackage());
    await expect(host.applyMarks('不存在', [])).rejects.toMatchObject({ code: 'noSheet' });
  });
});
