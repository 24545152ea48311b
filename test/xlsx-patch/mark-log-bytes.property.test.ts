/**
 * The command line writes the mark log's parts straight to bytes; they must be exactly the
 * bytes of the documents splitMarkLog gives (what the Excel host writes and both hosts read),
 * for any log and any part size.
 */
import fc from 'fast-check';
import type { FillState, MarkLog, MarkLogEntry } from '../../src/core/marks/mark-types';
import { splitMarkLog } from '../../src/core/marks/split-mark-log';
import { encodeMarkLogParts } from '../../src/hosts/xlsx/patch/mark-log-bytes';

const encoder = new TextEncoder();
const fills: readonly FillState[] = [{ pattern: 'none' }, { pattern: 'solid', color: 'FFFF00', styleIndex: 2 }, { pattern: 'solid', theme: 4, tint: -0.25 }];

const anEntry: fc.Arbitrary<MarkLogEntry> = fc
  .record({
    row: fc.integer({ min: 1, max: 1_048_576 }),
    // Any text a sheet name or row key may hold, lone surrogates included (written as U+FFFD).
    sheet: fc.string({ minLength: 1, maxLength: 31, unit: fc.oneof(fc.constantFrom('收', '文', '&', '"', '<', 'A', '\ud800'), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' })) }),
    key: fc.string({ maxLength: 40, unit: 'grapheme' }),
    kind: fc.constantFrom('overdue', 'dueSoon', 'doneLate'),
    before: fc.array(fc.constantFrom(...fills), { minLength: 1, maxLength: 30 }),
  })
  .map((e) => ({ sheet: e.sheet, kind: e.kind, row: e.row, fromCol: 0, toCol: e.before.length - 1, key: e.key, before: e.before }) as MarkLogEntry);

describe('the mark log written as bytes', () => {
  it('gives the bytes of the documents splitMarkLog gives, part for part', () => {
    fc.assert(
      fc.property(fc.array(anEntry, { maxLength: 120, size: 'max' }), fc.integer({ min: 200, max: 6_000 }), (entries, maxBytes) => {
        const log: MarkLog = { version: 1, entries };
        const expected = splitMarkLog(log, maxBytes).map((doc) => encoder.encode(doc));
        expect(encodeMarkLogParts(log, maxBytes)).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });

  it('fills a part to exactly its limit, and not a byte past it', () => {
    fc.assert(
      fc.property(fc.array(anEntry, { minLength: 2, maxLength: 40 }), fc.nat(), fc.constantFrom(-1, 0, 1), (entries, k, off) => {
        const log: MarkLog = { version: 1, entries };
        // The limit at the size of the first few entries' document, and a byte either side.
        const first = splitMarkLog({ version: 1, entries: entries.slice(0, 1 + (k % (entries.length - 1))) }, 1e9)[0];
        const maxBytes = encoder.encode(first).length + off;
        expect(encodeMarkLogParts(log, maxBytes)).toEqual(splitMarkLog(log, maxBytes).map((doc) => encoder.encode(doc)));
      }),
      { numRuns: 500 },
    );
  });

  it('writes no part for an empty log, and one for a log that fits', () => {
    expect(encodeMarkLogParts({ version: 1, entries: [] })).toEqual([]);
    const log: MarkLog = { version: 1, entries: [{ sheet: '收文登记', kind: 'overdue', row: 5, fromCol: 0, toCol: 0, key: 'k', before: [fills[1]] }] };
    expect(encodeMarkLogParts(log)).toEqual(splitMarkLog(log).map((doc) => encoder.encode(doc)));
  });
});
