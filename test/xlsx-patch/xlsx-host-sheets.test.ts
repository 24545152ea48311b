import type { SheetSpec } from '../../src/core/sheet-spec';
import { WorkbookPackage } from '../../src/hosts/xlsx/package';
import { readBackCheck, verifyPatched } from '../../src/hosts/xlsx/patch/verify-patched';
import { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import { readZip } from '../../src/hosts/xlsx/zip/read-zip';
import { buildPackage, partsOf, repackage } from './build-package';
import { registerPackage } from './register-package';

const guid = (): string => '3F2504E0-4F89-11D3-9A0C-0305E82C3301';

function summary(overrides: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name: '汇总',
    purpose: 'summary:incoming:2026',
    title: '2026年收文办理情况汇总',
    subtitle: '截至2026年11月20日',
    tables: [
      {
        columns: [{ header: '承办单位', width: 16 }, { header: '件数', format: 'integer' }, { header: '办结率', format: 'percent1' }, { header: '最早收文', format: 'date' }],
        rows: [
          ['县财政局', 3, 0.6667, { day: { year: 2026, month: 3, day: 5 } }],
          ['=1+1', 1, 1, null],
          [{ text: '查看登记簿', linkToSheet: '收文登记' }, 4, 0.75, null],
        ],
        rowStyles: ['body', 'warning', 'total'],
      },
    ],
    notes: ['注：办结率按已办结件数除以收文件数计算。'],
    freezeHeader: true,
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatHeader: true },
    ...overrides,
  };
}

