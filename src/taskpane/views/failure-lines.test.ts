import { ExcelHostError } from '../../hosts/excel';
import { describeStepFailure } from './failure-lines';

describe('describeStepFailure', () => {
  it('gives a host error’s own words in the clerk’s language', () => {
    const error = new ExcelHostError('protected', { zh: '工作表“收文”受保护，请先撤销保护再标记', en: 'Sheet "收文" is protected.' });
    expect(describeStepFailure(error, 'zh-CN')).toEqual(['工作表“收文”受保护，请先撤销保护再标记']);
    expect(describeStepFailure(error, 'en-US')).toEqual(['Sheet "收文" is protected.']);
  });

  it('adds what to do next when the failure says it', () => {
    const failure = { code: 'encrypted', message: { zh: '文件有密码保护，无法读取', en: 'The file is password-protected' }, fix: { zh: '请在 Excel 中去掉密码后另存一份再打开', en: 'Remove the password in Excel and save a copy' } };
    expect(describeStepFailure(failure, 'zh-CN')).toEqual(['文件有密码保护，无法读取', '请在 Excel 中去掉密码后另存一份再打开']);
  });

  it('never loses a failure that carries no words of its own', () => {
    expect(describeStepFailure(undefined, 'zh-CN')[0]).toContain('原因不明');
    expect(describeStepFailure(new Error('disk full'), 'en-US')).toEqual(['Not done: disk full']);
  });
});
