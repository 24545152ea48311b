import type { HighlightReport, SheetHighlight } from '../app/highlight';
import { describeHighlight } from './describe-highlight';

const intake: SheetHighlight = {
  sheet: '收文登记簿',
  kind: 'incoming',
  counts: { done: 10, doneLate: 1, overdue: 5, dueSoon: 2, open: 3, noDeadline: 0 },
  marked: { sheet: '收文登记簿', rowsMarked: 8, byKind: { overdue: 5, dueSoon: 2, doneLate: 1 } },
};

function report(sheets: SheetHighlight[], missingHolidayYears: number[] = []): HighlightReport {
  // describeHighlight reads only the day, the sheets and the missing years, not the assessment.
  return { asOf: { year: 2026, month: 11, day: 23 }, sheets, missingHolidayYears, assessment: {} as HighlightReport['assessment'] };
}

describe('describeHighlight', () => {
  it('gives the day counted from and each marked status per register', () => {
    expect(describeHighlight(report([intake]), 'zh-CN')).toBe(
      '截至 2026-11-23：「收文登记簿」逾期 5 件，临期 2 件，超期办结 1 件（标记 8 行）。',
    );
    expect(describeHighlight(report([intake]), 'en-US')).toBe(
      'As of 2026-11-23: "收文登记簿": 5 overdue, 2 due soon, 1 finished late (8 rows marked).',
    );
  });

  it('says plainly that nothing was marked when the sheet is not a register', () => {
    expect(describeHighlight(report([]), 'zh-CN')).toBe('这张工作表没有识别出登记簿，未作标记。请确认它是一张登记簿，表头在前几行。');
  });

  it('warns about a year whose holidays are missing, after the counts', () => {
    const text = describeHighlight(report([intake], [2027]), 'zh-CN');
    expect(text).toBe(
      '截至 2026-11-23：「收文登记簿」逾期 5 件，临期 2 件，超期办结 1 件（标记 8 行）。注意：2027年放假安排未载入，按周一至周五计算，可在节假日表中补充。',
    );
    expect(describeHighlight(report([intake], [2027]), 'en-US')).toMatch(/ Note: The 2027 holiday arrangement is not loaded/);
  });
});
