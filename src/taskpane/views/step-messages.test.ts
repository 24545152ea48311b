import { highlightOverdue } from '../../app/highlight';
import { writeReminder } from '../../app/remind';
import { createExcelHost } from '../../hosts/excel';
import { getStrings } from '../../i18n';
import { createStandin } from '../../../test/excel-standin/standin';
import { SAMPLE_NOW, sampleWorkbook } from '../testing/sample-workbook';
import { clearMessage, highlightMessage, remindMessage } from './step-messages';

const zh = getStrings('zh-CN');
const en = getStrings('en-US');
const host = () => createExcelHost({ run: createStandin(sampleWorkbook()).run, mergesSupported: true });

describe('highlightMessage', () => {
  it('says the as-of day and, per register, what was marked', async () => {
    const report = await highlightOverdue(host(), { now: SAMPLE_NOW });
    expect(highlightMessage(report, zh, 'zh-CN')).toEqual({
      intent: 'success',
      title: '已标记逾期',
      lines: ['截至 2026-11-20：', '「收文登记」逾期 2 件，临期 1 件，超期办结 1 件（标记 4 行）', '「发文登记」逾期 0 件，临期 0 件，超期办结 0 件（标记 0 行）'],
    });
    expect(highlightMessage(report, en, 'en-US').lines[1]).toBe('“收文登记”: 2 overdue, 1 due soon, 1 finished late (4 rows marked)');
  });

  it('warns, naming the year, when days were counted without holiday data', async () => {
    const report = await highlightOverdue(host(), { now: SAMPLE_NOW });
    const message = highlightMessage({ ...report, missingHolidayYears: [2027] }, zh, 'zh-CN');
    expect(message.intent).toBe('warning');
    expect(message.lines.at(-1)).toContain('2027年放假安排未载入');
  });

  it('says plainly when there was no register to mark', async () => {
    const report = await highlightOverdue(host(), { now: SAMPLE_NOW, sheets: ['填表说明'] });
    expect(highlightMessage(report, zh, 'zh-CN')).toMatchObject({ intent: 'warning', lines: [zh.highlightNothing] });
  });
});

describe('clearMessage', () => {
  it('tells what came back and what was left alone on purpose', () => {
    expect(clearMessage([{ sheet: '收文', rowsRestored: 7, cellsKeptByUser: 2, rowsNotFound: 1 }, { sheet: '发文', rowsRestored: 0, cellsKeptByUser: 0, rowsNotFound: 0 }], zh, 'zh-CN').lines).toEqual([
      '「收文」恢复 7 行原来的底色，保留 2 个您之后改过颜色的单元格，1 行已找不到（可能已删除），未作改动',
    ]);
  });

  it('says there was nothing to clear', () => {
    expect(clearMessage([], zh, 'zh-CN')).toEqual({ intent: 'info', title: '已清除标记', lines: [zh.clearNothing] });
  });
});

describe('remindMessage', () => {
  it('names the sheet written and what it holds', async () => {
    const report = await writeReminder(host(), { now: SAMPLE_NOW });
    expect(remindMessage(report, zh, 'zh-CN').lines[0]).toBe('工作表「催办单」：逾期 2 件，临期 1 件，按承办单位分组，可直接打印。');
  });

  it('says so when a clerk’s own sheet had the name and the reminder went elsewhere', async () => {
    const report = await writeReminder(host(), { now: SAMPLE_NOW });
    const moved = { ...report, written: { sheets: ['催办单 (2)'], renamed: [{ wanted: '催办单', written: '催办单 (2)' }] } };
    expect(remindMessage(moved, zh, 'zh-CN').lines[1]).toBe('已有一张您自己的「催办单」，所以写成了「催办单 (2)」，您的表没有动。');
  });
});
