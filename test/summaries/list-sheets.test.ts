import { buildClassifiedListSheet, buildOverdueListSheet } from '../../src/core/summaries/lists/list-sheets';
import { COUNTY_REGISTERS, rowOf as sheetRow } from './county-fixture';
import { contextOf, recordOf, tableOf } from './summary-context';

const ctx = contextOf([{ source: '县政府办', registers: COUNTY_REGISTERS }]);

describe('逾期未办结清单 of the county fixture, as of 2026-11-20', () => {
  const { spec } = buildOverdueListSheet(ctx);

  it('is named and marked for the year', () => {
    expect(spec.name).toBe('2026年度 逾期未办结清单');
    expect(spec.purpose).toBe('summary:overdue:2026');
  });

  it('lists overdue supervised items, the one left from 2025 first', () => {
    const supervised = tableOf(spec, '督查督办事项');
    expect(supervised.caption).toBe('一、督查督办事项（4 件）');
    expect(supervised.rows.map((r) => r[2])).toEqual(['DB-11', 'DB-12', 'DB-5', 'DB-7']);
  });

  it('lists overdue incoming documents with how late each is', () => {
    const incoming = tableOf(spec, '收文');
    expect(incoming.caption).toBe('二、收文（4 件）');
    expect(incoming.rows.map((r) => r[1])).toEqual([sheetRow(19), sheetRow(4), sheetRow(11), sheetRow(14)]);
    // Line 14 was due 2026-10-23: 20 working days and 28 calendar days before 11-20.
    expect(recordOf(incoming, incoming.rows[3])).toMatchObject({ 登记表: '收文登记', 编号: '14', 事项: '年度考核通知', 承办单位: '办公室', 逾期工作日: 20, 逾期自然日: 28 });
    expect(incoming.rows[3][3]).toEqual({ day: { year: 2026, month: 10, day: 12 } });
  });
});

describe('涉密文件清退清单 of the county fixture, as of 2026-11-20', () => {
  const { spec } = buildClassifiedListSheet(ctx);
  const table = spec.tables[0];

  it('lists the classified copies still held: not returned by date, by note, or by a later return', () => {
    // Line 2 was returned 2026-03-01, line 8 is noted 已清退, line 13 returned 2026-10-15.
    expect(table.caption).toBe('未清退（未销毁）的涉密文件（3 份）');
    expect(table.rows.map((r) => [r[1], r[7]])).toEqual([
      [sheetRow(4), '机密'],
      [sheetRow(17), '秘密'],
      [sheetRow(18), '秘密'],
    ]);
    expect(recordOf(table, table.rows[2])).toMatchObject({ 来文单位: '市政府办', 文号: '市政办〔2025〕90号', 标题: '秘密文件己' });
  });

  it('keeps on the list a copy whose return date is after the as-of day', () => {
    const early = buildClassifiedListSheet(contextOf([{ source: '县政府办', registers: COUNTY_REGISTERS }], { asOf: { year: 2026, month: 10, day: 1 } })).spec;
    expect(early.tables[0].rows.map((r) => r[1])).toEqual([sheetRow(4), sheetRow(13), sheetRow(17), sheetRow(18)]);
  });
});
