/**
 * An engine that answers from a script instead of a workbook, for tests of the page around the
 * pane: each call is answered (asynchronously, as a worker would) by the function given.
 */
import { EngineClient } from '../../../src/web/client/engine-client';
import type { StartedEngine } from '../../../src/web/client/start-engine';
import type { EngineFailure, FromEngine, MessagePortLike, ToEngine } from '../../../src/web/engine/rpc-messages';

export type Script = (method: string, args: readonly unknown[]) => unknown;

/** Thrown by a script to answer with a failure. */
export class ScriptedFailure {
  constructor(readonly failure: EngineFailure) {}
}

export function startScriptedEngine(script: Script): StartedEngine & { readonly calls: string[] } {
  const calls: string[] = [];
  let deliver: (message: FromEngine) => void = () => undefined;
  const port: MessagePortLike<FromEngine, ToEngine> = {
    listen: (handler) => (deliver = handler),
    post(message) {
      if (message.kind !== 'call') return;
      calls.push(message.method);
      setTimeout(() => {
        try {
          deliver({ kind: 'result', id: message.id, value: script(message.method, message.args) });
        } catch (e) {
          if (!(e instanceof ScriptedFailure)) throw e;
          deliver({ kind: 'failure', id: message.id, failure: e.failure });
        }
      }, 0);
    },
  };
  const client = new EngineClient(port);
  return { client, mode: 'worker', stop: () => client.stop(), calls };
}