describe('XlsxHost.writeSheets', () => {
  it('adds a sheet under a free name when a user sheet holds the wanted one, and says so', async () => {
    const host = XlsxHost.open(registerPackage());
    const outcome = await host.writeSheets([summary()]);
    expect(outcome).toEqual({ sheets: ['汇总 (2)'], renamed: [{ wanted: '汇总', written: '汇总 (2)' }] });
    const sheets = await host.listSheets();
    expect(sheets.map((s) => [s.name, s.ownedPurpose])).toEqual([
      ['收文登记', null],
      ['汇总', null],
      ['汇总 (2)', 'summary:incoming:2026'],
    ]);
  });

  it('writes values that read back as written: text stays text, numbers, dates, links', async () => {
    const host = XlsxHost.open(registerPackage());
    await host.writeSheets([summary()]);
    const grid = await host.readTop('汇总 (2)', 10);
    expect(grid.rows[0]?.[0]).toBe('2026年收文办理情况汇总');
    expect(grid.rows[1]?.[0]).toBe('截至2026年11月20日');
    expect(grid.rows[3]).toEqual(['承办单位', '件数', '办结率', '最早收文']);
    expect(grid.rows[4]).toEqual(['县财政局', 3, 0.6667, { type: 'date', serial: 46086, day: { year: 2026, month: 3, day: 5 } }]);
    expect(grid.rows[5]?.[0]).toBe('=1+1');
    expect(grid.rows[6]?.[0]).toBe('查看登记簿');
    expect(grid.rows[8]?.[0]).toBe('注：办结率按已办结件数除以收文件数计算。');
    expect(grid.merges).toEqual([{ top: 1, left: 0, bottom: 1, right: 3 }, { top: 2, left: 0, bottom: 2, right: 3 }]);
  });

  it('writes the sheet furniture: frozen header, widths, A4 print setup, print titles, hyperlink, own mark', async () => {
    const host = XlsxHost.open(registerPackage());
    await host.writeSheets([summary()]);
    const parts = partsOf(host.save());
    const sheet = parts['xl/worksheets/sheet3.xml'];
    expect(sheet).toContain('<pane ySplit="4" topLeftCell="A5" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('<col min="1" max="1" width="16" customWidth="1"/>');
    expect(sheet).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(sheet).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(sheet).toContain(`<hyperlink ref="A7" location="'收文登记'!A1" display="查看登记簿"/>`);
    expect(sheet).toContain('t="inlineStr"><is><t xml:space="preserve">=1+1</t></is>');
    const workbook = parts['xl/workbook.xml'];
    expect(workbook).toContain('<sheet name="汇总 (2)" sheetId="3" r:id="rId');
    expect(workbook).toContain(`<definedName name="RegisterDesk.Owned" localSheetId="2" hidden="1">&quot;summary:incoming:2026&quot;</definedName>`);
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="2">'汇总 (2)'!$4:$4</definedName>`);
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="0">'收文登记'!$A$1:$F$7</definedName>`);
    expect(parts['[Content_Types].xml']).toContain('<Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>');
  });

  it('formats cells by column: percent, integer and date formats with the workbook font', async () => {
    const host = XlsxHost.open(registerPackage());
    await host.writeSheets([summary()]);
    const pkg = WorkbookPackage.open(host.save());
    const styles = partsOf(host.save())['xl/styles.xml'];
    expect(styles).toContain('formatCode="0.0%"');
    expect(styles).toMatch(/<font><b\/><sz val="16"\/><name val="宋体"\/><charset val="134"\/><\/font>/);
    const dateCell = /<c r="D5" s="(\d+)"/.exec(partsOf(host.save())['xl/worksheets/sheet3.xml']) as RegExpExecArray;
    expect(pkg.styles.isDateStyle(Number(dateCell[1]))).toBe(true);
  });

  it('regenerating replaces the add-in sheet of the same purpose and never a user sheet', async () => {
    const first = XlsxHost.open(registerPackage());
    await first.writeSheets([summary()]);
    const host = XlsxHost.open(first.save());
    const outcome = await host.writeSheets([summary({ title: '新标题', name: '汇总' })]);
    expect(outcome.sheets).toEqual(['汇总 (2)']);
    const sheets = await host.listSheets();
    expect(sheets.map((s) => s.name)).toEqual(['收文登记', '汇总', '汇总 (2)']);
    expect((await host.readTop('汇总 (2)', 1)).rows[0]?.[0]).toBe('新标题');
    expect((await host.readTop('汇总', 1)).rows[0]?.[0]).toBe('我的汇总');
    const workbook = partsOf(host.save())['xl/workbook.xml'];
    expect(workbook.match(/RegisterDesk\.Owned/g)?.length).toBe(1);
    expect(workbook.match(/_xlnm\.Print_Titles/g)?.length).toBe(1);
  });

  it('keeps every part it does not need to change byte for byte, and reads back', async () => {
    const original = registerPackage();
    const host = XlsxHost.open(original);
    await host.writeSheets([summary()]);
    const bytes = host.save();
    const before = readZip(original);
    const after = readZip(bytes);
    const changed = before.entries.filter((e) => Buffer.compare(Buffer.from(e.raw()), Buffer.from(after.get(e.name)?.raw() ?? [])) !== 0).map((e) => e.name);
    expect(changed.sort()).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml']);
    expect(verifyPatched(original, bytes)).toEqual({ ok: true, problems: [] });
  });

  it('fits names to Excel rules and links to sheets written in the same call under their final names', async () => {
    const host = XlsxHost.open(registerPackage());
    const other: SheetSpec = { name: '汇总', purpose: 'other', title: 't', tables: [] };
    const linking: SheetSpec = {
      name: '提醒/清单:[2026]*这是一个非常非常长的工作表名称需要截断',
      purpose: 'remind',
      title: '提醒',
      tables: [{ columns: [{ header: '去' }], rows: [[{ text: '汇总', linkToSheet: '汇总' }]] }],
    };
    const outcome = await host.writeSheets([other, linking]);
    expect(outcome.sheets[1]).toBe('提醒_清单__2026__这是一个非常非常长的工作表名称需要截');
    expect(outcome.sheets[1].length).toBe(31);
    expect(partsOf(host.save())['xl/worksheets/sheet4.xml']).toContain(`location="'汇总 (2)'!A1"`);
  });

  it('draws charts from the table, leaving total rows out, and replaces them on regenerating', async () => {
    const charted = summary({ charts: [{ type: 'column', title: '各单位件数', table: 0, categoryColumn: 0, valueColumns: [1] }, { type: 'pie', title: '占比', table: 0, categoryColumn: 0, valueColumns: [1] }] });
    const first = XlsxHost.open(registerPackage());
    await first.writeSheets([charted]);
    const host = XlsxHost.open(first.save());
    await host.writeSheets([charted]);
    const parts = partsOf(host.save());
    expect(Object.keys(parts).filter((p) => /drawings|charts/.test(p)).sort()).toEqual([
      'xl/charts/chart1.xml',
      'xl/charts/chart2.xml',
      'xl/drawings/_rels/drawing1.xml.rels',
      'xl/drawings/drawing1.xml',
    ]);
    expect(parts['xl/worksheets/sheet3.xml']).toMatch(/<drawing r:id="rId1"\/><\/worksheet>$/);
    expect(parts['xl/worksheets/_rels/sheet3.xml.rels']).toContain('Target="../drawings/drawing1.xml"');
    expect(parts['xl/drawings/_rels/drawing1.xml.rels']).toContain('Target="../charts/chart2.xml"');
    expect(parts['xl/charts/chart1.xml']).toContain(`<c:f>'汇总 (2)'!$A$5:$A$6</c:f>`);
    expect(parts['xl/charts/chart1.xml']).toContain(`<c:f>'汇总 (2)'!$B$5:$B$6</c:f>`);
    expect(parts['xl/charts/chart1.xml']).toContain('<c:barDir val="col"/>');
    expect(parts['xl/charts/chart2.xml']).toContain('<c:pieChart>');
    expect(parts['[Content_Types].xml'].match(/drawingml\.chart\+xml/g)?.length).toBe(2);
  });

  it('works on a package without a styles part by adding one', async () => {
    const host = XlsxHost.open(buildPackage({ sheets: [{ name: 'a', rows: '' }], styles: null }));
    await host.writeSheets([summary()]);
    const parts = partsOf(host.save());
    expect(parts['xl/styles.xml']).toContain('<cellXfs count="');
    expect(parts['xl/_rels/workbook.xml.rels']).toContain('Target="styles.xml"');
  });
});

