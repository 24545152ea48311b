import { findRegisterYear } from './register-year';

describe('findRegisterYear', () => {
  it('reads the year a title names before 年', () => {
    expect(findRegisterYear(['2026年收文登记簿'], 'Sheet1')).toBe(2026);
    expect(findRegisterYear(['２０２６年度督查督办台账'], 'Sheet1')).toBe(2026);
    expect(findRegisterYear(['二〇二六年收文登记簿'], 'Sheet1')).toBe(2026);
    expect(findRegisterYear(['2026 年 收文登记'], 'Sheet1')).toBe(2026);
  });

  it('falls back to the sheet name, with or without 年', () => {
    expect(findRegisterYear([], '2025年发文')).toBe(2025);
    expect(findRegisterYear(['收文登记簿'], '收文2025')).toBe(2025);
  });

  it('prefers the title to the sheet name', () => {
    expect(findRegisterYear(['2026年收文登记簿'], '2025收文')).toBe(2026);
  });

  it('gives no year for two different years or for none', () => {
    expect(findRegisterYear(['收文登记簿（2025-2026年）'], 'Sheet1')).toBeNull();
    expect(findRegisterYear(['收文登记簿'], 'Sheet1')).toBeNull();
    expect(findRegisterYear(['县政办发〔2026〕12号'], 'Sheet1')).toBeNull();
  });

  it('ignores numbers that are not years', () => {
    expect(findRegisterYear(['共12345件'], '收文')).toBeNull();
    expect(findRegisterYear(['1850年档案'], '收文')).toBeNull();
  });
});
