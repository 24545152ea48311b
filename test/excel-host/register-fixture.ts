/**
 * A 收文登记簿 of any length for the host tests, the way clerks keep it: a merged title, a header
 * row, dates as date cells, a few rows the clerk coloured (solid yellow, a theme colour with a
 * tint, a striped pattern), and the marks the engine would plan for it with their row keys.
 */
import { makeRowKey } from '../../src/core/marks/row-key';
import type { RowMark } from '../../src/core/marks/mark-types';
import type { CellValue } from '../../src/core/types';
import { serialToDay } from '../../src/core/dates/day';
import type { FillFixture, SheetFixture } from '../excel-standin/load-fixture';

export const REGISTER = '收文登记';
export const HEADER = ['序号', '收文日期', '来文单位', '文号', '标题', '密级', '紧急程度', '承办单位', '办理时限', '办结日期', '办理结果', '备注'];
export const FIRST_DATA_ROW = 3;
export const LAST_COL = HEADER.length - 1;
export const KEY_COLS = HEADER.map((_, c) => c);

const SENDERS = ['县财政局', '县教育局', '县卫生健康委员会', '县自然资源局', '市人民政府办公室', '县农业农村局'];
const SUBJECTS = ['关于做好2026年度预算执行工作的通知', '关于开展安全生产大检查的紧急通知', '关于报送第一季度工作总结的函', '关于印发《政务信息工作考核办法》的通知', '关于召开全县防汛工作会议的通知'];
const UNITS = ['办公室', '综合科', '财务科', '督查室'];

function dateCell(serial: number): CellValue {
  return { type: 'date', serial, day: serialToDay(serial) };
}

/** The cells of data row `i` (0-based), as `Grid` holds them. */
export function registerRow(i: number): CellValue[] {
  const finished = i % 3 !== 0;
  return [
    i + 1,
    dateCell(46023 + (i % 300)),
    SENDERS[i % SENDERS.length],
    `县政办发〔2026〕${(i % 400) + 1}号`,
    SUBJECTS[i % SUBJECTS.length],
    i % 17 === 0 ? '秘密' : '普通',
    i % 9 === 0 ? '特急' : i % 4 === 0 ? '加急' : '普通',
    UNITS[i % UNITS.length],
    dateCell(46040 + (i % 320)),
    finished ? dateCell(46030 + (i % 310)) : null,
    finished ? '已办结' : '正在办理',
    i % 29 === 0 ? '领导批示件' : null,
  ];
}

/** Sheet row of data row `i`. */
export const rowOf = (i: number): number => FIRST_DATA_ROW + i;

/** Fills the clerk laid on the register before the add-in came. */
export function clerkFills(rows: number): Record<string, FillFixture> {
  const fills: Record<string, FillFixture> = { A1: { color: '4472C4', theme: 'accent1' } };
  for (let i = 0; i < rows; i++) {
    const r = rowOf(i);
    if (i % 50 === 7) fills[`A${r}:L${r}`] = { color: 'FFFF00' };
    if (i % 97 === 3) fills[`C${r}`] = { color: 'B4C6E7', theme: 'accent1', tint: 0.6 };
    if (i % 131 === 13) fills[`D${r}`] = { color: 'FFFFFF', pattern: 'LightDown', patternColor: 'FF0000' };
  }
  return fills;
}

export function registerSheet(rows: number, extra: Partial<SheetFixture> = {}): SheetFixture {
  return {
    name: REGISTER,
    rows: [['2026年收文登记簿'], HEADER, ...Array.from({ length: rows }, (_, i) => registerRow(i))],
    merges: ['A1:L1'],
    fills: clerkFills(rows),
    ...extra,
  };
}

/** The marks the engine would plan: overdue, due soon and finished late rows, keyed like core does. */
export function registerMarks(rows: number, cells: (i: number) => readonly CellValue[] = registerRow): RowMark[] {
  const marks: RowMark[] = [];
  for (let i = 0; i < rows; i++) {
    const kind = i % 10 === 3 ? 'overdue' : i % 23 === 5 ? 'dueSoon' : i % 41 === 7 ? 'doneLate' : null;
    if (!kind) continue;
    const values = cells(i);
    marks.push({ row: rowOf(i), fromCol: 0, toCol: LAST_COL, kind, key: makeRowKey((c) => values[c], KEY_COLS) });
  }
  return marks;
}
