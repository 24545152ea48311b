/**
 * The Office.js editing host on the strict stand-in: round trips, only the edited cells read,
 * protected sheets refused before anything changes, formula cells left alone, a failed write
 * taken back or named cell by cell, payload budgets kept, and validations found through
 * Office.js's one-type-per-range view.
 */
import { validationOf } from '../../src/hosts/excel/edit/edit-api';
import { readFileSync } from 'node:fs';
import type { CellEdit, ColumnValidation, EditingHost } from '../../src/hosts/editing-host';
import { createExcelEditingHost } from '../../src/hosts/excel/excel-editing-host';
import type { ExcelRun } from '../../src/hosts/excel/excel-api';
import { PLANTED } from '../check/helpers';
import { fixtureOfXlsx } from '../excel-standin/load-xlsx';
import { createStandin, type Standin } from '../excel-standin/standin';
import { describeValidations, seedValidation } from '../excel-standin/standin-validation';
import { largestPayload, PAYLOAD_CEILING, runWithSabotage, totalResponse } from './host-harness';

const SHEET = '收文登记';
const planted = new Uint8Array(readFileSync(PLANTED));
const D4: CellEdit = { row: 4, col: 3, before: '县财发[2026]3号', after: '县财发〔2026〕3号' };
const urgency: ColumnValidation = { col: 7, fromRow: 3, toRow: 1002, type: 'list', values: ['特急', '加急'], allowBlank: true, errorTitle: '紧急程度填写有误', errorMessage: '请从下拉列表中选择' };

function setUp(run?: (s: Standin) => ExcelRun, chunkBytes?: number): { standin: Standin; host: EditingHost } {
  const standin = createStandin(fixtureOfXlsx(planted));
  const host = createExcelEditingHost({ run: run ? run(standin) : standin.run, retryDelayMs: 0, mergesSupported: true, chunkBytes });
  return { standin, host };
}

async function failureOf(promise: Promise<unknown>): Promise<{ code: string; zh: string }> {
  try {
    await promise;
  } catch (e) {
    const err = e as { code: string; text: { zh: string } };
    return { code: err.code, zh: err.text.zh };
  }
  throw new Error('expected a failure');
}

