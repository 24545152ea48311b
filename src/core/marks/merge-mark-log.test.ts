import { MARK_PALETTE } from './palette';
import { EMPTY_MARK_LOG, type FillState, type MarkLogEntry } from './mark-types';
import { mergeMarkLog, removeMarkEntries } from './merge-mark-log';

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

  it('removes the entries a clear dealt with', () => {
    const log = mergeMarkLog(EMPTY_MARK_LOG, [entry({}), entry({ sheet: '督办台账' })]);
    expect(removeMarkEntries(log, (e) => e.sheet === '收文登记').entries.map((e) => e.sheet)).toEqual(['督办台账']);
  });
});
