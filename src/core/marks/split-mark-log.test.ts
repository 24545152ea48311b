import fc from 'fast-check';
import { parseMarkLog, serializeMarkLog } from './mark-log-xml';
import type { FillState, MarkLog, MarkLogEntry } from './mark-types';
import { MARK_LOG_PART_BYTES, splitMarkLog, utf8Length } from './split-mark-log';

const none: FillState = { pattern: 'none' };
const entry = (row: number, sheet = '收文登记', width = 6): MarkLogEntry => ({
  sheet,
  kind: 'overdue',
  row,
  fromCol: 0,
  toCol: width - 1,
  key: `${row.toString(16).padStart(8, '0')}@0,1,2`,
  before: Array.from({ length: width }, (_, i) => (i % 2 ? none : { pattern: 'solid', color: 'FFFF00', styleIndex: 2 })),
});
const logOf = (entries: MarkLogEntry[]): MarkLog => ({ version: 1, entries });
const joined = (documents: readonly string[]): MarkLogEntry[] => documents.flatMap((xml) => parseMarkLog(xml).log.entries);

describe('splitting a long mark log over several parts', () => {
  it('writes no part for an empty log', () => {
    expect(splitMarkLog(logOf([]))).toEqual([]);
  });

  it('writes a log that fits as the one document serializeMarkLog gives', () => {
    const log = logOf([entry(3), entry(4, '督办台账')]);
    expect(splitMarkLog(log)).toEqual([serializeMarkLog(log)]);
  });

  it('keeps a 2 MB log in parts of at most 1.5 MB, entries in order', () => {
    const log = logOf(Array.from({ length: 9_500 }, (_, i) => entry(i + 3)));
    expect(utf8Length(serializeMarkLog(log))).toBeGreaterThan(2_000_000);
    const documents = splitMarkLog(log);
    expect(documents).toHaveLength(2);
    expect(Math.max(...documents.map(utf8Length))).toBeLessThanOrEqual(MARK_LOG_PART_BYTES);
    expect(joined(documents)).toEqual(log.entries);
  }, 20_000);

  it('counts bytes, not characters: Chinese sheet names take three bytes each', () => {
    const log = logOf(Array.from({ length: 400 }, (_, i) => entry(i + 3, '收文登记'.repeat(7))));
    const documents = splitMarkLog(log, 50_000);
    expect(documents.every((d) => utf8Length(d) <= 50_000)).toBe(true);
    // Parts are filled, not cut at every entry.
    expect(documents.slice(0, -1).every((d) => utf8Length(d) > 45_000)).toBe(true);
  });

  it('gives an entry larger than a part a part of its own', () => {
    const log = logOf([entry(3), entry(4, '收文登记', 300), entry(5)]);
    const documents = splitMarkLog(log, 2_000);
    expect(documents.map((d) => parseMarkLog(d).log.entries.map((e) => e.row))).toEqual([[3], [4], [5]]);
  });

  it('splits any log into parts within the limit that join back to the log', () => {
    const anEntry = fc.record({
      row: fc.integer({ min: 1, max: 1_048_576 }),
      sheet: fc.string({ minLength: 1, maxLength: 31, unit: 'grapheme' }),
      width: fc.integer({ min: 1, max: 30 }),
    });
    fc.assert(
      fc.property(fc.array(anEntry, { maxLength: 60 }), fc.integer({ min: 600, max: 20_000 }), (specs, maxBytes) => {
        const log = logOf(specs.map((e) => entry(e.row, e.sheet, e.width)));
        const documents = splitMarkLog(log, maxBytes);
        expect(joined(documents)).toEqual(log.entries);
        for (const d of documents) {
          if (parseMarkLog(d).log.entries.length > 1) expect(utf8Length(d)).toBeLessThanOrEqual(maxBytes);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('measures UTF-8 as an encoder does, surrogate pairs and lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length)));
  });
});