describe('the Excel editing host', () => {
  it('writes fixes in two round trips, reading only the edited cells', async () => {
    const { standin, host } = setUp();
    standin.resetCounters();
    const outcome = await host.writeCells(SHEET, [D4, { row: 29, col: 7, before: '急件', after: '加急' }]);
    expect(outcome).toEqual({ sheet: SHEET, written: 2, skipped: [] });
    expect(standin.counters.roundTrips).toBe(2);
    expect(totalResponse(standin)).toBeLessThan(300);
    expect(standin.valuesOf(SHEET, 'D4')).toEqual([['县财发〔2026〕3号']]);
    expect(standin.valuesOf(SHEET, 'H29')).toEqual([['加急']]);
  });

  it('keeps text text, even when Excel would read it as a number, a date or a formula', async () => {
    const { standin, host } = setUp();
    const texts = ['001', '2026-3-5', '=1+1', 'TRUE', "'引号"];
    await host.writeCells(SHEET, texts.map((t, i) => ({ row: 40 + i, col: 1, before: null, after: t })));
    expect(standin.valuesOf(SHEET, 'B40:B44')).toEqual(texts.map((t) => [t]));
    expect(standin.cellOf(SHEET, 'B42')?.formula).toBeUndefined();
  });

  it('leaves a formula cell alone and reports it skipped', async () => {
    const { standin, host } = setUp();
    await standin.run({}, async (ctx) => {
      ctx.workbook.worksheets.getItem(SHEET).getRange('K40').values = [['=1+1']];
      await ctx.sync();
    });
    const before = (await host.readColumns(SHEET, [10], 40, 40)).rows[0]?.[10] ?? null;
    const outcome = await host.writeCells(SHEET, [{ row: 40, col: 10, before, after: '2' }]);
    expect(outcome.written).toBe(0);
    expect(outcome.skipped).toHaveLength(1);
    expect(standin.cellOf(SHEET, 'K40')?.formula).toBe('=1+1');
  });

  it('refuses a protected sheet before changing anything, in plain Chinese', async () => {
    const { standin, host } = setUp();
    standin.sheet(SHEET).protected = true;
    const failure = await failureOf(host.writeCells(SHEET, [D4]));
    expect(failure).toEqual({ code: 'protected', zh: '工作表“收文登记”受保护，请先撤销保护（审阅 → 撤销工作表保护）再修改' });
    expect(standin.valuesOf(SHEET, 'D4')).toEqual([['县财发[2026]3号']]);
    expect((await failureOf(host.installValidations(SHEET, [urgency], { replace: false }))).code).toBe('protected');
    expect(describeValidations(standin.sheet(SHEET))).toEqual([]);
  });

  it('takes back what a failed write did, so the sheet is as it was', async () => {
    const { standin, host } = setUp();
    const tooLong = { row: 40, col: 6, before: null, after: '长'.repeat(40_000) };
    const failure = await failureOf(host.writeCells(SHEET, [D4, tooLong]));
    expect(failure.zh).toMatch(/^未能修改工作表“收文登记”（Excel 未能完成操作（InvalidArgument：.*），已改回原值，工作表未被修改$/);
    expect(standin.valuesOf(SHEET, 'D4')).toEqual([['县财发[2026]3号']]);
  });

  it('names the cells it changed when the failed write cannot be taken back either', async () => {
    // Syncs: 1 read, 2 write (fails at the long text), 3 read back, 4 undo — the clerk protects the sheet first.
    const { standin, host } = setUp((s) => runWithSabotage(s, 4, () => (s.sheet(SHEET).protected = true)));
    const failure = await failureOf(host.writeCells(SHEET, [D4, { row: 40, col: 6, before: null, after: '长'.repeat(40_000) }]));
    expect(failure.zh).toMatch(/^修改工作表“收文登记”时中断（.*）：已修改 D4，其余 1 处未修改；请检查这些单元格，需要时在 Excel 中撤销$/);
    expect(standin.valuesOf(SHEET, 'D4')).toEqual([['县财发〔2026〕3号']]);
  });

  it('runs again when the clerk was typing in a cell', async () => {
    const { standin, host } = setUp();
    standin.enterEditMode(1);
    expect((await host.writeCells(SHEET, [D4])).written).toBe(1);
  });

  it('keeps large batches under the payload budget and writes them all', async () => {
    const { standin, host } = setUp(undefined, 20_000);
    const edits: CellEdit[] = Array.from({ length: 3_000 }, (_, i) => ({ row: 100 + i, col: 11, before: null, after: `第${i}号收文的办理意见` }));
    standin.resetCounters();
    expect((await host.writeCells(SHEET, edits)).written).toBe(3_000);
    expect(standin.counters.roundTrips).toBeGreaterThan(2);
    expect(largestPayload(standin)).toBeLessThan(40_000);
    expect(largestPayload(standin)).toBeLessThan(PAYLOAD_CEILING);
    expect(standin.valuesOf(SHEET, 'L3099')).toEqual([['第2999号收文的办理意见']]);
  });

  it('installs drop-downs in two round trips on a sheet without validation, marked as its own', async () => {
    const { standin, host } = setUp();
    standin.resetCounters();
    expect(await host.installValidations(SHEET, [urgency], { replace: false })).toEqual({ sheet: SHEET, installed: 1, conflicts: [] });
    expect(standin.counters.roundTrips).toBe(2);
    expect(describeValidations(standin.sheet(SHEET))).toEqual([{ address: '收文登记!H3:H1002', type: 'List', promptTitle: '台账助手', errorTitle: '紧急程度填写有误' }]);
    standin.resetCounters();
    await host.installValidations(SHEET, [{ ...urgency, fromRow: 5 }], { replace: false });
    expect(describeValidations(standin.sheet(SHEET)).map((v) => v.address)).toEqual(['收文登记!H5:H1002']);
    expect(standin.counters.roundTrips).toBeLessThanOrEqual(4);
  });

  it('says what an install that stopped did: here nothing, the sheet having been protected meanwhile', async () => {
    const { standin, host } = setUp((s) => runWithSabotage(s, 2, () => (s.sheet(SHEET).protected = true)));
    const failure = await failureOf(host.installValidations(SHEET, [urgency, { ...urgency, col: 8 }], { replace: false }));
    expect(failure).toEqual({
      code: 'protected',
      zh: '在工作表“收文登记”设置数据验证时中断（工作表“收文登记”受保护，请先撤销保护（审阅 → 撤销工作表保护）再修改）：未设置任何下拉列表或日期校验；可以稍后再设置一次',
    });
    expect(describeValidations(standin.sheet(SHEET))).toEqual([]);
  });

  it('finds the clerk’s rule inside a column holding its own, and one past the used rows', async () => {
    const { standin, host } = setUp();
    await host.installValidations(SHEET, [urgency], { replace: false });
    await standin.run({}, async (ctx) => {
      validationOf(ctx.workbook.worksheets.getItem(SHEET).getRange('H500:H520')).clear();
      await ctx.sync();
    });
    seedValidation(standin.sheet(SHEET), [{ row: 499, col: 7, rows: 21, cols: 1 }], { type: 'WholeNumber' });
    seedValidation(standin.sheet(SHEET), [{ row: 2, col: 9, rows: 5000, cols: 1 }], { type: 'List' });
    standin.resetCounters();
    const outcome = await host.installValidations(SHEET, [urgency, { ...urgency, col: 9 }], { replace: false });
    expect(outcome.conflicts).toEqual([
      { col: 7, ref: 'H500:H520', type: 'whole', ownedByAddIn: false },
      { col: 9, ref: 'J3:J5002', type: 'list', ownedByAddIn: false },
    ]);
    expect(standin.counters.roundTrips).toBeLessThanOrEqual(7);
    expect(await host.listValidations(SHEET)).toEqual([
      { col: 7, ref: 'H3:H499', type: 'list', ownedByAddIn: true },
      { col: 7, ref: 'H500:H520', type: 'whole', ownedByAddIn: false },
      { col: 7, ref: 'H521:H1002', type: 'list', ownedByAddIn: true },
      { col: 9, ref: 'J3:J5002', type: 'list', ownedByAddIn: false },
    ]);
  });
});
