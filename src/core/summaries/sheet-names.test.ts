import { fitSheetName, isValidSheetName, makeUniqueSheetName, foldSheetName } from './sheet-names';

describe('sheet names', () => {
  it('accepts the add-in’s own names and refuses what Excel refuses', () => {
    expect(isValidSheetName('2026年度 涉密文件清退清单')).toBe(true);
    expect(isValidSheetName('2026-03-01至2026-06-30 信息报送统计')).toBe(true);
    expect(isValidSheetName('a'.repeat(32))).toBe(false);
    expect(isValidSheetName('收文[2026]')).toBe(false);
    expect(isValidSheetName("'收文")).toBe(false);
    expect(isValidSheetName('History')).toBe(false);
  });

  it('fits a wanted name and makes it unique without regard to case', () => {
    expect(fitSheetName('2026/督办:汇总')).toBe('2026_督办_汇总');
    expect(fitSheetName('x'.repeat(40))).toHaveLength(31);
    expect(makeUniqueSheetName('Summary', new Set([foldSheetName('SUMMARY')]))).toBe('Summary (2)');
    expect(makeUniqueSheetName('x'.repeat(31), new Set([foldSheetName('x'.repeat(31))]))).toBe(`${'x'.repeat(27)} (2)`);
  });
});
