/**
 * The page's end of the engine: typed calls that resolve to the engine's value or reject with
 * an {@link EngineError} carrying the clerk's sentence. When the engine dies (a worker out of
 * memory, a script error), every pending call fails with a plain message instead of hanging.
 */
import { joinLongArrays, type Chunk } from '../engine/chunked-arrays';
import type { EngineFailure, FromEngine, MessagePortLike, ToEngine } from '../engine/rpc-messages';
import type { CallContext } from '../engine/serve-engine';
import type { SessionMethods } from '../engine/session-methods';

type ArgsOf<F> = F extends (ctx: CallContext, ...args: infer A) => unknown ? A : never;
type ValueOf<F> = F extends (...args: never[]) => Promise<infer R> ? R : never;

export type EngineMethodName = keyof SessionMethods;
export type EngineArgs<K extends EngineMethodName> = ArgsOf<SessionMethods[K]>;
export type EngineValue<K extends EngineMethodName> = ValueOf<SessionMethods[K]>;

export type ProgressListener = (done: number, total: number, label: string) => void;

export interface CallOptions {
  readonly onProgress?: ProgressListener;
  /** Asks the engine to stop the call at its next checkpoint; the call then fails as cancelled. */
  readonly signal?: AbortSignal;
  /**
   * Buffers of the arguments handed to the engine instead of copied: the workbook's bytes, which
   * would otherwise be held on both sides of the worker boundary. The caller must not read them again.
   */
  readonly transfer?: readonly ArrayBuffer[];
}

/** A failed engine call; `zh`/`en` are what the pane's failure messages read. */
export class EngineError extends Error {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
  readonly fix?: EngineFailure['fix'];

  constructor(failure: EngineFailure) {
    super(failure.message.en);
    this.name = 'EngineError';
    this.code = failure.code;
    this.zh = failure.message.zh;
    this.en = failure.message.en;
    this.fix = failure.fix;
  }
}

/** The engine stopped answering: what the clerk is told. */
export const ENGINE_STOPPED: EngineFailure = {
  code: 'engineStopped',
  message: {
    zh: '处理程序意外停止（可能是工作簿太大、内存不足）。原文件没有被改动。',
    en: 'The engine stopped unexpectedly (the workbook may be too large for the memory available). The original file was not changed.',
  },
  fix: { zh: '请关闭其他网页后重新打开本页再试。', en: 'Close other tabs, reload this page and try again.' },
};

interface Pending {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: EngineError) => void;
  readonly onProgress?: ProgressListener;
  /** Pieces of the result's long arrays, received before the result. */
  readonly chunks: Chunk[];
}

export class EngineClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private stopped: EngineFailure | null = null;

  constructor(private readonly port: MessagePortLike<FromEngine, ToEngine>) {
    port.listen((message) => this.receive(message));
  }

  /**
   * A cancelled call fails as cancelled, or ends normally when the engine no longer accepts a
   * cancel (a step that has begun writing).
   * @example const sheets = await client.call('listSheets', []);
   */
  call<K extends EngineMethodName>(method: K, args: EngineArgs<K>, options: CallOptions = {}): Promise<EngineValue<K>> {
    const { onProgress, signal } = options;
    if (this.stopped) return Promise.reject(new EngineError(this.stopped));
    const id = this.nextId++;
    const cancel = (): void => this.port.post({ kind: 'cancel', id });
    signal?.addEventListener('abort', cancel, { once: true });
    const settled = (): void => signal?.removeEventListener('abort', cancel);
    return new Promise<EngineValue<K>>((resolve, reject) => {
      this.pending.set(id, {
        resolve: (value) => (settled(), resolve(value as EngineValue<K>)),
        reject: (error) => (settled(), reject(error)),
        onProgress,
        chunks: [],
      });
      this.port.post({ kind: 'call', id, method, args: args as readonly unknown[] }, options.transfer);
      if (signal?.aborted) cancel();
    });
  }

  /** Fails every pending and later call: the engine is gone. */
  stop(failure: EngineFailure = ENGINE_STOPPED): void {
    this.stopped = failure;
    for (const p of this.pending.values()) p.reject(new EngineError(failure));
    this.pending.clear();
  }

  private receive(message: FromEngine): void {
    if (message.kind === 'ready') return;
    const pending = this.pending.get(message.id);
    if (!pending) return;
    if (message.kind === 'progress') {
      pending.onProgress?.(message.done, message.total, message.label);
      return;
    }
    if (message.kind === 'chunk') {
      pending.chunks.push(message.chunk);
      return;
    }
    this.pending.delete(message.id);
    if (message.kind === 'result') pending.resolve(joinLongArrays(message.value, pending.chunks));
    else pending.reject(new EngineError(message.failure));
  }
}
