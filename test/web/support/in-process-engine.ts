/**
 * The page's engine in the test's own process, over a MessageChannel: messages are cloned and
 * queued exactly as between a page and its worker, so what crosses must be clonable here too.
 */
import { EngineClient } from '../../../src/web/client/engine-client';
import type { StartedEngine } from '../../../src/web/client/start-engine';
import { enginePortOf, pagePortOf } from '../../../src/web/engine/ports';
import { serveEngine, type MethodTable } from '../../../src/web/engine/serve-engine';
import { createSessionMethods } from '../../../src/web/engine/session-methods';

export interface InProcessEngine extends StartedEngine {
  /** Closes both ports (jest waits for open handles otherwise). */
  close(): void;
}

let guids = 0;
/** Fixed GUIDs for new custom XML parts, so two runs write the same bytes. */
export const fixedGuid = (): string => `00000000-0000-4000-8000-${String(++guids).padStart(12, '0')}`;

export function connectInProcessEngine(methods: MethodTable = createSessionMethods({ newGuid: fixedGuid })): InProcessEngine {
  const channel = new MessageChannel();
  serveEngine(enginePortOf(channel.port2), methods);
  const client = new EngineClient(pagePortOf(channel.port1));
  const close = (): void => {
    client.stop();
    channel.port1.close();
    channel.port2.close();
  };
  return { client, mode: 'page', stop: close, close };
}
