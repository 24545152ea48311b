import { findMarkedRow, locateMarkedRows, planRestore } from './find-marked-row';
import type { FillState, MarkLogEntry } from './mark-types';
import { MARK_PALETTE } from './palette';

const none: FillState = { pattern: 'none' };
const yellow: FillState = { pattern: 'solid', color: 'FFFF00' };
const red: FillState = { pattern: 'solid', color: MARK_PALETTE.overdue.rgb };
const entry = (over: Partial<MarkLogEntry> = {}): MarkLogEntry => ({
  sheet: '收文登记',
  kind: 'overdue',
  row: 5,
  fromCol: 0,
  toCol: 2,
  key: 'k5',
  before: [none, yellow, none],
  ...over,
});
const nothingPainted = () => false;
const paintedRows = (rows: number[]) => (row: number) => rows.includes(row);

describe('finding a marked row again', () => {
  it('finds the row that holds the key now, after a sort', () => {
    expect(findMarkedRow(entry(), new Map([['k5', [12]]]), nothingPainted)).toEqual({ row: 12, foundBy: 'key' });
  });

  it('prefers the original row when several rows hold the key', () => {
    expect(findMarkedRow(entry(), new Map([['k5', [3, 5]]]), nothingPainted)).toEqual({ row: 5, foundBy: 'key' });
  });

  it('falls back to the original row when the clerk edited it but the paint is still there', () => {
    expect(findMarkedRow(entry(), new Map(), paintedRows([5]))).toEqual({ row: 5, foundBy: 'original' });
  });

  it('gives up when the row was deleted or repainted', () => {
    expect(findMarkedRow(entry(), new Map(), nothingPainted)).toBeNull();
  });

  it('never gives one row to two entries', () => {
    const located = locateMarkedRows(
      [entry({ row: 5, key: 'same' }), entry({ row: 6, key: 'same' }), entry({ row: 7, key: 'edited' })],
      new Map([['same', [8, 9]]]),
      paintedRows([7, 8, 9]),
    );
    expect(located.map((l) => l.at)).toEqual([
      { row: 8, foundBy: 'key' },
      { row: 9, foundBy: 'key' },
      { row: 7, foundBy: 'original' },
    ]);
  });

  it('does not let an original-row fallback take a row another entry’s key points to', () => {
    const located = locateMarkedRows([entry({ row: 5, key: 'gone' }), entry({ row: 9, key: 'moved' })], new Map([['moved', [5]]]), paintedRows([5]));
    expect(located.map((l) => l.at)).toEqual([null, { row: 5, foundBy: 'key' }]);
  });
});

describe('planning what to restore in a found row', () => {
  it('restores cells that still show the paint and leaves cells the clerk re-coloured', () => {
    const current: FillState[] = [red, { pattern: 'solid', color: '00B050' }, red];
    expect(planRestore(entry(), current)).toEqual({
      restore: [
        { col: 0, fill: none },
        { col: 2, fill: none },
      ],
      keptByUser: 1,
    });
  });

  it('restores a cell painted in another of the add-in’s colours (marked again with a new status)', () => {
    const amber: FillState = { pattern: 'solid', color: MARK_PALETTE.dueSoon.rgb };
    expect(planRestore(entry(), [amber, amber, amber]).restore.map((r) => r.fill)).toEqual([none, yellow, none]);
  });

  it('leaves every cell of a row the clerk cleared by hand', () => {
    expect(planRestore(entry(), [none, none, none])).toEqual({ restore: [], keptByUser: 3 });
  });
});
