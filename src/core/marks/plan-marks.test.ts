import type { Register } from '../types';
import type { Assessment } from '../status/assessment-types';
import { planMarks } from './plan-marks';
import { createRecordKeyer } from './row-key';

const register: Register = {
  layout: {
    sheet: '督办台账',
    kind: 'supervision',
    confidence: 1,
    headerRows: [2, 2],
    firstDataRow: 3,
    lastCol: 7,
    columns: { serialNo: 0, matter: 1, deadline: 2 },
    headers: [],
    alternatives: [],
    year: 2026,
    problems: [],
  },
  records: [3, 4, 5, 6, 7, 8].map((row) => ({ row, values: { serialNo: row - 2, matter: `事项${row}`, deadline: '5个工作日' }, dates: {}, problems: [] })),
  dataRows: [3, 8],
  problems: [],
};

const item = (row: number, status: Assessment['status']): Assessment => ({ row, status, deadline: null, finished: null });
const assessments = [item(3, 'overdue'), item(4, 'dueSoon'), item(5, 'doneLate'), item(6, 'done'), item(7, 'open'), item(8, 'noDeadline')];

describe('planning marks', () => {
  it('paints overdue, due-soon and finished-late rows across the register’s own columns', () => {
    const keyOf = createRecordKeyer(register.layout);
    expect(planMarks(register, assessments)).toEqual([
      { row: 3, fromCol: 0, toCol: 7, kind: 'overdue', key: keyOf(register.records[0]) },
      { row: 4, fromCol: 0, toCol: 7, kind: 'dueSoon', key: keyOf(register.records[1]) },
      { row: 5, fromCol: 0, toCol: 7, kind: 'doneLate', key: keyOf(register.records[2]) },
    ]);
  });

  it('leaves done, open and no-deadline rows untouched', () => {
    const rows = planMarks(register, assessments).map((m) => m.row);
    expect(rows).not.toContain(6);
    expect(rows).not.toContain(7);
    expect(rows).not.toContain(8);
  });

  it('paints only the statuses asked for', () => {
    expect(planMarks(register, assessments, { statuses: ['overdue'] }).map((m) => m.row)).toEqual([3]);
  });

  it('never paints beyond the register’s last column', () => {
    const marks = planMarks(register, assessments, { columns: { from: 1, to: 30 } });
    expect(marks.every((m) => m.fromCol === 1 && m.toCol === 7)).toBe(true);
  });

  it('finds each row’s record when the assessments are not in the records’ order', () => {
    const keyOf = createRecordKeyer(register.layout);
    const shuffled = [item(5, 'overdue'), item(99, 'overdue'), item(3, 'dueSoon')];
    expect(planMarks(register, shuffled).map((m) => [m.row, m.key])).toEqual([
      [5, keyOf(register.records[2])],
      [3, keyOf(register.records[0])],
    ]);
  });

  it('ignores an assessment whose row holds no record', () => {
    expect(planMarks(register, [item(99, 'overdue')])).toEqual([]);
  });
});
