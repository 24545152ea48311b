import { day } from '../../../../test/helpers/grid';
import { DEFAULT_RULE_SETTINGS } from '../settings/rule-settings';
import { checkWith } from '../testing/check-with';
import { cellsOf, registerOf } from '../testing/register-of';
import { checkDateRange } from './check-date-range';
import { findYearRange } from './year-range';

const FIELDS = ['serialNo', 'receivedDate', 'completedDate'] as const;

describe('checkDateRange', () => {
  it('flags years outside the register’s year ± one, and keeps next January’s completions', () => {
    const register = registerOf({
      year: 2026,
      fields: [...FIELDS],
      rows: [
        [1, day(2026, 3, 5), day(2026, 3, 9)],
        [2, day(2062, 3, 5), null],
        [3, day(2026, 12, 28), day(2027, 1, 6)],
        [4, day(2025, 12, 31), null],
        [5, day(2016, 3, 5), day(2028, 1, 2)],
      ],
    });
    const findings = checkWith(checkDateRange, register);
    expect(cellsOf(findings, 'date.out-of-range')).toEqual(['B4', 'B7', 'C7']);
    expect(findings[0].message.zh).toBe('B4 的收文日期 2062-03-05 不在本台账年度前后（2025–2027年），可能是年份录错了');
    expect(findings[0].fix.zh).toBe('请核对年份，如 2026-03-05');
  });

  it('widens the range by the configured slack', () => {
    const register = registerOf({ year: 2026, fields: [...FIELDS], rows: [[1, day(2024, 3, 5), null]] });
    expect(checkWith(checkDateRange, register)).toHaveLength(1);
    expect(checkWith(checkDateRange, register, { settings: { ...DEFAULT_RULE_SETTINGS, yearSlack: 2 } })).toEqual([]);
  });

  it('uses the years most rows carry when the register names no year', () => {
    const rows = Array.from({ length: 30 }, (_, i) => [i + 1, day(i < 12 ? 2025 : 2026, (i % 12) + 1, 10), null]);
    rows.push([31, day(2062, 5, 1), null]);
    const register = registerOf({ year: null, fields: [...FIELDS], rows });
    expect(findYearRange(register, DEFAULT_RULE_SETTINGS)).toEqual({ from: 2024, to: 2027, basis: 'rows' });
    expect(cellsOf(checkWith(checkDateRange, register), 'date.out-of-range')).toEqual(['B33']);
  });

  it('does not judge a register too small to have its own years', () => {
    const register = registerOf({ year: null, fields: [...FIELDS], rows: [[1, day(2026, 3, 5), null], [2, day(2062, 3, 5), null]] });
    expect(findYearRange(register, DEFAULT_RULE_SETTINGS)).toBeNull();
    expect(checkWith(checkDateRange, register)).toEqual([]);
  });
});
