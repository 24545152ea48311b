import fc from 'fast-check';
import { foldLabel, readNumber, readPercent } from './settings-cells';

const toFullWidth = (text: string): string => text.replace(/[0-9.\-+%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('readNumber', () => {
  it('reads numbers typed as numbers or text, full-width or with a sign', () => {
    expect(readNumber(3)).toBe(3);
    expect(readNumber(' -2 ')).toBe(-2);
    expect(readNumber('－２')).toBe(-2);
    expect(readNumber('+1')).toBe(1);
    expect(readNumber('1.5')).toBe(1.5);
  });

  it('gives nothing for words, empty cells and errors', () => {
    expect(readNumber('三十')).toBeNull();
    expect(readNumber('')).toBeNull();
    expect(readNumber(null)).toBeNull();
    expect(readNumber({ type: 'error', code: '#N/A' })).toBeNull();
    expect(readNumber('1e3')).toBeNull();
  });

  it('reads back any whole number however it is written', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100000, max: 100000 }), fc.boolean(), (n, wide) => {
        const text = String(n);
        expect(readNumber(wide ? toFullWidth(text) : text)).toBe(n);
        expect(readNumber(n)).toBe(n);
      }),
    );
  });
});

describe('readPercent', () => {
  it('reads 20, 20% and 0.2 alike', () => {
    expect(readPercent(20)).toBe(20);
    expect(readPercent('20%')).toBe(20);
    expect(readPercent('２０％')).toBe(20);
    expect(readPercent(0.2)).toBe(20);
    expect(readPercent(0.644)).toBe(64.4);
  });

  it('refuses shares outside 0..100', () => {
    expect(readPercent(120)).toBeNull();
    expect(readPercent('-5%')).toBeNull();
    expect(readPercent('二成')).toBeNull();
  });

  it('reads back any whole percentage written with a sign', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100 }), (n) => expect(readPercent(`${n}%`)).toBe(n)));
  });
});

describe('foldLabel', () => {
  it('drops spaces, width and bracketed asides', () => {
    expect(foldLabel('定 额 比 例（%）')).toBe('定额比例');
    expect(foldLabel('按时办结(每件)')).toBe('按时办结');
  });
});
