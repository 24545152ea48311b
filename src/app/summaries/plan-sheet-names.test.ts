import type { SheetSpec } from '../../core/sheet-spec';
import type { SheetInfo } from '../../hosts/host';
import { planSheetNames } from './plan-sheet-names';

const spec = (name: string, purpose: string): SheetSpec => ({ name, purpose, title: name, tables: [] });
const sheet = (name: string, ownedPurpose: string | null = null): SheetInfo => ({ name, visibility: 'visible', rowCount: 10, colCount: 5, ownedPurpose });

describe('planSheetNames', () => {
  const specs = [spec('2026年度 目录', 'summary:contents:2026'), spec('2026年度 收文统计', 'summary:incoming:2026')];

  it('writes new sheets under their wanted names in an empty workbook', () => {
    expect(planSheetNames(specs)).toEqual([
      { purpose: 'summary:contents:2026', wanted: '2026年度 目录', name: '2026年度 目录', replaces: null },
      { purpose: 'summary:incoming:2026', wanted: '2026年度 收文统计', name: '2026年度 收文统计', replaces: null },
    ]);
  });

  it('replaces the add-in’s sheet of the same purpose, even one the clerk renamed', () => {
    const plan = planSheetNames(specs, [sheet('收文汇总（旧）', 'summary:incoming:2026')]);
    expect(plan[1]).toEqual({ purpose: 'summary:incoming:2026', wanted: '2026年度 收文统计', name: '2026年度 收文统计', replaces: '收文汇总（旧）' });
  });

  it('steps aside from a clerk’s sheet of the wanted name', () => {
    expect(planSheetNames(specs, [sheet('2026年度 收文统计')])[1].name).toBe('2026年度 收文统计 (2)');
  });

  it('keeps two specs of one batch apart and fits names to Excel’s rules', () => {
    const plan = planSheetNames([spec('汇总/2026', 'a'), spec('汇总_2026', 'b')]);
    expect(plan.map((p) => p.name)).toEqual(['汇总_2026', '汇总_2026 (2)']);
  });
});
