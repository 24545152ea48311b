/**
 * The page's {@link PaneWorkflows}: the pane's heavy workflows run in the engine (the worker)
 * next to the workbook, and the page's thread only receives their results — the status counts,
 * items and findings, not every cell of the register to detect and reckon itself.
 *
 * A cancel follows the pane's rule: honoured while the step reads. If the clerk's cancel crosses
 * the engine's first write (the engine no longer accepts it), the step's writes are discarded, so
 * a step reported cancelled has changed nothing.
 */
import type { PaneWorkflows, WorkflowOptions } from '../../taskpane/services';
import { fromWireAssessment, type WorkflowRequest } from '../engine/workflow-wire';
import type { EngineArgs, EngineClient, EngineMethodName, EngineValue, ProgressListener } from './engine-client';

type WorkflowMethod = 'assessWorkbook' | 'checkWorkbook' | 'highlightOverdue' | 'writeReminder';

function requestOf(options: WorkflowOptions): WorkflowRequest {
  return { asOf: options.asOf, nowMs: options.now?.getTime(), sheets: options.sheets ? [...options.sheets] : undefined };
}

/**
 * The pane's progress listener may throw (its step refuses to start writing after a cancel):
 * that must not escape into the channel's message handler; the call's end decides the outcome.
 */
function listenerOf(options: WorkflowOptions): ProgressListener {
  return (done, total, label) => {
    try {
      options.onProgress?.(done, total, label);
    } catch {
      // The cancel is read from the signal once the call ends.
    }
  };
}

async function run<K extends WorkflowMethod & EngineMethodName>(client: EngineClient, method: K, options: WorkflowOptions, writes: boolean): Promise<EngineValue<K>> {
  const { signal } = options;
  signal?.throwIfAborted();
  let value: EngineValue<K>;
  try {
    value = await client.call(method, [requestOf(options)] as EngineArgs<K>, { onProgress: listenerOf(options), signal });
  } catch (e) {
    if (!signal?.aborted) throw e;
    if (writes) await client.call('discard', []);
    throw signal.reason;
  }
  if (signal?.aborted) {
    if (writes) await client.call('discard', []);
    throw signal.reason;
  }
  return value;
}

/**
 * @example const services = { host: createEngineHost(client), workflows: createEngineWorkflows(client), … };
 */
export function createEngineWorkflows(client: EngineClient): PaneWorkflows {
  return {
    assess: async (options) => fromWireAssessment(await run(client, 'assessWorkbook', options, false)),
    check: async (options) => {
      const check = await run(client, 'checkWorkbook', options, false);
      return { ...check, assessment: fromWireAssessment(check.assessment) };
    },
    highlight: async (options) => {
      const report = await run(client, 'highlightOverdue', options, true);
      return { ...report, assessment: fromWireAssessment(report.assessment) };
    },
    remind: async (options) => {
      const report = await run(client, 'writeReminder', options, true);
      return { ...report, assessment: fromWireAssessment(report.assessment) };
    },
  };
}
