import { makeDay } from '../../src/core/dates/day';
import type { SheetSpec } from '../../src/core/sheet-spec';
import { SETTINGS_NAMESPACE } from '../../src/core/settings/stored-settings';
import { ExcelHostError } from '../../src/hosts/excel/excel-errors';
import { serializeSettingsXml } from '../../src/hosts/xlsx/patch/settings-xml';
import { createStandin } from '../excel-standin/standin';
import { hostOn, runFailingOnce } from './host-harness';

const march5 = makeDay(2026, 3, 5);
if (!march5) throw new Error('bad day');

const summary = (overrides: Partial<SheetSpec> = {}): SheetSpec => ({
  name: '收文汇总',
  purpose: 'summary:incoming:2026',
  title: '2026年收文办理情况汇总',
  subtitle: '截至2026年3月5日',
  tables: [
    {
      caption: '按承办单位',
      columns: [
        { header: '承办单位', width: 16, format: 'text' },
        { header: '收文数', width: 8, format: 'integer' },
        { header: '办结率', width: 8, format: 'percent1' },
        { header: '最早收文', width: 12, format: 'date' },
      ],
      rows: [
        ['办公室', 12, 0.75, { day: march5 }],
        ['=1+1', 3, 1, null],
        ['+86 县政府', 0, 0, null],
        ['-县财政局', 1, 0.5, null],
        ['@督查室', 2, 0, null],
        ['00123', 4, 0.25, null],
        [{ text: '见收文登记', linkToSheet: '收文登记' }, 5, 0.2, null],
        ['合计', 27, 0.6, null],
      ],
      rowStyles: ['body', 'body', 'body', 'body', 'body', 'body', 'body', 'total'],
    },
  ],
  notes: ['办结率 = 已办结件数 ÷ 收文数'],
  freezeHeader: true,
  print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatHeader: true },
  charts: [{ type: 'column', title: '各单位收文数', table: 0, categoryColumn: 0, valueColumns: [1] }],
  ...overrides,
});

const userSheets = () => createStandin({ sheets: [{ name: '收文登记', rows: [['序号'], [1]] }, { name: '收文汇总', rows: [['这是科员自己做的表']] }] });

describe('writeSheets draws a summary sheet and keeps text as text', () => {
  it('writes the title, the table as values with number formats, and strings that look like formulas as text', async () => {
    const s = createStandin({ sheets: [{ name: '收文登记', rows: [['序号']] }] });
    const outcome = await hostOn(s).writeSheets([summary()]);
    expect(outcome).toEqual({ sheets: ['收文汇总'], renamed: [] });
    expect(s.valuesOf('收文汇总', 'A1:A2')).toEqual([['2026年收文办理情况汇总'], ['截至2026年3月5日']]);
    // Row 4: caption; row 5: header; rows 6-13: data.
    expect(s.valuesOf('收文汇总', 'A5:D6')).toEqual([
      ['承办单位', '收文数', '办结率', '最早收文'],
      ['办公室', 12, 0.75, 46086],
    ]);
    expect(s.valuesOf('收文汇总', 'A7:A11')).toEqual([['=1+1'], ['+86 县政府'], ['-县财政局'], ['@督查室'], ['00123']]);
    for (const a1 of ['A7', 'A8', 'A9', 'A10', 'A11']) {
      expect(s.cellOf('收文汇总', a1)?.formula).toBeUndefined();
      expect(s.cellOf('收文汇总', a1)?.numberFormat).toBe('@');
    }
    expect(s.cellOf('收文汇总', 'B6')?.numberFormat).toBe('0');
    expect(s.cellOf('收文汇总', 'C6')?.numberFormat).toBe('0.0%');
    expect(s.cellOf('收文汇总', 'D6')?.numberFormat).toBe('yyyy"年"m"月"d"日"');
    expect(s.cellOf('收文汇总', 'A12')?.link).toBe("'收文登记'!A1");
    expect(s.cellOf('收文汇总', 'A13')?.bold).toBe(true);
    expect(s.valuesOf('收文汇总', 'A15')).toEqual([['办结率 = 已办结件数 ÷ 收文数']]);
  });

  it('freezes the header, sets A4 landscape fit to width with the header on every page, widths and a chart', async () => {
    const s = createStandin({ sheets: [{ name: '收文登记', rows: [['序号']] }] });
    await hostOn(s).writeSheets([summary()]);
    const sheet = s.sheet('收文汇总');
    expect(sheet.frozenRows).toBe(5);
    expect(sheet.page).toEqual({ orientation: 'Landscape', paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: '$5:$5' });
    expect(sheet.columnWidths.get(0)).toBeCloseTo((16 * 7 + 5) * 0.75);
    expect(sheet.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 4 }]);
    expect(sheet.charts).toEqual([expect.objectContaining({ type: 'ColumnClustered', source: '收文汇总!A5:B13', title: '各单位收文数' })]);
    expect(sheet.names.get('registerdesk.owned')).toEqual(expect.objectContaining({ formula: '="summary:incoming:2026"', visible: false }));
  });

  it('writes a long table in payload-sized chunks, none over the budget', async () => {
    const s = createStandin({ sheets: [{ name: '收文登记', rows: [['序号']] }] });
    const rows = Array.from({ length: 20_000 }, (_, i) => [`县政办发〔2026〕${i + 1}号 关于做好有关工作的通知`, i, 0.5, null]);
    const big = summary({ tables: [{ ...summary().tables[0], rows, rowStyles: undefined }], charts: [] });
    s.resetCounters();
    await hostOn(s, { chunkBytes: 1_000_000 }).writeSheets([big]);
    expect(Math.max(...s.counters.requestBytes)).toBeLessThanOrEqual(1_300_000);
    expect(s.valuesOf('收文汇总', 'A20005:B20005')).toEqual([['县政办发〔2026〕20000号 关于做好有关工作的通知', 19_999]]);
  });
});

