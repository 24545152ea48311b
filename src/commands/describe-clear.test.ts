import { describeClear } from './describe-clear';

const plain = { sheet: '收文登记簿', rowsRestored: 7, cellsKeptByUser: 0, rowsNotFound: 0 };

describe('describeClear', () => {
  it('says how many rows got their colours back', () => {
    expect(describeClear([plain], 'zh-CN')).toBe('「收文登记簿」已清除标记，恢复 7 行原来的底色。');
    expect(describeClear([plain], 'en-US')).toBe('"收文登记簿": marks cleared, colours restored on 7 rows.');
  });

  it('names the cells kept because the clerk re-coloured them, and the rows that were gone', () => {
    const outcome = { ...plain, rowsRestored: 1, cellsKeptByUser: 3, rowsNotFound: 2 };
    expect(describeClear([outcome], 'zh-CN')).toBe(
      '「收文登记簿」已清除标记，恢复 1 行原来的底色，保留 3 个您之后改过颜色的单元格，2 行已找不到（可能已删除），未作改动。',
    );
    expect(describeClear([outcome], 'en-US')).toBe(
      '"收文登记簿": marks cleared, colours restored on 1 row; 3 cells you re-coloured since were kept; 2 marked rows could not be found (deleted?) and were left alone.',
    );
  });

  it('says there was nothing to clear when no sheet had marks', () => {
    expect(describeClear([], 'zh-CN')).toBe('这里没有台账助手做的标记，无需清除。');
    expect(describeClear([{ ...plain, rowsRestored: 0 }], 'en-US')).toBe('There are no Register Desk marks here to clear.');
  });

  it('describes several sheets one after the other, skipping those without marks', () => {
    const other = { sheet: '督办台账', rowsRestored: 2, cellsKeptByUser: 0, rowsNotFound: 0 };
    const empty = { sheet: '说明', rowsRestored: 0, cellsKeptByUser: 0, rowsNotFound: 0 };
    expect(describeClear([plain, empty, other], 'zh-CN')).toBe(
      '「收文登记簿」已清除标记，恢复 7 行原来的底色；「督办台账」已清除标记，恢复 2 行原来的底色。',
    );
  });
});
