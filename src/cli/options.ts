/** Options shared by several commands, checked once with a clerk-readable message. */
import { formatDay, parseIsoDay, type CalendarDay } from '../core/dates/day';
import { CliFailure } from './failure';

/** Where a command writes: stdout lines and stderr lines (tests capture both). */
export interface Output {
  log(line: string): void;
  error(line: string): void;
}

export const consoleOutput: Output = {
  log: (line) => process.stdout.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
};

/** Reads `--as-of`; undefined when not given (the workbook's setting or today then applies). */
export function parseAsOfOption(text: string | undefined): CalendarDay | undefined {
  if (text === undefined) return undefined;
  const day = parseIsoDay(text);
  if (!day) {
    throw new CliFailure('--as-of', `日期“${text}”格式不对，请写成 YYYY-MM-DD，例如 ${formatDay({ year: 2026, month: 11, day: 20 })}`, `--as-of must be YYYY-MM-DD`, undefined, 'badOption');
  }
  return day;
}
