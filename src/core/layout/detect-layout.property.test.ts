import fc from 'fast-check';
import type { CellValue, Grid, MergedRange } from '../types';
import { detectLayout } from './detect-layout';
import { readRecords } from '../records/read-records';

const HEADER_WORDS = ['序号', '收文日期', '来文单位', '标题', '办理情况', '办结日期', '合计', '日期', '2026年收文登记簿', '注：', '督办事项'];

const cell: fc.Arbitrary<CellValue | undefined> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(...HEADER_WORDS),
  fc.double(),
  fc.integer({ min: -5, max: 60_000 }),
  fc.boolean(),
  fc.record({ type: fc.constant('error' as const), code: fc.constantFrom('#N/A', '#REF!') }),
  fc.integer({ min: 1, max: 80_000 }).map((serial) => ({ type: 'date' as const, serial, day: null })),
);

const merge: fc.Arbitrary<MergedRange> = fc
  .record({ top: fc.integer({ min: 0, max: 8 }), left: fc.integer({ min: -1, max: 6 }), h: fc.integer({ min: -1, max: 3 }), w: fc.integer({ min: -1, max: 4 }) })
  .map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));

const grid: fc.Arbitrary<Grid> = fc.record({
  sheet: fc.string({ maxLength: 10 }),
  top: fc.integer({ min: 1, max: 3 }),
  rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 10 }),
  merges: fc.array(merge, { maxLength: 4 }),
});

describe('detectLayout properties', () => {
  it('never throws on arbitrary small grids, and gives a layout whose parts agree', () => {
    fc.assert(
      fc.property(grid, fc.option(fc.constantFrom('incoming' as const, 'outgoing' as const, 'supervision' as const, 'submissions' as const), { nil: undefined }), (g, kindHint) => {
        const layout = detectLayout(g, { kindHint });
        expect(layout.sheet).toBe(g.sheet);
        expect(layout.confidence).toBeGreaterThanOrEqual(0);
        expect(layout.confidence).toBeLessThanOrEqual(1);
        if (layout.kind === null) expect(layout.columns).toEqual({});
        if (layout.headerRows) expect(layout.headerRows[0]).toBeLessThanOrEqual(layout.headerRows[1]);
        const cols = Object.values(layout.columns);
        expect(new Set(cols).size).toBe(cols.length);
        for (const col of cols) expect(col).toBeLessThanOrEqual(layout.lastCol);
        const register = readRecords(layout, g);
        for (const r of register.records) expect(r.row).toBeGreaterThan(layout.headerRows?.[1] ?? 0);
      }),
      { numRuns: 500 },
    );
  });
});
