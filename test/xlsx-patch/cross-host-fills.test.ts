/**
 * One fill vocabulary for both hosts: a styles part's `<fill>` read into the mark log's FillState
 * (Office.js terms: `color` is the cell's colour, `patternColor` the stripes) and written back.
 */
import fc from 'fast-check';
import { serializeMarkLog } from '../../src/core/marks/mark-log-xml';
import type { FillState } from '../../src/core/marks/mark-types';
import { describeFillState, isSameFill, makeFillXml, readIndexedColours } from '../../src/hosts/xlsx/patch/fill-state-xml';
import { readMarkLog } from '../../src/hosts/xlsx/patch/mark-log-store';
import { PackageDraft } from '../../src/hosts/xlsx/patch/package-draft';
import { parseThemeColours, resolveThemeFills } from '../../src/hosts/xlsx/patch/theme-colours';
import { readZip } from '../../src/hosts/xlsx/zip/read-zip';
import { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import { partsOf, repackage } from './build-package';
import { guid, marksOn, withMarkLogParts } from './cross-host-kit';
import { registerPackage } from './register-package';

const fill = (inner: string): string => `<fill><patternFill ${inner}</patternFill></fill>`;

describe('reading a styles fill into the mark log', () => {
  it('reads a solid fill’s colour from fgColor, with its theme link and tint', () => {
    expect(describeFillState(fill('patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/>'))).toEqual({ pattern: 'solid', color: 'FFFF00' });
    expect(describeFillState(fill('patternType="solid"><fgColor theme="4" tint="-0.249977111117893"/>'))).toEqual({ pattern: 'solid', theme: 4, tint: -0.249977111117893 });
  });

  it('reads a pattern’s background as the cell colour and its fgColor as the stripes', () => {
    expect(describeFillState(fill('patternType="lightUp"><fgColor rgb="FF0000FF"/><bgColor rgb="FFFFFF00"/>'))).toEqual({ pattern: 'lightUp', color: 'FFFF00', patternColor: '0000FF' });
    // Unset colours are Excel's automatic ones: stripes black on white.
    expect(describeFillState(fill('patternType="gray125">'))).toEqual({ pattern: 'gray125', color: 'FFFFFF', patternColor: '000000' });
  });

  it('resolves indexed colours from Excel’s palette or the workbook’s own', () => {
    expect(describeFillState(fill('patternType="solid"><fgColor indexed="13"/>'))).toEqual({ pattern: 'solid', color: 'FFFF00' });
    const own = readIndexedColours('<colors><indexedColors><rgbColor rgb="FF112233"/><rgbColor rgb="FF445566"/></indexedColors></colors>') ?? [];
    expect(describeFillState(fill('patternType="solid"><fgColor indexed="1"/>'), own)).toEqual({ pattern: 'solid', color: '445566' });
  });

  it('knows "no fill" and gradients by their pattern only', () => {
    expect(describeFillState('<fill><patternFill/></fill>')).toEqual({ pattern: 'none' });
    expect(describeFillState(undefined)).toEqual({ pattern: 'none' });
    expect(describeFillState('<fill><gradientFill degree="90"><stop position="0"><color theme="0"/></stop></gradientFill></fill>')).toEqual({ pattern: 'gradient' });
  });
});

describe('writing a logged fill into a styles part', () => {
  it('writes fills as Excel does, "no fill" as fill 0, and refuses what a styles part cannot hold', () => {
    expect(makeFillXml({ pattern: 'solid', color: 'ffff00', tint: 0.4 })).toBe('<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00" tint="0.4"/><bgColor indexed="64"/></patternFill></fill>');
    expect(makeFillXml({ pattern: 'solid', color: '4F81BD', theme: 4, tint: 0.8 })).toBe('<fill><patternFill patternType="solid"><fgColor theme="4" tint="0.8"/><bgColor indexed="64"/></patternFill></fill>');
    expect(makeFillXml({ pattern: 'darkGrid', color: 'FFFFFF', patternColor: 'FFC000' })).toBe('<fill><patternFill patternType="darkGrid"><fgColor rgb="FFFFC000"/><bgColor rgb="FFFFFFFF"/></patternFill></fill>');
    expect(makeFillXml({ pattern: 'none', color: 'FFFFFF' })).toBeNull();
    for (const bad of [{ pattern: 'linearGradient', color: 'FF0000' }, { pattern: 'Checker' }, { pattern: 'solid', color: '#GG0000' }, { pattern: 'solid', color: 'FF0000', tint: 3 }]) {
      expect(makeFillXml(bad)).toBeUndefined();
    }
  });

  it('reads back every fill it writes as the same fill', () => {
    const patterns = ['solid', 'mediumGray', 'darkGrid', 'lightUp', 'gray125', 'gray0625'];
    const rgb = fc.stringMatching(/^[0-9A-F]{6}$/);
    const tint = fc.option(fc.double({ min: -1, max: 1, noNaN: true }).filter((t) => t !== 0), { nil: undefined });
    const logged = fc.record({ pattern: fc.constantFrom(...patterns), color: rgb, tint, patternColor: rgb, patternTint: tint }).map((f): FillState => {
      const base: FillState = { pattern: f.pattern, color: f.color, ...(f.tint !== undefined ? { tint: f.tint } : {}) };
      return f.pattern === 'solid' ? base : { ...base, patternColor: f.patternColor, ...(f.patternTint !== undefined ? { patternTint: f.patternTint } : {}) };
    });
    fc.assert(
      fc.property(logged, (f) => {
        const back = describeFillState(makeFillXml(f) ?? undefined);
        expect(back).toEqual(f);
        expect(isSameFill(back, f)).toBe(true);
      }),
    );
  });
});

describe('theme colours in the log', () => {
  const theme = '<a:theme><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="5B9BD5"/></a:accent1></a:clrScheme></a:theme>';

  it('reads theme slots in SpreadsheetML order: light 1 first, then dark 1', () => {
    expect(parseThemeColours(theme).slice(0, 5)).toEqual(['FFFFFF', '000000', 'E7E6E6', '44546A', '5B9BD5']);
  });

  it('adds the RGB to fills known only by a theme link, and leaves the others as they are', () => {
    const themed: FillState = { pattern: 'solid', theme: 4, tint: 0.6, styleIndex: 7 };
    const plain: FillState = { pattern: 'solid', color: 'FFFF00' };
    const log = { version: 1 as const, entries: [{ sheet: 'S', kind: 'overdue' as const, row: 3, fromCol: 0, toCol: 1, key: 'k', before: [themed, plain] }] };
    expect(resolveThemeFills(log, () => parseThemeColours(theme)).entries[0].before).toEqual([{ ...themed, color: '5B9BD5' }, plain]);
    const untouched = { version: 1 as const, entries: [{ ...log.entries[0], before: [plain] }] };
    expect(resolveThemeFills(untouched, () => { throw new Error('theme read for nothing'); })).toBe(untouched);
  });
});

describe('a fill the Excel host logged that no styles part can hold', () => {
  it('keeps the cell’s mark and its entry in the log, and restores the rest of the row', async () => {
    const unprotected = repackage(registerPackage(), { 'xl/worksheets/sheet1.xml': (xml) => xml.replace(/<sheetProtection[^>]*\/>/, '') });
    const host = XlsxHost.open(unprotected, { newGuid: guid });
    const [mark] = await marksOn(host, '收文登记', [0, 1, 2, 3, 4, 5], 3, 3);
    await host.applyMarks('收文登记', [mark]);
    const gradient: FillState = { pattern: 'linearGradient', color: 'FF0000' };
    const excelLog = serializeMarkLog({ version: 1, entries: [{ sheet: '收文登记', kind: 'overdue', row: 3, fromCol: 0, toCol: 5, key: mark.key, before: [{ pattern: 'none' }, { pattern: 'none' }, gradient, { pattern: 'none' }, { pattern: 'none' }, { pattern: 'none' }] }] });
    const marked = withMarkLogParts(host.save(), [excelLog]);
    const cellC3 = (bytes: Uint8Array): string => /<c r="C3"[^>]*>/.exec(partsOf(bytes)['xl/worksheets/sheet1.xml'])?.[0] ?? '';
    const cli = XlsxHost.open(marked);
    expect(await cli.clearMarks()).toEqual([{ sheet: '收文登记', rowsRestored: 1, cellsKeptByUser: 1, rowsNotFound: 0 }]);
    const after = cli.save();
    expect(cellC3(after)).toBe(cellC3(marked));
    expect(cellC3(after)).toMatch(/ s="\d+"/);
    const row3 = /<row r="3"[\s\S]*?<\/row>/.exec(partsOf(after)['xl/worksheets/sheet1.xml'])?.[0] ?? '';
    expect(row3).not.toMatch(/<c r="[ADEF]3" s=/);
    expect(readMarkLog(new PackageDraft(readZip(after)), 'xl/workbook.xml').log.entries.map((e) => e.row)).toEqual([3]);
  });
});