describe('XlsxHost settings', () => {
  it('round-trips settings through a custom XML part and a save', async () => {
    const host = XlsxHost.open(registerPackage(), { newGuid: guid });
    expect(await host.readSettings()).toEqual({ version: 1 });
    const settings = { version: 1 as const, mappings: { 收文登记: { kind: 'incoming' as const, headerRows: [2, 2] as const, columns: { receivedDate: 'B', sender: 'C' } } } };
    await host.writeSettings(settings);
    expect(await host.readSettings()).toEqual(settings);
    const reopened = XlsxHost.open(host.save());
    expect(await reopened.readSettings()).toEqual(settings);
    await reopened.writeSettings({ version: 1 });
    const parts = partsOf(reopened.save());
    expect(Object.keys(parts).filter((p) => p.startsWith('customXml/item')).sort()).toEqual(['customXml/item1.xml', 'customXml/itemProps1.xml']);
  });

  it('reads damaged settings as empty and keeps the problem for the caller', async () => {
    const host = XlsxHost.open(registerPackage(), { newGuid: guid });
    await host.writeSettings({ version: 1 });
    const damaged = repackage(host.save(), { 'customXml/item1.xml': (xml) => xml.replace('{"version":1}', '{"version":') });
    const reopened = XlsxHost.open(damaged);
    expect(await reopened.readSettings()).toEqual({ version: 1 });
    expect(reopened.settingsProblems.map((p) => p.code)).toEqual(['settings.unreadable']);
  });
});

describe('verifyPatched', () => {
  it('refuses a package whose values changed', () => {
    const original = registerPackage();
    const bytes = repackage(original, { 'xl/worksheets/sheet1.xml': (xml) => xml.replace('<v>46093</v>', '<v>46094</v>') });
    const result = verifyPatched(original, bytes);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ code: 'xlsx.verify.valueChanged', at: { sheet: '收文登记', row: 4, col: 1 } });
    expect(result.problems[0].message.zh).toContain('B4');
  });

  it('answers the command line writer with null or a Chinese reason', () => {
    const original = registerPackage();
    expect(readBackCheck(original)(original)).toBeNull();
    expect(readBackCheck(original)(new Uint8Array([80, 75]))).toMatch(/^修改后的工作簿无法完整读回/);
  });

  it('refuses bytes that are not a workbook', () => {
    expect(verifyPatched(registerPackage(), new Uint8Array([1, 2, 3])).problems[0].code).toBe('xlsx.verify.unreadable');
  });
});
