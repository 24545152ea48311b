import { day } from '../../../../test/helpers/grid';
import { checkWith } from '../testing/check-with';
import { cellsOf, registerOf, summarise } from '../testing/register-of';
import { checkDocNumberSeries } from './check-doc-number-series';

const FIELDS = ['docNumber', 'issuedDate', 'title'] as const;

function outgoing(numbers: ReadonlyArray<string>, year = 2026) {
  return registerOf({
    kind: 'outgoing',
    sheet: '发文登记',
    fields: [...FIELDS],
    rows: numbers.map((n, i) => [n, day(year, 1 + Math.floor(i / 28), (i % 28) + 1), `通知${i + 1}`]),
  });
}

describe('checkDocNumberSeries', () => {
  it('reports the gaps of a series once, listing the missing numbers compactly', () => {
    const serials = [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 15, 16, 17];
    const findings = checkWith(checkDocNumberSeries, outgoing(serials.map((s) => `县政办发〔2026〕${s}号`)));
    expect(summarise(findings)).toEqual(['doc-number.gap A11']);
    expect(findings[0].message.zh).toBe('A11：县政办发〔2026〕系列（1–17号）断号，缺少 9、12–14 号，共 4 个');
  });

  it('keeps each agency code and year its own series, however the brackets were typed', () => {
    const findings = checkWith(
      checkDocNumberSeries,
      outgoing(['县政办发〔2026〕1号', '县政办函〔2026〕1号', '县政办发[2026]2号', '县政办函〔2026〕2号', '县政办发〔2026〕3号']),
    );
    expect(findings).toEqual([]);
  });

  it('names both rows of a number used twice', () => {
    const findings = checkWith(checkDocNumberSeries, outgoing(['县政办发〔2026〕1号', '县政办发〔2026〕2号', '县政办发〔2026〕02号']));
    expect(summarise(findings)).toEqual(['doc-number.duplicate A5']);
    expect(findings[0].related).toEqual([{ sheet: '发文登记', row: 4, col: 0 }]);
    expect(findings[0].message.zh).toBe('A5 的文号 县政办发〔2026〕2号 与 A4 重号');
  });

  it('does not count a new year’s series as a gap in the old one', () => {
    const register = registerOf({
      kind: 'outgoing',
      fields: [...FIELDS],
      rows: [
        ['县政办发〔2025〕1号', day(2025, 12, 1), 'a'],
        ['县政办发〔2025〕2号', day(2025, 12, 2), 'b'],
        ['县政办发〔2026〕1号', day(2026, 1, 5), 'c'],
      ],
    });
    expect(checkWith(checkDocNumberSeries, register)).toEqual([]);
  });

  it('checks only outgoing registers: incoming numbers come from many senders', () => {
    const register = registerOf({ fields: ['docNumber', 'receivedDate'], rows: [['县政办发〔2026〕1号', day(2026, 1, 5)], ['县政办发〔2026〕5号', day(2026, 1, 6)]] });
    expect(cellsOf(checkWith(checkDocNumberSeries, register), 'doc-number.gap')).toEqual([]);
  });
});
