/** Every change of the pane's state, as a plain action and one pure reducer. */
import type { WorkbookAssessment } from '../../app/assess-workbook';
import type { CalendarDay } from '../../core/dates/day';
import type { RegisterKind } from '../../core/types';
import type { AppliedEdits } from '../../app/check/apply-edits';
import type { WorkbookCheck } from '../../app/check/check-workbook-findings';
import type { PaneMessage, PaneState, PaneTab, WorkPhase } from './pane-state';

export type PaneAction =
  | { readonly type: 'tabChosen'; readonly tab: PaneTab }
  | { readonly type: 'workStarted'; readonly label: string }
  | { readonly type: 'workProgressed'; readonly done: number; readonly total: number; readonly item: string }
  | { readonly type: 'workPhaseChanged'; readonly phase: WorkPhase }
  | { readonly type: 'cancelRequested' }
  | { readonly type: 'workEnded' }
  | { readonly type: 'assessed'; readonly assessment: WorkbookAssessment }
  | { readonly type: 'checked'; readonly check: WorkbookCheck | null }
  | { readonly type: 'fixesApplied'; readonly applied: readonly AppliedEdits[] | null }
  | { readonly type: 'messageShown'; readonly message: PaneMessage }
  | { readonly type: 'messageDismissed' }
  | { readonly type: 'asOfChosen'; readonly asOf: CalendarDay | null }
  | { readonly type: 'scopeChosen'; readonly scope: string | null }
  | { readonly type: 'mappingOpened'; readonly sheet: string; readonly kind: RegisterKind | null }
  | { readonly type: 'mappingClosed' };

/**
 * @example paneReducer(INITIAL_PANE_STATE, { type: 'tabChosen', tab: 'overdue' }).tab // 'overdue'
 */
export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'tabChosen':
      return { ...state, tab: action.tab };
    case 'workStarted':
      // A new step clears the last step's message: it answered a question no longer asked.
      return { ...state, message: null, work: { label: action.label, phase: 'reading', done: 0, total: 0, item: '', cancelRequested: false } };
    case 'workProgressed':
      return state.work ? { ...state, work: { ...state.work, done: action.done, total: action.total, item: action.item } } : state;
    case 'workPhaseChanged':
      return state.work ? { ...state, work: { ...state.work, phase: action.phase } } : state;
    case 'cancelRequested':
      return state.work && state.work.phase === 'reading' ? { ...state, work: { ...state.work, cancelRequested: true } } : state;
    case 'workEnded':
      return { ...state, work: null };
    case 'assessed': {
      const names = new Set(action.assessment.sheets.map((s) => s.info.name));
      // A sheet renamed or deleted since it was chosen is no longer a scope.
      const scope = state.scope !== null && names.has(state.scope) ? state.scope : null;
      return { ...state, assessment: action.assessment, scope };
    }
    case 'checked':
      return { ...state, check: action.check };
    case 'fixesApplied':
      return { ...state, appliedFixes: action.applied };
    case 'messageShown':
      return { ...state, message: action.message };
    case 'messageDismissed':
      return { ...state, message: null };
    case 'asOfChosen':
      return { ...state, asOf: action.asOf };
    case 'scopeChosen':
      return { ...state, scope: action.scope };
    case 'mappingOpened':
      return { ...state, tab: 'registers', mappingSheet: action.sheet, mappingKind: action.kind };
    case 'mappingClosed':
      return { ...state, mappingSheet: null, mappingKind: null };
  }
}
