/**
 * Cancelling a long step without leaving the workbook half-changed. A step first reads (scans,
 * assesses, checks: nothing in the workbook changes, so it may stop at any point) and then
 * writes. Cancel is honoured only while it reads; once it writes, it runs to the end, so that a
 * cancelled step always leaves the workbook as it was before the step.
 */
import type { WorkPhase } from '../store/pane-state';

/** What an operation receives to report progress and to notice a cancel. */
export interface StepHandle {
  /** Aborted when the clerk cancels while the step is still reading. */
  readonly signal: AbortSignal;
  progress(done: number, total: number, item?: string): void;
  /** From here on the step changes the workbook: cancel is refused until it ends. */
  beginWriting(): void;
  /** True once beginWriting was called. */
  readonly wrote: boolean;
}

export interface StepListeners {
  onProgress(done: number, total: number, item: string): void;
  onPhase(phase: WorkPhase): void;
}

export interface StepControl {
  readonly handle: StepHandle;
  /** Aborts the step if it is still reading; false when it already writes. */
  cancel(): boolean;
}

/**
 * @example
 * const control = createStepControl({ onProgress, onPhase });
 * await assessWorkbook(host, { signal: control.handle.signal, onProgress: control.handle.progress });
 * control.handle.beginWriting(); // control.cancel() now returns false
 */
export function createStepControl(listeners: StepListeners): StepControl {
  const controller = new AbortController();
  let phase: WorkPhase = 'reading';
  const handle: StepHandle = {
    signal: controller.signal,
    progress: (done, total, item = '') => listeners.onProgress(done, total, item),
    beginWriting() {
      // A cancel that arrived a moment before writing starts still wins: nothing is written yet.
      controller.signal.throwIfAborted();
      if (phase === 'writing') return;
      phase = 'writing';
      listeners.onPhase('writing');
    },
    get wrote() {
      return phase === 'writing';
    },
  };
  return {
    handle,
    cancel() {
      if (phase === 'writing') return false;
      controller.abort();
      return true;
    },
  };
}

/**
 * True when a step stopped because it was cancelled: once the signal is aborted, whatever the
 * step threw (an AbortError from throwIfAborted, or a read cut short) is the cancel's doing.
 */
export function isCancellation(signal: AbortSignal): boolean {
  return signal.aborted;
}
