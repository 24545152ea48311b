/**
 * What Excel does with a value written through `range.values`: like text typed into the cell,
 * a string is parsed unless the cell is formatted as Text ("@") or starts with an apostrophe.
 * "=…", "+…", "-…" and "@…" become formulas; "12", "1e3", "50%", "TRUE", "2026-3-5" become
 * numbers, booleans and dates; "#N/A" becomes an error value. `null` leaves the cell as it is.
 */
import { dayToSerial, makeDay } from '../../src/core/dates/day';
import { StandinError } from './standin-error';
import type { RawValue } from './workbook-state';

export interface WrittenCell {
  readonly value: RawValue;
  readonly formula?: string;
  /** A number format Excel picks by itself (a typed date or percentage). */
  readonly impliedFormat?: string;
}

export const ERROR_CODES = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!'];

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;
const DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const MAX_TEXT = 32_767;

function parseTyped(text: string): WrittenCell {
  const t = text.trim();
  if (t.startsWith("'")) return { value: text.slice(1) };
  if (NUMBER.test(t)) return { value: Number(t) };
  if (PERCENT.test(t)) return { value: Number(t.slice(0, -1)) / 100, impliedFormat: '0%' };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  if (ERROR_CODES.includes(t.toUpperCase())) return { value: { error: t.toUpperCase() } };
  const date = DATE.exec(t);
  if (date) {
    const day = makeDay(Number(date[1]), Number(date[2]), Number(date[3]));
    if (day) return { value: dayToSerial(day), impliedFormat: 'yyyy/m/d' };
  }
  if (t.length > 1 && (t[0] === '=' || t[0] === '+' || t[0] === '-' || t[0] === '@')) {
    const formula = t[0] === '=' ? t : `=${t}`;
    // The stand-in does not calculate; a formula it cannot know the result of reads as #NAME?.
    return { value: { error: '#NAME?' }, formula };
  }
  return { value: text };
}

/** Interprets one written value for a cell whose current number format is `format`. */
export function interpretWritten(value: unknown, format: string): WrittenCell | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new StandinError('InvalidArgument', `Not a finite number: ${value}`);
    return { value };
  }
  if (typeof value === 'boolean') return { value };
  if (typeof value !== 'string') throw new StandinError('InvalidArgument', `Cannot write ${JSON.stringify(value)} to a cell`);
  if (value.length > MAX_TEXT) throw new StandinError('InvalidArgument', 'A cell holds at most 32,767 characters');
  if (value === '') return { value: null };
  if (format === '@') return { value };
  return parseTyped(value);
}
