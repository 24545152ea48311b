import fc from 'fast-check';
import { baseNameOf, COPY_ACTIONS, nameCopy } from '../../src/web/engine/copy-name';

describe('nameCopy', () => {
  it('names a marked copy after the file, the action and the day', () => {
    expect(nameCopy('收文登记.xlsx', 'marked', '2026-11-20')).toBe('收文登记-已标记-2026-11-20.xlsx');
  });

  it('keeps a macro workbook a macro workbook', () => {
    expect(nameCopy('督办台账.XLSM', 'yearEnd', '2026')).toBe('督办台账-年终汇总-2026.xlsm');
  });

  it('replaces the suffix of a copy it named before instead of adding another', () => {
    expect(nameCopy('收文登记-已标记-2026-11-20.xlsx', 'cleared', '2026-11-23')).toBe('收文登记-已清除标记-2026-11-23.xlsx');
  });

  it('drops the counter a browser adds to a download whose name was taken', () => {
    expect(nameCopy('收文登记-已标记-2026-11-20 (1).xlsx', 'reminder', '2026-11-20')).toBe('收文登记-催办单-2026-11-20.xlsx');
  });

  it('keeps a clerk’s own dashes and dates that are not a suffix of ours', () => {
    expect(nameCopy('2026-收文-第二季度.xlsx', 'marked', '2026-11-20')).toBe('2026-收文-第二季度-已标记-2026-11-20.xlsx');
    expect(baseNameOf('收文-已审核-2026-11-20.xlsx')).toBe('收文-已审核-2026-11-20');
  });

  it('gives a file with no usable name a plain one, and ignores folders in the name', () => {
    expect(nameCopy('.xlsx', 'marked', '2026-11-20')).toBe('工作簿-已标记-2026-11-20.xlsx');
    expect(nameCopy('C:\\台账\\收文.xlsx', 'settings', '2026-11-20')).toBe('收文-已更新设置-2026-11-20.xlsx');
  });

  it('names a copy of a copy exactly as it names a copy of the original', () => {
    const action = fc.constantFrom(...COPY_ACTIONS);
    const stamp = fc.oneof(
      fc.integer({ min: 2000, max: 2099 }).map(String),
      fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    );
    const base = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !/[\\/]/.test(s) && s.trim() !== '' && !/\s*\(\d{1,3}\)$/.test(s));
    fc.assert(
      fc.property(base, fc.constantFrom('.xlsx', '.xlsm'), action, stamp, action, stamp, (name, ext, first, s1, second, s2) => {
        const original = `${name}${ext}`;
        expect(nameCopy(nameCopy(original, first, s1), second, s2)).toBe(nameCopy(original, second, s2));
      }),
    );
  });
});
