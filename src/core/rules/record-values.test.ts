import fc from 'fast-check';
import type { CellValue, RegisterRecord } from '../types';
import { isFilled, readText } from './record-values';

function recordWith(title: CellValue): RegisterRecord {
  return { row: 5, values: { title }, dates: {}, problems: [] };
}

/** The definition the fast path must keep: blank after trimming, or a bare placeholder mark. */
function isFilledByDefinition(value: CellValue): boolean {
  if (value === null) return false;
  if (typeof value !== 'string') return true;
  const trimmed = value.trim();
  return trimmed !== '' && !['-', '—', '——', '–', '/', '／', '\\', '、'].includes(trimmed);
}

const marks = fc
  .array(fc.constantFrom(' ', '\u3000', '\t', '\n', '-', '—', '–', '/', '／', '\\', '、', '通', 'a'), { maxLength: 6 })
  .map((a) => a.join(''));

describe('isFilled', () => {
  it('is false for empty cells, spaces and bare dashes or slashes, however padded', () => {
    for (const value of [null, '', '  ', '\u3000', '-', ' — ', '——', '\t／\n', '、']) expect(isFilled(recordWith(value), 'title')).toBe(false);
    for (const value of ['通知', '--', '- -', 0, false, '—a']) expect(isFilled(recordWith(value), 'title')).toBe(true);
  });

  it('follows its definition on any text', () => {
    fc.assert(
      fc.property(fc.oneof(marks, fc.string({ maxLength: 6 })), (text) => {
        expect(isFilled(recordWith(text), 'title')).toBe(isFilledByDefinition(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a missing field as empty', () => {
    expect(isFilled(recordWith('x'), 'sender')).toBe(false);
    expect(readText(recordWith(' 通知 '), 'title')).toBe('通知');
  });
});
