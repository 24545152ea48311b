import { paneReducer, type PaneAction } from './pane-reducer';
import { INITIAL_PANE_STATE, type PaneState } from './pane-state';

const run = (state: PaneState, ...actions: PaneAction[]): PaneState => actions.reduce(paneReducer, state);

describe('paneReducer', () => {
  it('starts a step reading, with no progress yet, and clears the last step’s message', () => {
    const state = run(INITIAL_PANE_STATE, { type: 'messageShown', message: { intent: 'success', title: '已标记逾期', lines: [] } }, { type: 'workStarted', label: '扫描工作簿' });
    expect(state.message).toBeNull();
    expect(state.work).toEqual({ label: '扫描工作簿', phase: 'reading', done: 0, total: 0, item: '', cancelRequested: false });
  });

  it('records progress and the move to writing, and forgets the step when it ends', () => {
    const state = run(INITIAL_PANE_STATE, { type: 'workStarted', label: '标记逾期' }, { type: 'workProgressed', done: 2, total: 5, item: '收文' }, { type: 'workPhaseChanged', phase: 'writing' });
    expect(state.work).toMatchObject({ done: 2, total: 5, item: '收文', phase: 'writing' });
    expect(run(state, { type: 'workEnded' }).work).toBeNull();
  });

  it('takes a cancel only while the step reads', () => {
    const reading = run(INITIAL_PANE_STATE, { type: 'workStarted', label: '扫描工作簿' }, { type: 'cancelRequested' });
    expect(reading.work?.cancelRequested).toBe(true);
    const writing = run(INITIAL_PANE_STATE, { type: 'workStarted', label: '标记逾期' }, { type: 'workPhaseChanged', phase: 'writing' }, { type: 'cancelRequested' });
    expect(writing.work?.cancelRequested).toBe(false);
  });

  it('ignores progress when no step is under way', () => {
    expect(run(INITIAL_PANE_STATE, { type: 'workProgressed', done: 1, total: 2, item: '' })).toBe(INITIAL_PANE_STATE);
  });

  it('opens the mapping of a sheet on the registers tab, with the kind the clerk chose', () => {
    const state = run({ ...INITIAL_PANE_STATE, tab: 'settings' }, { type: 'mappingOpened', sheet: '来件', kind: 'incoming' });
    expect(state).toMatchObject({ tab: 'registers', mappingSheet: '来件', mappingKind: 'incoming' });
    expect(run(state, { type: 'mappingClosed' })).toMatchObject({ mappingSheet: null, mappingKind: null });
  });

  it('does not change the state it is given', () => {
    const before = JSON.stringify(INITIAL_PANE_STATE);
    run(INITIAL_PANE_STATE, { type: 'tabChosen', tab: 'overdue' }, { type: 'scopeChosen', scope: '收文' });
    expect(JSON.stringify(INITIAL_PANE_STATE)).toBe(before);
  });
});
