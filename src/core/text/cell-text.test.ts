import fc from 'fast-check';
import { hasWhiteSpace, isBlankCell, isTrimmed, isTrimmedSpace, readCellText, removeSpaces } from './cell-text';

describe('isTrimmedSpace', () => {
  it('is true for exactly the characters String.prototype.trim removes', () => {
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      if (isTrimmedSpace(code) !== (String.fromCharCode(code).trim() === '')) differing.push(code);
    }
    expect(differing).toEqual([]);
  });
});

/** Text made mostly of the characters at stake: spaces of every kind, marks, CJK. */
const spaced = fc
  .array(fc.constantFrom(' ', '\u3000', '\u00a0', '\t', '\n', '\ufeff', '\u200b', '-', '—', '通', '知', 'a', '1'), { maxLength: 8 })
  .map((a) => a.join(''));

describe('isBlankCell and isTrimmed', () => {
  it('agree with trimming the text', () => {
    fc.assert(
      fc.property(fc.oneof(spaced, fc.string({ unit: 'binary', maxLength: 20 })), (text) => {
        expect(isBlankCell(text)).toBe(text.trim() === '');
        expect(isTrimmed(text)).toBe(text.trim() === text);
      }),
    );
  });

  it('find and remove white space as the regular expressions \\s and \\s+ do', () => {
    fc.assert(
      fc.property(fc.oneof(spaced, fc.string({ unit: 'binary', maxLength: 20 })), (text) => {
        expect(hasWhiteSpace(text)).toBe(/\s/.test(text));
        expect(removeSpaces(text)).toBe(text.replace(/\s+/g, ''));
      }),
    );
  });

  it('take empty cells as blank and numbers, dates and errors as filled', () => {
    expect(isBlankCell(null)).toBe(true);
    expect(isBlankCell(undefined)).toBe(true);
    expect(isBlankCell(0)).toBe(false);
    expect(isBlankCell(false)).toBe(false);
    expect(isBlankCell({ type: 'error', code: '#N/A' })).toBe(false);
    expect(readCellText({ type: 'error', code: '#N/A' })).toBe('#N/A');
  });
});
