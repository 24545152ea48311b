/**
 * The engine script. The page holds it once, inline; the page starts it as a Web Worker from a
 * Blob of that same text. Run as a worker, it answers on its own scope. Run on the page (it is
 * also an ordinary script there), it only offers `registerDeskEngine.connect()`: the fallback
 * the page takes when the browser refuses workers, answering on a MessageChannel instead.
 */
import { ENGINE_GLOBAL, type EngineGlobal } from './engine-global';
import { enginePortOf, type MessageTarget } from './ports';
import { serveEngine } from './serve-engine';
import { createSessionMethods } from './session-methods';

const scope = globalThis as typeof globalThis & { document?: unknown; WorkerGlobalScope?: unknown } & Record<string, unknown>;

if (scope.document === undefined && scope.WorkerGlobalScope !== undefined) {
  serveEngine(enginePortOf(scope as unknown as MessageTarget), createSessionMethods());
} else {
  const engine: EngineGlobal = {
    connect() {
      const channel = new MessageChannel();
      serveEngine(enginePortOf(channel.port2), createSessionMethods());
      return channel.port1;
    },
  };
  scope[ENGINE_GLOBAL] = engine;
}
