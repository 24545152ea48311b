/**
 * The engine's end of the channel: runs each call against a table of methods, one call at a
 * time (they share one workbook), reports progress, and sends back either the value (its long
 * arrays in chunks first, so the page reads it in short tasks) or the failure as a value.
 * Nothing thrown escapes to the page as an exception.
 */
import { splitLongArrays } from './chunked-arrays';
import { toEngineFailure } from './engine-failure';
import type { CallMessage, FromEngine, MessagePortLike, ToEngine } from './rpc-messages';

/** What every engine method receives besides its arguments. */
export interface CallContext {
  readonly signal: AbortSignal;
  progress(done: number, total: number, label: string): void;
}

/** Methods callable from the page: `(ctx, ...args) => Promise<value>`, values structured-clonable. */
export type EngineMethod = (ctx: CallContext, ...args: never[]) => Promise<unknown>;
export type MethodTable = Readonly<Record<string, EngineMethod>>;

/**
 * Starts answering calls on `port`; says `ready` first.
 * @example serveEngine(workerScopePort(self), createWorkbookMethods())
 */
export function serveEngine(port: MessagePortLike<ToEngine, FromEngine>, methods: MethodTable): void {
  const running = new Map<number, AbortController>();
  let queue: Promise<void> = Promise.resolve();

  const run = async (call: CallMessage, abort: AbortController): Promise<void> => {
    const method = Object.hasOwn(methods, call.method) ? methods[call.method] : undefined;
    try {
      if (!method) throw new Error(`no engine method "${call.method}"`);
      abort.signal.throwIfAborted();
      const ctx: CallContext = {
        signal: abort.signal,
        progress: (done, total, label) => port.post({ kind: 'progress', id: call.id, done, total, label }),
      };
      const { value, chunks } = splitLongArrays(await method(ctx, ...(call.args as never[])));
      for (const chunk of chunks) port.post({ kind: 'chunk', id: call.id, chunk });
      port.post({ kind: 'result', id: call.id, value });
    } catch (e) {
      port.post({ kind: 'failure', id: call.id, failure: toEngineFailure(e) });
    } finally {
      running.delete(call.id);
    }
  };

  port.listen((message) => {
    if (message.kind === 'cancel') {
      running.get(message.id)?.abort();
      return;
    }
    const abort = new AbortController();
    running.set(message.id, abort);
    queue = queue.then(() => run(message, abort));
  });
  port.post({ kind: 'ready' });
}
