import { day } from '../../../../test/helpers/grid';
import { checkWith } from '../testing/check-with';
import { cellsOf, registerOf } from '../testing/register-of';
import { checkResult } from './check-result';

const FIELDS = ['serialNo', 'receivedDate', 'deadline', 'completedDate', 'result'] as const;

describe('checkResult', () => {
  it('flags a finished result with no completion date on an item that has a deadline', () => {
    const register = registerOf({
      fields: [...FIELDS],
      rows: [
        [1, day(2026, 3, 5), '5个工作日', null, '已办结'],
        [2, day(2026, 3, 5), '5个工作日', day(2026, 3, 9), '已办结'],
        [3, day(2026, 3, 5), null, null, '已阅'],
        [4, day(2026, 3, 5), '5个工作日', null, '办理中'],
      ],
    });
    const findings = checkWith(checkResult, register);
    expect(cellsOf(findings, 'result.done-without-date')).toEqual(['D3']);
    expect(findings[0].message.zh).toBe('E3 的办理结果写明“已办结”，但 D3 的办结日期为空');
  });

  it('flags a completion date beside a result that says the item is still open', () => {
    const register = registerOf({
      fields: [...FIELDS],
      rows: [
        [1, day(2026, 3, 5), null, day(2026, 3, 9), '办理中'],
        [2, day(2026, 3, 5), null, day(2026, 3, 9), '未办结'],
        [3, day(2026, 3, 5), null, day(2026, 3, 9), '已办结'],
        [4, day(2026, 3, 5), null, day(2026, 3, 9), '已报送'],
        [5, day(2026, 3, 5), null, null, '正在办理'],
      ],
    });
    expect(cellsOf(checkWith(checkResult, register), 'result.open-with-date')).toEqual(['E3', 'E4']);
  });

  it('treats every supervised item as having a deadline', () => {
    const register = registerOf({
      kind: 'supervision',
      fields: ['serialNo', 'assignedDate', 'completedDate', 'result'],
      rows: [['DB-1', day(2026, 4, 8), null, '已答复']],
    });
    expect(cellsOf(checkWith(checkResult, register), 'result.done-without-date')).toEqual(['C3']);
  });

  it('follows the deadline engine on which items have a deadline', () => {
    const register = registerOf({
      fields: [...FIELDS],
      rows: [
        [1, day(2026, 3, 5), null, null, '已办结'],
        [2, day(2026, 3, 5), '长期', null, '已办结'],
      ],
    });
    const deadlines = [
      { row: 3, deadline: { day: { year: 2026, month: 3, day: 6 }, source: 'default' as const } },
      { row: 4, deadline: null },
    ];
    expect(cellsOf(checkWith(checkResult, register, { deadlines }), 'result.done-without-date')).toEqual(['D3']);
  });

  it('reads the result with the words it is given', () => {
    const register = registerOf({ fields: [...FIELDS], rows: [[1, day(2026, 3, 5), null, day(2026, 3, 9), '待签批']] });
    const resultWords = { finishedWords: ['办结'], unfinishedWords: ['待签批'] };
    expect(checkWith(checkResult, register)).toEqual([]);
    expect(cellsOf(checkWith(checkResult, register, { resultWords }), 'result.open-with-date')).toEqual(['E3']);
  });
});
