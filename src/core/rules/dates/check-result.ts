/**
 * The result column against the completion date: finished with no completion date (on-time rates
 * cannot be counted), or a completion date beside a result saying the item is still open.
 * Which words mean finished and open is the status engine's reading (negations win: 未办结).
 */
import { formatDay } from '../../dates/day';
import { readFinishedText, type FinishedReading } from '../../status/finished-text';
import type { RegisterRecord } from '../../types';
import { makeFinding, nameCell, nameField, quote, type RuleContext } from '../context';
import type { Finding } from '../finding';
import { isFilled, readText } from '../record-values';

/**
 * Only items with a deadline are counted in on-time rates, so only they need a completion date:
 * a document for reading marked 已阅 is finished without one.
 */
function hasDeadline(ctx: RuleContext, record: RegisterRecord): boolean {
  const derived = ctx.deadlines.get(record.row);
  if (derived) return derived.day !== null;
  if (ctx.deadlines.size > 0) return false;
  return isFilled(record, 'deadline') || ctx.kind === 'supervision';
}

type ReadResult = (record: RegisterRecord) => FinishedReading;

/** The status engine's reading of a result cell, remembered per text: results repeat down a register. */
function rememberReadings(ctx: RuleContext): ReadResult {
  const readings = new Map<string, FinishedReading>();
  const { finishedWords, unfinishedWords } = ctx.resultWords;
  return (record) => {
    const value = record.values.result;
    if (typeof value !== 'string') return readFinishedText(value, finishedWords, unfinishedWords);
    let reading = readings.get(value);
    if (reading === undefined) {
      reading = readFinishedText(value, finishedWords, unfinishedWords);
      readings.set(value, reading);
    }
    return reading;
  };
}

function checkRecord(ctx: RuleContext, record: RegisterRecord, readResult: ReadResult, out: Finding[]): void {
  if (!isFilled(record, 'result')) return;
  const reading = readResult(record);
  const completed = record.dates.completedDate;
  const doneWithoutDate = reading === 'finished' && !completed && !isFilled(record, 'completedDate') && hasDeadline(ctx, record);
  const openWithDate = reading === 'unfinished' && completed !== undefined;
  // Nearly every row agrees with itself: names and quotes are built only for a finding.
  if (!doneWithoutDate && !openWithDate) return;
  const result = readText(record, 'result');
  const resultCell = nameCell(ctx, record.row, 'result');
  const completedLabel = nameField(ctx, 'completedDate');
  const completedCell = nameCell(ctx, record.row, 'completedDate');
  if (doneWithoutDate) {
    out.push(
      makeFinding(ctx, {
        rule: 'result.done-without-date',
        row: record.row,
        field: 'completedDate',
        message: {
          zh: `${resultCell.zh} 的${nameField(ctx, 'result').zh}写明${quote(result)}，但 ${completedCell.zh} 的${completedLabel.zh}为空`,
          en: `${resultCell.en} says "${result}" but the completion date in ${completedCell.en} is empty`,
        },
        fix: {
          zh: `请填写实际${completedLabel.zh}，如 ${formatDay(ctx.asOf)}`,
          en: `Enter the day it was finished, e.g. ${formatDay(ctx.asOf)}`,
        },
      }),
    );
  }
  if (reading === 'unfinished' && completed) {
    out.push(
      makeFinding(ctx, {
        rule: 'result.open-with-date',
        row: record.row,
        field: 'result',
        message: {
          zh: `${completedCell.zh} 填了${completedLabel.zh} ${formatDay(completed)}，但 ${resultCell.zh} 写的是${quote(result)}`,
          en: `${completedCell.en} has completion ${formatDay(completed)} but ${resultCell.en} says "${result}"`,
        },
        fix: {
          zh: `已办结的请把${nameField(ctx, 'result').zh}改为“已办结”；仍在办理的请删去${completedLabel.zh}`,
          en: 'If it is finished, write 已办结 in the result; if not, clear the completion date',
        },
      }),
    );
  }
}

/**
 * Finds results that contradict the completion date.
 * @example checkResult(ctx) // [{ rule: 'result.open-with-date', row: 11, … }]
 */
export function checkResult(ctx: RuleContext): Finding[] {
  if (ctx.register.layout.columns.result === undefined) return [];
  const findings: Finding[] = [];
  const readResult = rememberReadings(ctx);
  for (const record of ctx.register.records) checkRecord(ctx, record, readResult, findings);
  return findings;
}
