/**
 * A small workbook for the pane's own tests, as a clerk would keep it: an incoming register with
 * one item in every status as of 2026-11-20, an outgoing register, and an instructions sheet.
 * Test-only: nothing in the pane imports it.
 */
import { dayToSerial, makeDay } from '../../core/dates/day';
import type { CellValue } from '../../core/types';
import type { WorkbookFixture } from '../../../test/excel-standin/load-fixture';

/** 2026-11-20, 12:00 in Beijing: the as-of day of every pane test. */
export const SAMPLE_NOW = new Date('2026-11-20T04:00:00Z');

function d(year: number, month: number, day: number): CellValue {
  const cd = makeDay(year, month, day);
  if (!cd) throw new Error(`not a day: ${year}-${month}-${day}`);
  return { type: 'date', serial: dayToSerial(cd), day: cd };
}

export const INCOMING_SHEET = '收文登记';
export const OUTGOING_SHEET = '发文登记';
export const NOTES_SHEET = '填表说明';

/**
 * Rows 3–8 of 收文登记: overdue (row 3, 10 days late), due soon (4), finished late (5), finished
 * on time (6), open (7), overdue (8, 66 days late). Row 4's 文号 has square brackets.
 */
export function sampleWorkbook(): WorkbookFixture {
  return {
    sheets: [
      {
        name: INCOMING_SHEET,
        merges: ['A1:H1'],
        rows: [
          ['2026年收文登记簿'],
          ['序号', '收文日期', '来文单位', '文号', '标题', '承办单位', '办理时限', '办结日期'],
          [1, d(2026, 11, 2), '县财政局', '县财发〔2026〕12号', '关于预算执行的通知', '办公室', d(2026, 11, 10), null],
          [2, d(2026, 11, 5), '县教育局', '县教发[2026]3号', '关于秋季开学的通知', '教育股', d(2026, 11, 24), null],
          [3, d(2026, 10, 8), '县卫健委', '县卫发〔2026〕5号', '关于冬季防疫的通知', '卫生股', d(2026, 10, 15), d(2026, 10, 20)],
          [4, d(2026, 10, 9), '市政府办', '市政办〔2026〕7号', '关于安全检查的通知', '办公室', d(2026, 10, 30), d(2026, 10, 28)],
          [5, d(2026, 11, 12), '县委办', '县委办发〔2026〕9号', '关于年度会议的通知', '党建股', d(2026, 12, 20), null],
          [6, d(2026, 9, 1), '县人社局', '县人社发〔2026〕2号', '关于业务培训的通知', '人事股', d(2026, 9, 15), null],
        ],
        fills: { C5: { color: 'FFFF00' } },
      },
      {
        name: OUTGOING_SHEET,
        rows: [
          ['发文字号', '发文日期', '标题', '拟稿单位', '签发人', '密级'],
          ['县政办发〔2026〕1号', d(2026, 1, 8), '关于春节值班的通知', '办公室', '张三', '非密'],
          ['县政办发〔2026〕2号', d(2026, 2, 3), '关于春耕生产的通知', '农业股', '李四', '非密'],
          ['县政办发〔2026〕3号', d(2026, 3, 9), '关于防汛工作的通知', '水利股', '张三', '秘密'],
        ],
      },
      { name: NOTES_SHEET, rows: [['填表说明'], ['1. 收文当天登记。'], ['2. 办结后填写办结日期。']] },
    ],
  };
}
