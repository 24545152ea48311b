/** The pure parts of the Excel host: addresses, names, fills, chunking. */
import fc from 'fast-check';
import { columnLetters, formatArea, parseArea, parseAreaList } from '../../src/hosts/excel/a1';
import { MAX_ADDRESS_CHARS, MAX_AREAS_PER_CALL, areaAddresses, rowAreas } from '../../src/hosts/excel/area-batches';
import { isDateFormat, toCellValue } from '../../src/hosts/excel/cell-values';
import { fillStateOf, officeFillOf } from '../../src/hosts/excel/fill-state';
import { ownedFormula, purposeOf } from '../../src/hosts/excel/owned-name';
import { packBySize } from '../../src/hosts/excel/payload-budget';
import { bridgeRuns, toRuns } from '../../src/hosts/excel/row-runs';
import { fitSheetName, uniqueSheetName } from '../../src/hosts/excel/sheet-names';

const area = fc
  .record({ top: fc.integer({ min: 1, max: 1_048_576 }), left: fc.integer({ min: 0, max: 16_383 }), rows: fc.integer({ min: 0, max: 50 }), cols: fc.integer({ min: 0, max: 50 }) })
  .map(({ top, left, rows, cols }) => ({ top, left, bottom: Math.min(1_048_576, top + rows), right: Math.min(16_383, left + cols) }));

describe('A1 addresses', () => {
  it('names columns as Excel does', () => {
    expect([0, 25, 26, 701, 702, 16_383].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA', 'XFD']);
  });

  it('reads back every rectangle it writes', () => {
    fc.assert(fc.property(area, (a) => expect(parseArea(formatArea(a))).toEqual(a)));
  });

  it('reads a multi-area address with quoted sheet names holding commas and quotes', () => {
    fc.assert(
      fc.property(fc.array(area, { minLength: 1, maxLength: 8 }), fc.string({ maxLength: 12 }), (areas, sheet) => {
        const quoted = `'${sheet.replace(/'/g, "''").replace(/!/g, '')},x'`;
        const address = areas.map((a) => `${quoted}!${formatArea(a).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`).join(',');
        expect(parseAreaList(address)).toEqual(areas);
      }),
    );
  });

  it('gives null for whole rows or columns and for text that is no address', () => {
    expect([parseArea('A:C'), parseArea('3:5'), parseArea('标题'), parseArea('')]).toEqual([null, null, null, null]);
  });
});

describe('multi-area calls', () => {
  it('joins consecutive rows into one rectangle', () => {
    expect(rowAreas([9, 5, 6, 7], 0, 11).map(formatArea)).toEqual(['A5:L7', 'A9:L9']);
  });

  it('cuts address lists below Excel’s limits and covers every area once', () => {
    fc.assert(
      fc.property(fc.array(area, { maxLength: 1200 }), (areas) => {
        const lists = areaAddresses(areas);
        for (const list of lists) {
          expect(list.split(',').length).toBeLessThanOrEqual(MAX_AREAS_PER_CALL);
          expect(list.length).toBeLessThanOrEqual(MAX_ADDRESS_CHARS);
        }
        expect(lists.flatMap((l) => (l ? parseAreaList(l) : []))).toEqual(areas);
      }),
    );
  });
});

describe('runs and packing', () => {
  it('groups indexes into runs and bridges short gaps only', () => {
    expect(bridgeRuns(toRuns([1, 2, 3, 7, 8, 30]), 3)).toEqual([{ from: 1, to: 8 }, { from: 30, to: 30 }]);
  });

  it('packs items in order without exceeding the budget unless one item alone does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100 })), fc.integer({ min: 1, max: 150 }), (sizes, budget) => {
        const groups = packBySize(sizes, (n) => n, budget);
        expect(groups.flat()).toEqual(sizes);
        for (const g of groups) if (g.length > 1) expect(g.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(budget);
      }),
    );
  });
});

describe('sheet names', () => {
  it('always fits Excel’s rules', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (wanted) => {
        const name = fitSheetName(wanted);
        expect([...name].length).toBeGreaterThan(0);
        expect([...name].length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[\\/?*[\]:]|^'|'$/);
      }),
    );
  });

  it('compares names without case, as Excel does', () => {
    expect(uniqueSheetName('Summary', new Set(['summary']))).toBe('Summary (2)');
  });

  it('never takes a name already taken', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 31 }), fc.integer({ min: 0, max: 5 }), (base, n) => {
        const name = fitSheetName(base);
        const taken = new Set([name.toLowerCase()]);
        for (let i = 0; i < n; i++) taken.add(uniqueSheetName(name, taken).toLowerCase());
        const chosen = uniqueSheetName(name, taken);
        expect(taken.has(chosen.toLowerCase())).toBe(false);
        expect([...chosen].length).toBeLessThanOrEqual(31);
      }),
    );
  });
});

describe('the owned-sheet mark', () => {
  it('reads back any purpose it stores', () => {
    fc.assert(fc.property(fc.string(), (purpose) => expect(purposeOf(ownedFormula(purpose))).toBe(purpose)));
  });

  it('does not take a range name for a purpose', () => {
    expect(purposeOf('=收文登记!$A$1')).toBeNull();
  });
});

describe('fills between Office.js and the mark log', () => {
  it('keeps the OOXML pattern names both hosts share, and no colour for no fill', () => {
    expect(fillStateOf({ color: '#FFFFFF', pattern: 'None', tintAndShade: 0 })).toEqual({ pattern: 'none' });
    expect(fillStateOf({ color: '#ffff00', pattern: 'Checker', tintAndShade: -0.25 })).toEqual({ pattern: 'darkGrid', color: 'FFFF00', tint: -0.25 });
  });

  it('sets back what it read', () => {
    const patterns = fc.constantFrom('Solid', 'Gray50', 'Gray75', 'Gray25', 'Horizontal', 'Vertical', 'Down', 'Up', 'Checker', 'SemiGray75', 'LightHorizontal', 'LightVertical', 'LightDown', 'LightUp', 'Grid', 'CrissCross', 'Gray16', 'Gray8');
    const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0').toUpperCase()}`);
    fc.assert(
      fc.property(patterns, hex, fc.double({ min: -1, max: 1, noNaN: true }), (pattern, color, tint) => {
        expect(officeFillOf(fillStateOf({ pattern, color, tintAndShade: tint }))).toEqual({ pattern, color, tintAndShade: tint === 0 ? 0 : tint });
      }),
    );
  });

  it('cannot set a gradient or a theme colour logged without its RGB', () => {
    expect(officeFillOf({ pattern: 'linearGradient', color: 'FFFFFF' })).toBeUndefined();
    expect(officeFillOf({ pattern: 'solid', theme: 4, tint: 0.6 })).toBeUndefined();
  });
});

describe('cell values', () => {
  it('tags a number as a date only when its format shows one', () => {
    expect(toCellValue(46086, 'yyyy"年"m"月"d"日"')).toEqual({ type: 'date', serial: 46086, day: { year: 2026, month: 3, day: 5 } });
    expect(toCellValue(46086, '0"天"')).toBe(46086);
    expect([isDateFormat('General'), isDateFormat('m/d/yyyy'), isDateFormat('[$-F800]dddd, mmmm dd, yyyy')]).toEqual([false, true, true]);
  });

  it('keeps error-looking text as text unless Excel says it is an error', () => {
    expect([toCellValue('#N/A'), toCellValue('#N/A', 'General', 'String'), toCellValue('#N/A', 'General', 'Error')]).toEqual(['#N/A', '#N/A', { type: 'error', code: '#N/A' }]);
  });
});
