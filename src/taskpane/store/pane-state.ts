/**
 * The pane's one state, changed only by the reducer (pane-reducer.ts). It holds what the clerk
 * chose and what the workflows returned; everything shown is derived from it by the views.
 */
import type { WorkbookAssessment } from '../../app/assess-workbook';
import type { CalendarDay } from '../../core/dates/day';
import type { RegisterKind } from '../../core/types';
import type { AppliedEdits } from '../../app/check/apply-edits';
import type { WorkbookCheck } from '../../app/check/check-workbook-findings';

export type PaneTab = 'registers' | 'overdue' | 'validation' | 'summaries' | 'settings';

export const PANE_TABS: readonly PaneTab[] = ['registers', 'overdue', 'validation', 'summaries', 'settings'];

export type WorkPhase = 'reading' | 'writing';

/** A long step under way: what it is, how far it got, whether it can still be cancelled. */
export interface WorkState {
  readonly label: string;
  readonly phase: WorkPhase;
  readonly done: number;
  readonly total: number;
  /** The sheet or item being worked on. */
  readonly item: string;
  readonly cancelRequested: boolean;
}

export type MessageIntent = 'success' | 'warning' | 'error' | 'info';

/** A message bar: a title saying what happened, and lines saying what it means or what to do. */
export interface PaneMessage {
  readonly intent: MessageIntent;
  readonly title: string;
  readonly lines: readonly string[];
}

export interface PaneState {
  readonly tab: PaneTab;
  /** The last scan with statuses; null before the first one finished. */
  readonly assessment: WorkbookAssessment | null;
  /** The as-of day the clerk chose; null: the settings' fixed day, else today. */
  readonly asOf: CalendarDay | null;
  /** The sheet the overdue actions act on; null: the whole workbook. */
  readonly scope: string | null;
  /** The sheet whose column mapping is open in the mapping panel. */
  readonly mappingSheet: string | null;
  /** The kind chosen for a sheet the add-in did not recognise, while its mapping is being set. */
  readonly mappingKind: RegisterKind | null;
  /** The last validation run, when there was one. */
  readonly check: WorkbookCheck | null;
  /** Safe fixes written by the last "apply", kept so that they can be taken back. */
  readonly appliedFixes: readonly AppliedEdits[] | null;
  readonly work: WorkState | null;
  readonly message: PaneMessage | null;
}

export const INITIAL_PANE_STATE: PaneState = {
  tab: 'registers',
  assessment: null,
  asOf: null,
  scope: null,
  mappingSheet: null,
  mappingKind: null,
  check: null,
  appliedFixes: null,
  work: null,
  message: null,
};
