import { toHalfWidth } from './half-width';

describe('toHalfWidth', () => {
  it('turns full-width digits and the full-width full stop into ASCII', () => {
    expect(toHalfWidth('２０２６．３．５')).toBe('2026.3.5');
  });

  it('turns full-width brackets, letters and the ideographic space into ASCII', () => {
    expect(toHalfWidth('（工作日）ＡＢ\u3000c')).toBe('(工作日)AB c');
  });

  it('leaves Chinese characters and CJK brackets alone', () => {
    expect(toHalfWidth('县政办发〔2026〕12号【急】')).toBe('县政办发〔2026〕12号【急】');
  });

  it('returns the same string when there is nothing to convert', () => {
    const text = '收文日期';
    expect(toHalfWidth(text)).toBe(text);
  });
});
