/**
 * The page's one state around the pane: which workbook is open (or failing to open), the copy
 * the last writing step produced, and how the engine runs. Changed only by {@link pageReducer}.
 */
import type { CopyAction } from '../engine/copy-name';
import type { EngineFailure } from '../engine/rpc-messages';
import type { EngineMode } from '../client/start-engine';

/** A copy ready to save: the link to it and what it holds. */
export interface CopyOffer {
  readonly name: string;
  /** blob: URL of the copy's bytes. */
  readonly url: string;
  readonly bytes: number;
}

export type WorkbookStage =
  | { readonly stage: 'empty' }
  | { readonly stage: 'opening'; readonly name: string }
  | { readonly stage: 'failed'; readonly name: string; readonly failure: EngineFailure }
  /** `generation` changes with every (re)opening, so the pane starts afresh on the new workbook. */
  | { readonly stage: 'open'; readonly name: string; readonly generation: number };

export interface PageState {
  readonly workbook: WorkbookStage;
  readonly copy: CopyOffer | null;
  /** What the working copy holds since the workbook was opened, in the order it was done. */
  readonly actions: readonly CopyAction[];
  readonly verifying: boolean;
  readonly copyFailure: EngineFailure | null;
  readonly mode: EngineMode | null;
  /** Workbooks opened so far on this page (the generation of the next one less one). */
  readonly opened: number;
}

export const INITIAL_PAGE_STATE: PageState = {
  workbook: { stage: 'empty' },
  copy: null,
  actions: [],
  verifying: false,
  copyFailure: null,
  mode: null,
  opened: 0,
};

export type PageAction =
  | { readonly type: 'engineStarted'; readonly mode: EngineMode }
  | { readonly type: 'openStarted'; readonly name: string }
  | { readonly type: 'openFailed'; readonly name: string; readonly failure: EngineFailure }
  | { readonly type: 'opened'; readonly name: string }
  | { readonly type: 'verifyStarted' }
  | { readonly type: 'copyMade'; readonly copy: CopyOffer; readonly action: CopyAction }
  | { readonly type: 'copyUnchanged' }
  | { readonly type: 'copyFailed'; readonly failure: EngineFailure };

/**
 * @example pageReducer(INITIAL_PAGE_STATE, { type: 'openStarted', name: '收文.xlsx' }).workbook.stage // 'opening'
 */
export function pageReducer(state: PageState, action: PageAction): PageState {
  switch (action.type) {
    case 'engineStarted':
      return { ...state, mode: action.mode };
    case 'openStarted':
      // A new workbook: the last one's copy and its story no longer apply.
      return { ...state, workbook: { stage: 'opening', name: action.name }, copy: null, actions: [], copyFailure: null, verifying: false };
    case 'openFailed':
      return { ...state, workbook: { stage: 'failed', name: action.name, failure: action.failure } };
    case 'opened':
      return { ...state, workbook: { stage: 'open', name: action.name, generation: state.opened + 1 }, opened: state.opened + 1 };
    case 'verifyStarted':
      return { ...state, verifying: true, copyFailure: null };
    case 'copyMade':
      return { ...state, verifying: false, copy: action.copy, actions: [...state.actions, action.action] };
    case 'copyUnchanged':
      return { ...state, verifying: false };
    case 'copyFailed':
      return { ...state, verifying: false, copyFailure: action.failure };
  }
}