describe('writeSheets replaces only the sheets the add-in made', () => {
  it('never touches a clerk’s sheet of the same name: the new sheet takes "(2)" and says so', async () => {
    const s = userSheets();
    const outcome = await hostOn(s).writeSheets([summary()]);
    expect(outcome).toEqual({ sheets: ['收文汇总 (2)'], renamed: [{ wanted: '收文汇总', written: '收文汇总 (2)' }] });
    expect(s.valuesOf('收文汇总', 'A1')).toEqual([['这是科员自己做的表']]);
  });

  it('replaces its own sheet of the same purpose in place, even after the clerk renamed it', async () => {
    const s = userSheets();
    const host = hostOn(s);
    await host.writeSheets([summary()]);
    s.sheet('收文汇总 (2)').name = '我的汇总';
    const order = () => s.state.sheets.map((x) => x.name);
    const before = order();
    const outcome = await host.writeSheets([summary({ title: '第二版' })]);
    expect(outcome.sheets).toEqual(['收文汇总 (2)']);
    expect(order()).toEqual(before.map((n) => (n === '我的汇总' ? '收文汇总 (2)' : n)));
    expect(s.valuesOf('收文汇总 (2)', 'A1')).toEqual([['第二版']]);
    expect(s.valuesOf('收文汇总', 'A1')).toEqual([['这是科员自己做的表']]);
    const sheets = await host.listSheets();
    expect(sheets.map((x) => [x.name, x.ownedPurpose])).toEqual([
      ['收文登记', null],
      ['收文汇总', null],
      ['收文汇总 (2)', 'summary:incoming:2026'],
    ]);
  });

  it('fits a wanted name to Excel’s rules', async () => {
    const s = createStandin({ sheets: [{ name: 'S', rows: [['x']] }] });
    const outcome = await hostOn(s).writeSheets([summary({ name: '2026/收文:汇总[全年]，含各承办单位、各类别及办结情况', purpose: 'p' })]);
    expect(outcome.sheets[0]).toBe('2026_收文_汇总_全年_，含各承办单位、各类别及办结情况'.slice(0, 31));
  });

  // A small write goes in one round trip (list the sheets, then everything at once): failing that
  // round trip must leave nothing of it behind.
  it('leaves the workbook as it was when the write is refused', async () => {
    const s = userSheets();
    const host = hostOn(s);
    await host.writeSheets([summary()]);
    const names = s.state.sheets.map((x) => x.name);
    const snapshot = JSON.stringify(s.valuesOf('收文汇总 (2)', 'A1:D15'));
    const failing = hostOn(s, { run: runFailingOnce(s, 2) });
    const failure = await failing.writeSheets([summary({ title: '第二版' })]).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ExcelHostError);
    expect(s.state.sheets.map((x) => x.name)).toEqual(names);
    expect(JSON.stringify(s.valuesOf('收文汇总 (2)', 'A1:D15'))).toBe(snapshot);
  });
});

describe('settings travel with the workbook in the same XML as the .xlsx host', () => {
  it('reads empty settings from a workbook that has none', async () => {
    const s = createStandin({ sheets: [{ name: 'S' }] });
    expect(await hostOn(s).readSettings()).toEqual({ version: 1 });
  });

  it('writes, rewrites and reads back settings in one part', async () => {
    const s = createStandin({ sheets: [{ name: 'S' }] });
    const host = hostOn(s);
    const settings = { version: 1 as const, mappings: { '收文<登记>&': { kind: 'incoming' as const, columns: { title: 'E' } } }, deadlines: { warnDays: 3 } };
    await host.writeSettings(settings);
    await host.writeSettings({ ...settings, deadlines: { warnDays: 5 } });
    expect(await host.readSettings()).toEqual({ ...settings, deadlines: { warnDays: 5 } });
    const parts = s.state.xmlParts.filter((p) => p.namespaceUri === SETTINGS_NAMESPACE);
    expect(parts).toHaveLength(1);
    expect(parts[0].xml).toBe(serializeSettingsXml({ ...settings, deadlines: { warnDays: 5 } }));
  });

  it('reads settings the .xlsx host wrote', async () => {
    const xml = serializeSettingsXml({ version: 1, quotas: { 办公室: 90 } });
    const s = createStandin({ sheets: [{ name: 'S' }], xmlParts: [xml] });
    expect(await hostOn(s).readSettings()).toEqual({ version: 1, quotas: { 办公室: 90 } });
  });
});
