import type { WorkPhase } from '../store/pane-state';
import { createStepControl, isCancellation } from './step-control';

function control() {
  const progress: Array<[number, number, string]> = [];
  const phases: WorkPhase[] = [];
  const c = createStepControl({ onProgress: (d, t, i) => progress.push([d, t, i]), onPhase: (p) => phases.push(p) });
  return { c, progress, phases };
}

describe('createStepControl', () => {
  it('aborts the step when cancelled while it reads', () => {
    const { c } = control();
    expect(c.cancel()).toBe(true);
    expect(c.handle.signal.aborted).toBe(true);
    expect(isCancellation(c.handle.signal)).toBe(true);
  });

  it('refuses a cancel once the step writes, so the workbook is never left half-changed', () => {
    const { c, phases } = control();
    c.handle.beginWriting();
    expect(c.cancel()).toBe(false);
    expect(c.handle.signal.aborted).toBe(false);
    expect(c.handle.wrote).toBe(true);
    expect(phases).toEqual(['writing']);
  });

  it('lets a cancel that came just before writing win: nothing is written', () => {
    const { c } = control();
    c.cancel();
    expect(() => c.handle.beginWriting()).toThrow();
    expect(c.handle.wrote).toBe(false);
  });

  it('passes progress on, with an empty item when none is named', () => {
    const { c, progress } = control();
    c.handle.progress(1, 3, '收文');
    c.handle.progress(2, 3);
    expect(progress).toEqual([
      [1, 3, '收文'],
      [2, 3, ''],
    ]);
  });

  it('reports the move to writing once', () => {
    const { c, phases } = control();
    c.handle.beginWriting();
    c.handle.beginWriting();
    expect(phases).toEqual(['writing']);
  });
});
