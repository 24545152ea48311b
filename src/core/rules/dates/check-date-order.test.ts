import { day } from '../../../../test/helpers/grid';
import { checkWith } from '../testing/check-with';
import { cellsOf, registerOf } from '../testing/register-of';
import { checkDateOrder } from './check-date-order';

const FIELDS = ['serialNo', 'receivedDate', 'deadline', 'completedDate'] as const;

describe('checkDateOrder', () => {
  it('flags completion before receipt, and accepts completion on the day of receipt', () => {
    const register = registerOf({
      fields: [...FIELDS],
      rows: [
        [1, day(2026, 3, 5), null, day(2026, 3, 1)],
        [2, day(2026, 3, 5), null, day(2026, 3, 5)],
      ],
    });
    const findings = checkWith(checkDateOrder, register);
    expect(cellsOf(findings, 'date.completed-before-start')).toEqual(['D3']);
    expect(findings[0].message.zh).toBe('D3 的办结日期 2026-03-01 早于 B3 的收文日期 2026-03-05');
  });

  it('measures a supervised item from its assigned date', () => {
    const register = registerOf({
      kind: 'supervision',
      fields: ['serialNo', 'assignedDate', 'completedDate'],
      rows: [['DB-1', day(2026, 4, 8), day(2026, 4, 1)]],
    });
    expect(cellsOf(checkWith(checkDateOrder, register), 'date.completed-before-start')).toEqual(['C3']);
  });

  it('flags a completion date after the as-of day, not one on it', () => {
    const register = registerOf({
      fields: [...FIELDS],
      rows: [
        [1, day(2026, 11, 2), null, day(2026, 12, 1)],
        [2, day(2026, 11, 2), null, day(2026, 11, 20)],
      ],
    });
    expect(cellsOf(checkWith(checkDateOrder, register), 'date.completed-in-future')).toEqual(['D3']);
  });

  it('flags a deadline date before receipt, and ignores periods and bare day counts', () => {
    const register = registerOf({
      fields: [...FIELDS],
      rows: [
        [1, day(2026, 3, 5), day(2026, 2, 10), null],
        [2, day(2026, 3, 5), '2026-03-01', null],
        [3, day(2026, 3, 5), '5个工作日', null],
        [4, day(2026, 3, 5), 5, null],
        [5, day(2026, 3, 5), day(2026, 3, 12), null],
      ],
    });
    expect(cellsOf(checkWith(checkDateOrder, register), 'date.deadline-before-start')).toEqual(['C3', 'C4']);
  });

  it('trusts the deadline engine when given: only its explicit days can fall before the start', () => {
    const register = registerOf({
      fields: [...FIELDS],
      rows: [
        [1, day(2026, 3, 5), '2月10日', null],
        [2, day(2026, 3, 5), day(2026, 2, 10), null],
      ],
    });
    const deadlines = [
      { row: 3, deadline: { day: { year: 2026, month: 2, day: 10 }, source: 'explicit' as const } },
      { row: 4, deadline: { day: { year: 2026, month: 2, day: 10 }, source: 'default' as const } },
    ];
    expect(cellsOf(checkWith(checkDateOrder, register, { deadlines }), 'date.deadline-before-start')).toEqual(['C3']);
  });
});
