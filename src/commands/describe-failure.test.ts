import { protectedSheetError } from '../hosts/excel/excel-errors';
import { describeFailure } from './describe-failure';

describe('describeFailure', () => {
  const protectedSheet = { zh: '工作表"收文"受保护，请先撤销保护再标记', en: 'Sheet "收文" is protected: unprotect it first' };

  it('uses the Chinese or English text an error carries as its message', () => {
    expect(describeFailure({ message: protectedSheet }, 'zh-CN')).toBe(protectedSheet.zh);
    expect(describeFailure({ message: protectedSheet }, 'en-US')).toBe(protectedSheet.en);
  });

  it('reads the Excel host\'s typed errors in the clerk\'s language', () => {
    const error = protectedSheetError('收文登记簿');
    expect(describeFailure(error, 'zh-CN')).toBe('工作表“收文登记簿”受保护，请先撤销保护再标记');
    expect(describeFailure(error, 'en-US')).toBe(error.text.en);
  });

  it('uses zh/en fields carried on the error itself', () => {
    const error = Object.assign(new Error('Sheet protected'), protectedSheet);
    expect(describeFailure(error, 'zh-CN')).toBe(protectedSheet.zh);
    expect(describeFailure(error, 'en-US')).toBe(protectedSheet.en);
  });

  it('names a plain error message after a short lead-in', () => {
    expect(describeFailure(new Error('The request payload size has exceeded the limit.'), 'zh-CN')).toBe(
      '操作没有完成：The request payload size has exceeded the limit.',
    );
    expect(describeFailure('Excel is busy', 'en-US')).toBe('Not done: Excel is busy');
  });

  it('says plainly that the reason is unknown when nothing readable was thrown', () => {
    for (const thrown of [undefined, null, 42, {}, new Error('  '), { message: 7 }]) {
      expect(describeFailure(thrown, 'zh-CN')).toMatch(/^操作没有完成，原因不明/);
      expect(describeFailure(thrown, 'en-US')).toMatch(/^The action did not finish and the reason is unknown/);
    }
  });
});
