import { leadingChange, noteMarksApplied, noteSheetsWritten } from '../../src/web/engine/change-notes';

describe('what a step is named for', () => {
  it('reads the year-end package from its contents sheet and the year from the purpose', () => {
    const notes = noteSheetsWritten([{ purpose: 'summary:contents:2026' }, { purpose: 'summary:incoming:2026' }, { purpose: 'settings:quota' }]);
    expect(leadingChange(notes)).toEqual({ action: 'yearEnd', year: 2026 });
  });

  it('tells a single summary, the reminder sheet and the holiday table apart', () => {
    expect(noteSheetsWritten([{ purpose: 'summary:overdue:2025' }])).toEqual([{ action: 'summary', year: 2025 }]);
    expect(noteSheetsWritten([{ purpose: 'remind' }])).toEqual([{ action: 'reminder' }]);
    expect(noteSheetsWritten([{ purpose: 'settings:holidays' }])).toEqual([{ action: 'holidays' }]);
  });

  it('names highlighting (clear the old marks, then paint) for the painting', () => {
    expect(leadingChange([{ action: 'cleared' }, ...noteMarksApplied(['overdue', 'dueSoon'])])).toEqual({ action: 'marked' });
  });

  it('names invalid-entry marks apart from status marks, and notes nothing for no marks', () => {
    expect(noteMarksApplied(['invalid'])).toEqual([{ action: 'checked' }]);
    expect(noteMarksApplied([])).toEqual([]);
    expect(leadingChange([])).toBeNull();
  });
});
