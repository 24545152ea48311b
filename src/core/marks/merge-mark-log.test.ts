import { MARK_PALETTE } from './palette';
import { EMPTY_MARK_LOG, type FillState, type MarkLogEntry } from './mark-types';
import { markLayerOf, mergeMarkLog, removeMarkEntries } from './merge-mark-log';

const none: FillState = { pattern: 'none' };
const yellow: FillState = { pattern: 'solid', color: 'FFFF00' };
const painted = (kind: MarkLogEntry['kind']): FillState => ({ pattern: 'solid', color: MARK_PALETTE[kind].rgb });
const entry = (over: Partial<MarkLogEntry>): MarkLogEntry => ({
  sheet: '收文登记',
  kind: 'overdue',
  row: 5,
  fromCol: 0,
  toCol: 2,
  key: 'k5',
  before: [none, yellow, none],
  ...over,
});

describe('merging freshly painted rows into the mark log', () => {
  it('adds rows not yet in the log', () => {
    const log = mergeMarkLog(EMPTY_MARK_LOG, [entry({})]);
    expect(log.entries).toEqual([entry({})]);
  });

  it('keeps the first fills when the same row is marked twice, and does not stack', () => {
    const first = mergeMarkLog(EMPTY_MARK_LOG, [entry({ kind: 'dueSoon' })]);
    const again = entry({ kind: 'overdue', before: [painted('dueSoon'), painted('dueSoon'), painted('dueSoon')] });
    const second = mergeMarkLog(first, [again]);
    expect(second.entries).toEqual([entry({ kind: 'overdue', before: [none, yellow, none] })]);
  });

  it('follows a row moved by a sort through its key', () => {
    const first = mergeMarkLog(EMPTY_MARK_LOG, [entry({ row: 5, key: 'k5' }), entry({ row: 6, key: 'k6', before: [yellow, yellow, yellow] })]);
    const afterSort = [entry({ row: 9, key: 'k5', before: Array(3).fill(painted('overdue')) })];
    const merged = mergeMarkLog(first, afterSort);
    expect(merged.entries).toEqual([entry({ row: 6, key: 'k6', before: [yellow, yellow, yellow] }), entry({ row: 9, key: 'k5' })]);
  });

  it('recognises an edited row by its row number', () => {
    const first = mergeMarkLog(EMPTY_MARK_LOG, [entry({ key: 'old' })]);
    const merged = mergeMarkLog(first, [entry({ key: 'new', before: Array(3).fill(painted('overdue')) })]);
    expect(merged.entries).toEqual([entry({ key: 'new' })]);
  });

  it('widens a row’s span and keeps the first fills of the columns it had', () => {
    const first = mergeMarkLog(EMPTY_MARK_LOG, [entry({ fromCol: 1, toCol: 2, before: [yellow, none] })]);
    const merged = mergeMarkLog(first, [entry({ fromCol: 0, toCol: 3, before: [none, painted('overdue'), painted('overdue'), yellow] })]);
    expect(merged.entries).toEqual([entry({ fromCol: 0, toCol: 3, before: [none, yellow, none, yellow] })]);
  });

  it('keeps rows of the same number on different sheets apart', () => {
    const first = mergeMarkLog(EMPTY_MARK_LOG, [entry({})]);
    const merged = mergeMarkLog(first, [entry({ sheet: '督办台账', before: [yellow, yellow, yellow] })]);
    expect(merged.entries).toHaveLength(2);
  });

  it('gives two identical rows one entry each', () => {
    const first = mergeMarkLog(EMPTY_MARK_LOG, [entry({ row: 5, key: 'same' }), entry({ row: 6, key: 'same', before: [yellow, yellow, yellow] })]);
    const merged = mergeMarkLog(first, [
      entry({ row: 5, key: 'same', before: Array(3).fill(painted('overdue')) }),
      entry({ row: 6, key: 'same', before: Array(3).fill(painted('overdue')) }),
    ]);
    expect(merged.entries.map((e) => [e.row, e.before[0]])).toEqual([
      [5, none],
      [6, yellow],
    ]);
  });

  it('keeps a validation mark apart from the status mark of the same row', () => {
    const status = mergeMarkLog(EMPTY_MARK_LOG, [entry({})]);
    const merged = mergeMarkLog(status, [entry({ kind: 'invalid', fromCol: 1, toCol: 1, before: [painted('overdue')] })]);
    expect(merged.entries.map((e) => [e.kind, e.fromCol, e.toCol])).toEqual([
      ['overdue', 0, 2],
      ['invalid', 1, 1],
    ]);
  });

  it('records under a validation mark the clerk’s fill the status mark recorded, not the status paint', () => {
    const status = mergeMarkLog(EMPTY_MARK_LOG, [entry({})]);
    const merged = mergeMarkLog(status, [entry({ kind: 'invalid', fromCol: 1, toCol: 1, before: [painted('overdue')] })]);
    expect(merged.entries[1].before).toEqual([yellow]);
  });

  it('records under a status mark laid over a validation mark the clerk’s fill of that cell', () => {
    const cell = mergeMarkLog(EMPTY_MARK_LOG, [entry({ kind: 'invalid', fromCol: 2, toCol: 2, before: [yellow] })]);
    const merged = mergeMarkLog(cell, [entry({ before: [none, none, painted('invalid')] })]);
    expect(merged.entries.find((e) => e.kind === 'overdue')?.before).toEqual([none, none, yellow]);
  });

  it('keeps two validation marks of one row apart and merges the same cell marked twice', () => {
    const first = mergeMarkLog(EMPTY_MARK_LOG, [entry({ kind: 'invalid', fromCol: 0, toCol: 0, before: [yellow] }), entry({ kind: 'invalid', fromCol: 2, toCol: 2, before: [none] })]);
    const again = mergeMarkLog(first, [entry({ kind: 'invalid', fromCol: 0, toCol: 0, before: [painted('invalid')] })]);
    expect(again.entries.map((e) => [e.fromCol, e.before[0]])).toEqual([
      [2, none],
      [0, yellow],
    ]);
  });

  it('keeps a fill that is no mark colour even where the other layer has a record', () => {
    const status = mergeMarkLog(EMPTY_MARK_LOG, [entry({})]);
    const merged = mergeMarkLog(status, [entry({ kind: 'invalid', fromCol: 0, toCol: 0, before: [yellow] })]);
    expect(merged.entries[1].before).toEqual([yellow]);
  });

  it('removes the entries a clear dealt with', () => {
    const log = mergeMarkLog(EMPTY_MARK_LOG, [entry({}), entry({ sheet: '督办台账' })]);
    expect(removeMarkEntries(log, (e) => e.sheet === '收文登记').entries.map((e) => e.sheet)).toEqual(['督办台账']);
  });
});

describe('the layers of marks', () => {
  it('puts validation marks on the cell layer and every status on the row layer', () => {
    expect((['overdue', 'dueSoon', 'doneLate', 'invalid'] as const).map(markLayerOf)).toEqual(['status', 'status', 'status', 'cell']);
  });
});
