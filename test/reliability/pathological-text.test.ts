/**
 * Cells built to make a backtracking regex choke — ten thousand characters of 〔, 1, 年, 个工作日,
 * almost-dates and almost-document-numbers, and a cell of the 32,767 characters Excel allows —
 * go through every text reader and through the whole engine without hanging (issue 8). No clock
 * is read: a pattern that backtracks exponentially would blow the 10 s budget of each test.
 */
import type { CellValue, Grid } from '../../src/core/types';
import { allProblems, checkProblemShape, runPipeline } from './support/engine-pipeline';
import { TEXT_READERS } from './support/text-readers';

const LENGTH = 10_000;
const repeat = (piece: string, length = LENGTH): string => piece.repeat(Math.ceil(length / piece.length)).slice(0, length);

/** Pieces that nearly match the patterns of dates, deadlines, document numbers and headers. */
const PIECES = [
  '〔', '1', '年', '个工作日', '1个工作日', '〔2026', '〔2026〕', '县政办发〔', '2026年', '2026-', '2026.3.', '3月',
  '十', '〇', '二〇二六年三月', '号', '第0', '0', ' ', '（', '(', '）', '日内', '月底前', '前', '内', '个月', '周',
  '已办结', '未', '不', '办结', '收文日期', '日期', '\n', '、', '：', '2026年1月1日至', '放假调休，共3天。', '上班。', '📅', '𠮷',
];

const CASES: ReadonlyArray<{ name: string; text: string }> = [
  ...PIECES.map((p) => ({ name: `"${p.replace('\n', '\\n')}" × ${Math.ceil(LENGTH / p.length)}`, text: repeat(p) })),
  { name: 'digits with a stray letter at the end', text: `${repeat('1', LENGTH - 1)}x` },
  { name: 'an opening bracket run closed at the very end', text: `${repeat('〔2026', LENGTH - 1)}〕` },
  { name: 'a period that never gets its unit', text: `${repeat('1个工作', LENGTH - 1)}x` },
  { name: 'the longest cell Excel allows', text: repeat('本件涉及多个部门，需逐项说明办理情况：', 32_767) },
];

describe('ten thousand characters of nearly-matching text', () => {
  it.each(CASES)('$name: every text reader answers, well formed', ({ text }) => {
    const wrong = TEXT_READERS.flatMap((reader) => reader.read(text).map((w) => `${reader.name}: ${w}`));
    expect(wrong).toEqual([]);
  }, 10_000);

  it.each(CASES)('$name: a register whose every cell holds it goes through detection, reading, statuses and rules', ({ text }) => {
    const header: CellValue[] = ['序号', '收文日期', '来文单位', '文号', '标题', '承办单位', '办理时限', '办结日期', '办理结果', '备注'];
    const rows: CellValue[][] = [[text], header, ...Array.from({ length: 20 }, (_, i) => header.map((_, c) => (c === 0 ? i + 1 : text)))];
    const grid: Grid = { sheet: text.slice(0, 31), top: 1, rows };
    const result = runPipeline(grid);
    expect(allProblems(result).flatMap((p) => checkProblemShape(p, grid))).toEqual([]);
  }, 10_000);

  it('a header row made of the pieces themselves is read without hanging', () => {
    const grid: Grid = { sheet: '收文', top: 1, rows: [PIECES.map((p) => repeat(p, 2_000)), ...Array.from({ length: 30 }, () => PIECES.map((p) => repeat(p, 500)))] };
    const result = runPipeline(grid);
    expect(allProblems(result).flatMap((p) => checkProblemShape(p, grid))).toEqual([]);
  }, 10_000);
});
