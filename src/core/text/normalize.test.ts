import { normalizeHeader, normalizeValue, removeBracketed } from './normalize';
import { isBlankCell, readCellText } from './cell-text';

describe('normalizeHeader', () => {
  it('removes line breaks and spaces inside a header cell', () => {
    expect(normalizeHeader('收文\n顺序号')).toBe('收文顺序号');
    expect(normalizeHeader(' 收 文\r\n日 期 ')).toBe('收文日期');
  });

  it('unifies full-width and CJK brackets as half-width round brackets', () => {
    expect(normalizeHeader('办理时限（工作日）')).toBe('办理时限(工作日)');
    expect(normalizeHeader('承办单位【牵头】')).toBe('承办单位(牵头)');
    expect(normalizeHeader('份数〔份〕')).toBe('份数(份)');
  });

  it('simplifies traditional characters', () => {
    expect(normalizeHeader('收文編號')).toBe('收文编号');
  });

  it('drops required-field stars and trailing colons', () => {
    expect(normalizeHeader('*收文日期：')).toBe('收文日期');
    expect(normalizeHeader('★标题')).toBe('标题');
  });

  it('removes zero-width and non-breaking spaces pasted from the web', () => {
    expect(normalizeHeader('来文\u200b单位\u00a0')).toBe('来文单位');
  });

  it('lower-cases Latin letters', () => {
    expect(normalizeHeader('ＮＯ.')).toBe('no');
  });
});

describe('removeBracketed', () => {
  it('takes out the bracketed aside of a header', () => {
    expect(removeBracketed('办理时限(工作日)')).toBe('办理时限');
    expect(removeBracketed('承办单位(牵头单位)备注')).toBe('承办单位备注');
  });

  it('keeps the inside of a header that is nothing but brackets', () => {
    expect(removeBracketed('(备注)')).toBe('备注');
  });
});

describe('normalizeValue', () => {
  it('trims, folds inner white space and simplifies', () => {
    expect(normalizeValue(' 已辦結\n ')).toBe('已办结');
    expect(normalizeValue('县  财政局\n办公室')).toBe('县 财政局 办公室');
  });

  it('keeps CJK brackets, which rules on document numbers care about', () => {
    expect(normalizeValue('县政办发〔2026〕12号')).toBe('县政办发〔2026〕12号');
  });
});

describe('readCellText', () => {
  it('reads every kind of cell as text', () => {
    expect(readCellText(null)).toBe('');
    expect(readCellText(undefined)).toBe('');
    expect(readCellText('标题')).toBe('标题');
    expect(readCellText(12)).toBe('12');
    expect(readCellText(true)).toBe('TRUE');
    expect(readCellText({ type: 'date', serial: 46086, day: { year: 2026, month: 3, day: 5 } })).toBe('2026-03-05');
    expect(readCellText({ type: 'error', code: '#REF!' })).toBe('#REF!');
  });
});

describe('isBlankCell', () => {
  it('counts empty cells and cells of spaces as blank, and nothing else', () => {
    expect(isBlankCell(null)).toBe(true);
    expect(isBlankCell(' \u3000')).toBe(true);
    expect(isBlankCell(0)).toBe(false);
    expect(isBlankCell('0')).toBe(false);
  });
});
