/**
 * What the host calls of one step did to the workbook, noted as they happen, so the copy the
 * step produces can be named for it (收文登记-已标记-2026-11-20.xlsx) without the pane telling.
 */
import { REMINDER_PURPOSE } from '../../core/remind/build-reminder';
import { HOLIDAY_TABLE_PURPOSE } from '../../core/calendar/holiday-table-sheet';
import type { MarkKind } from '../../core/marks/mark-types';
import type { SheetSpec } from '../../core/sheet-spec';
import { COPY_ACTIONS, type CopyAction } from './copy-name';

/** The action and, for summaries, the year they are about. */
export interface NotedChange {
  readonly action: CopyAction;
  readonly year?: number;
}

const SUMMARY_PURPOSE = /^summary:([a-z]+):(\d{4})$/;

/**
 * @example noteSheetsWritten([{ purpose: 'summary:contents:2026', … }]) // [{ action: 'yearEnd', year: 2026 }]
 */
export function noteSheetsWritten(specs: readonly Pick<SheetSpec, 'purpose'>[]): NotedChange[] {
  return specs.map((spec): NotedChange => {
    const summary = SUMMARY_PURPOSE.exec(spec.purpose);
    // The contents sheet comes only with the year-end package.
    if (summary) return { action: summary[1] === 'contents' ? 'yearEnd' : 'summary', year: Number(summary[2]) };
    if (spec.purpose === REMINDER_PURPOSE) return { action: 'reminder' };
    if (spec.purpose === HOLIDAY_TABLE_PURPOSE) return { action: 'holidays' };
    return { action: 'settings' };
  });
}

/**
 * @example noteMarksApplied(['invalid']) // [{ action: 'checked' }]
 */
export function noteMarksApplied(kinds: readonly MarkKind[]): NotedChange[] {
  return kinds.length === 0 ? [] : [{ action: kinds.every((k) => k === 'invalid') ? 'checked' : 'marked' }];
}

/**
 * The change a step is named for: the first by precedence (COPY_ACTION_WORDS' order).
 * @example leadingChange([{ action: 'cleared' }, { action: 'marked' }]) // { action: 'marked' }
 */
export function leadingChange(notes: readonly NotedChange[]): NotedChange | null {
  let best: NotedChange | null = null;
  for (const note of notes) {
    if (!best || COPY_ACTIONS.indexOf(note.action) < COPY_ACTIONS.indexOf(best.action)) best = note;
  }
  return best;
}
