import { assessSample } from '../testing/sample-assessment';
import { INCOMING_SHEET, NOTES_SHEET, OUTGOING_SHEET } from '../testing/sample-workbook';
import { summarizeSheet, summarizeWorkbook } from './sheet-summary';

describe('summarizeWorkbook', () => {
  it('puts the registers first and the other sheets after, each in sheet order', async () => {
    const view = summarizeWorkbook(await assessSample());
    expect(view.registers.map((s) => s.sheet)).toEqual([INCOMING_SHEET, OUTGOING_SHEET]);
    expect(view.others.map((s) => s.sheet)).toEqual([NOTES_SHEET]);
  });
});

describe('summarizeSheet', () => {
  it('gives a register’s kind, records, rows, the span of its own dates and its status counts', async () => {
    const assessment = await assessSample();
    expect(summarizeSheet(assessment.sheets[0], assessment)).toEqual({
      sheet: INCOMING_SHEET,
      kind: 'incoming',
      confirmed: false,
      records: 6,
      dataRows: [3, 8],
      dateRange: { from: { year: 2026, month: 9, day: 1 }, to: { year: 2026, month: 11, day: 12 } },
      counts: { done: 1, doneLate: 1, overdue: 2, dueSoon: 1, open: 1, noDeadline: 0 },
      problems: 0,
      reason: null,
    });
  });

  it('spans an outgoing register by its issue dates', async () => {
    const assessment = await assessSample();
    expect(summarizeSheet(assessment.sheets[1], assessment).dateRange).toEqual({ from: { year: 2026, month: 1, day: 8 }, to: { year: 2026, month: 3, day: 9 } });
  });

  it('says why a sheet is not a register', async () => {
    const assessment = await assessSample();
    const notes = summarizeSheet(assessment.sheets[2], assessment);
    expect(notes).toMatchObject({ kind: null, records: 0, dataRows: null, counts: null, dateRange: null });
    expect(notes.reason?.zh).toContain('填表说明');
  });

  it('knows a mapping the clerk confirmed', async () => {
    const assessment = await assessSample(undefined, { version: 1, mappings: { [OUTGOING_SHEET]: { kind: 'outgoing', columns: { docNumber: 'A', issuedDate: 'B', title: 'C' } } } });
    expect(summarizeSheet(assessment.sheets[1], assessment).confirmed).toBe(true);
    expect(summarizeSheet(assessment.sheets[0], assessment).confirmed).toBe(false);
  });
});
