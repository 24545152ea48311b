/**
 * Starts the engine for the page: a Web Worker made from the engine script the page holds inline
 * (a page opened from disk has the origin "null" and may not load a worker from a file, but a
 * Blob of the same text works), or — when the browser refuses workers — the same engine on the
 * page's own thread, answering over a MessageChannel between tasks so the page still repaints.
 */
import { ENGINE_GLOBAL, ENGINE_SCRIPT_ID, type EngineGlobal } from '../engine/engine-global';
import { pagePortOf } from '../engine/ports';
import { isFromEngine } from '../engine/rpc-messages';
import { EngineClient, EngineError } from './engine-client';

export type EngineMode = 'worker' | 'page';

export interface StartedEngine {
  readonly client: EngineClient;
  readonly mode: EngineMode;
  /** Ends the engine (a worker is terminated). */
  stop(): void;
}

/** How long a new worker may take to say it is ready before the page gives up on workers. */
const WORKER_READY_MS = 10_000;

function tryWorker(source: string, readyMs: number): Promise<StartedEngine | null> {
  let worker: Worker;
  let url = '';
  try {
    url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    worker = new Worker(url);
  } catch {
    if (url) URL.revokeObjectURL(url);
    return Promise.resolve(null);
  }
  return new Promise((resolve) => {
    const fail = (): void => {
      clearTimeout(timer);
      worker.terminate();
      URL.revokeObjectURL(url);
      resolve(null);
    };
    const timer = setTimeout(fail, readyMs);
    worker.addEventListener('error', fail, { once: true });
    const onReady = (event: MessageEvent): void => {
      if (!isFromEngine(event.data) || event.data.kind !== 'ready') return;
      clearTimeout(timer);
      worker.removeEventListener('error', fail);
      worker.removeEventListener('message', onReady);
      const client = new EngineClient(pagePortOf(worker));
      // Later errors (out of memory, a crash): pending calls fail with a sentence, never hang.
      worker.addEventListener('error', () => client.stop());
      const stop = (): void => {
        client.stop();
        worker.terminate();
        URL.revokeObjectURL(url);
      };
      resolve({ client, mode: 'worker', stop });
    };
    worker.addEventListener('message', onReady);
  });
}

function onThisPage(): StartedEngine | null {
  const engine = (globalThis as unknown as Record<string, EngineGlobal | undefined>)[ENGINE_GLOBAL];
  if (!engine) return null;
  const port = engine.connect();
  const client = new EngineClient(pagePortOf(port));
  const stop = (): void => {
    client.stop();
    port.close();
  };
  return { client, mode: 'page', stop };
}

/**
 * @example const { client, mode } = await startEngine(document); // mode: 'worker' in Chromium
 */
export async function startEngine(doc: Document, options: { readonly readyMs?: number } = {}): Promise<StartedEngine> {
  const source = doc.getElementById(ENGINE_SCRIPT_ID)?.textContent ?? '';
  const hasWorkers = typeof Worker === 'function' && typeof Blob === 'function' && typeof URL.createObjectURL === 'function';
  const worker = source && hasWorkers ? await tryWorker(source, options.readyMs ?? WORKER_READY_MS) : null;
  const started = worker ?? onThisPage();
  if (started) return started;
  throw new EngineError({
    code: 'noEngine',
    message: { zh: '本页的处理程序没有加载，无法打开工作簿。', en: "The page's engine did not load, so no workbook can be opened." },
    fix: { zh: '请用 Edge、Chrome 或 360 安全浏览器（极速模式）打开本页。', en: 'Open this page in Edge, Chrome or 360 Secure Browser (speed mode).' },
  });
}
