/**
 * Host pieces simple enough for Microsoft's office-addin-mock, whose load/sync checks suffice:
 * it fails a read of a property that was not loaded and synced, as Excel does.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { SETTINGS_NAMESPACE } from '../../src/core/settings/stored-settings';
import type { ExcelRun, XlWorksheet } from '../../src/hosts/excel/excel-api';
import { createExcelHost } from '../../src/hosts/excel/excel-host';
import { queueFillOp } from '../../src/hosts/excel/fill-writes';
import { serializeSettingsXml } from '../../src/hosts/xlsx/patch/settings-xml';

// office-addin-manifest pulls in an ESM-only package that jest on Node 20 cannot require;
// office-addin-mock uses nothing from it but the OfficeApp names.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));

function mockedRun(parts: Array<{ id: string; xml: string }>, calls: { added: string[]; set: string[] }): ExcelRun {
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        customXmlParts: {
          scoped: {
            items: parts.map((p) => ({
              id: p.id,
              getXml: () => ({ value: p.xml }),
              setXml: (xml: string) => calls.set.push(xml),
              delete: () => undefined,
            })),
          },
          getByNamespace(namespace: string) {
            expect(namespace).toBe(SETTINGS_NAMESPACE);
            return this.scoped;
          },
          add: (xml: string) => calls.added.push(xml),
        },
      },
    },
    run: async function (_options: unknown, batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  });
  return (options, batch) => mock.run(options, batch);
}

describe('settings through office-addin-mock', () => {
  it('reads the settings part after loading and syncing it', async () => {
    const xml = serializeSettingsXml({ version: 1, quotas: { 办公室: 90 } });
    const host = createExcelHost({ run: mockedRun([{ id: '{1}', xml }], { added: [], set: [] }) });
    expect(await host.readSettings()).toEqual({ version: 1, quotas: { 办公室: 90 } });
  });

  it('adds a settings part when the workbook has none, and rewrites it when it has one', async () => {
    const none = { added: [] as string[], set: [] as string[] };
    await createExcelHost({ run: mockedRun([], none) }).writeSettings({ version: 1 });
    expect(none).toEqual({ added: [serializeSettingsXml({ version: 1 })], set: [] });
    const one = { added: [] as string[], set: [] as string[] };
    await createExcelHost({ run: mockedRun([{ id: '{1}', xml: '<settings/>' }], one) }).writeSettings({ version: 1 });
    expect(one).toEqual({ added: [], set: [serializeSettingsXml({ version: 1 })] });
  });
});

describe('painting through office-addin-mock', () => {
  function mockedSheet() {
    const cleared = jest.fn();
    const sheet = new OfficeMockObject({
      areas: { format: { fill: { color: '#FFFFFF', pattern: 'None', tintAndShade: 0, clear: cleared } } },
      getRanges(address: string) {
        this.lastAddress = address;
        return this.areas;
      },
    });
    return { sheet, cleared };
  }

  it('sets colour, pattern and tint of a whole multi-area range in one go', () => {
    const { sheet } = mockedSheet();
    queueFillOp(sheet as unknown as XlWorksheet, { address: 'A5:L5,A9:L12', fill: { color: '#FF7C80', pattern: 'Solid', tintAndShade: 0 } });
    expect(sheet.lastAddress).toBe('A5:L5,A9:L12');
    expect(sheet.areas.format.fill.color).toBe('#FF7C80');
    expect(sheet.areas.format.fill.pattern).toBe('Solid');
    expect(sheet.areas.format.fill.tintAndShade).toBe(0);
  });

  it('clears the fill where the cells had none', () => {
    const { sheet, cleared } = mockedSheet();
    queueFillOp(sheet as unknown as XlWorksheet, { address: 'C7', fill: null });
    expect(cleared).toHaveBeenCalledTimes(1);
  });
});
