/**
 * The engine is linear in rows (design.md, "Speed"): detecting, reading, assessing and checking a
 * register of 5,000 rows touches its cells and records about ten times as often as one of 500
 * rows — never a hundred times, as a per-row scan of the whole sheet would. Work is counted as
 * reads of the grid and of the records (support/counting-proxy.ts), not timed.
 */
import { day } from '../helpers/grid';
import type { CellValue, Grid } from '../../src/core/types';
import { countReads, type AccessCounter } from './support/counting-proxy';
import { runPipeline } from './support/engine-pipeline';

const HEADER = ['序号', '收文日期', '来文单位', '文号', '标题', '密级', '紧急程度', '承办单位', '办理时限', '办结日期', '办理结果', '是否督办'];

/** Row i of a register with every kind of fault the rules look for, numbers of equal width. */
function registerRow(i: number): CellValue[] {
  const month = (i % 12) + 1;
  const d = (i % 28) + 1;
  const fault = i % 10;
  const serial = 100_000 + i;
  return [
    fault === 3 ? serial - 1 : serial,
    fault === 1 ? `2026.${month}.${d}` : day(2026, month, d),
    fault === 6 ? '县财正局' : '县财政局',
    fault === 2 ? `县财发[2026]${serial}号` : `县财发〔2026〕${serial}号`,
    fault === 4 ? null : `关于第${serial}项工作的通知`,
    fault === 5 ? '秘密' : '普通',
    fault === 7 ? '急件' : '加急',
    fault === 6 ? '县财正局' : '县财政局',
    fault === 8 ? '10日内' : '5个工作日',
    fault === 8 ? null : day(2026, month, d),
    fault === 9 ? '办理中' : '已办结',
    fault === 0 ? '是' : '否',
  ];
}

function registerGrid(rows: number): Grid {
  return { sheet: '收文登记', top: 1, rows: [['2026年收文登记簿'], HEADER, ...Array.from({ length: rows }, (_, i) => registerRow(i))] };
}

/** Reads of the grid and of the records over the whole pipeline. */
function countWork(rows: number): { grid: number; records: number; found: number } {
  const g = registerGrid(rows);
  const grid: AccessCounter = { reads: 0 };
  const records: AccessCounter = { reads: 0 };
  const result = runPipeline({ ...g, rows: countReads(g.rows, grid) }, { wrapRegister: (r) => countReads(r, records) });
  return { grid: grid.reads, records: records.reads, found: result.register.records.length };
}

describe('work done by the engine', () => {
  it('grows tenfold, not a hundredfold, from 500 to 5,000 rows', () => {
    const small = countWork(500);
    const large = countWork(5_000);
    expect([small.found, large.found]).toEqual([500, 5_000]);
    expect(large.grid / small.grid).toBeLessThan(12);
    expect(large.records / small.records).toBeLessThan(12);
    expect(small.records).toBeGreaterThan(500);
  }, 60_000);
});
