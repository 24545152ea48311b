/**
 * The messages between the page and the engine (in a Web Worker, or on the page's own thread
 * when the browser refuses workers). Everything crossing is structured-clonable data: values,
 * arrays, plain objects, Uint8Array; never functions, signals or class instances.
 */
import type { LocalText } from '../../core/types';
import type { Chunk } from './chunked-arrays';

/** A failure as a value: what went wrong and what to do, in the clerk's words. */
export interface EngineFailure {
  /** Stable code: an open-error code (`xls`, `encrypted` …), `cancelled`, `verify`, `unexpected` … */
  readonly code: string;
  readonly message: LocalText;
  readonly fix?: LocalText;
}

export interface CallMessage {
  readonly kind: 'call';
  readonly id: number;
  readonly method: string;
  readonly args: readonly unknown[];
}

export interface ProgressMessage {
  readonly kind: 'progress';
  readonly id: number;
  readonly done: number;
  readonly total: number;
  /** What is being worked on: a sheet name, or a step such as 自检副本. */
  readonly label: string;
}

/** A piece of a long array of the result that follows (chunked-arrays.ts). */
export interface ChunkMessage {
  readonly kind: 'chunk';
  readonly id: number;
  readonly chunk: Chunk;
}

export interface ResultMessage {
  readonly kind: 'result';
  readonly id: number;
  readonly value: unknown;
}

export interface FailureMessage {
  readonly kind: 'failure';
  readonly id: number;
  readonly failure: EngineFailure;
}

/** Sent once when the engine is listening: a worker that never says it is refused or broken. */
export interface ReadyMessage {
  readonly kind: 'ready';
}

/** Asks a call to stop at its next checkpoint (the in-page engine; a worker is simply stopped). */
export interface CancelMessage {
  readonly kind: 'cancel';
  readonly id: number;
}

export type ToEngine = CallMessage | CancelMessage;
export type FromEngine = ProgressMessage | ChunkMessage | ResultMessage | FailureMessage | ReadyMessage;

/** One end of a message channel: a Worker, a worker's own scope, or the in-page stand-in. */
export interface MessagePortLike<In, Out> {
  /** `transfer`: buffers handed over rather than copied (the sender can no longer read them). */
  post(message: Out, transfer?: readonly Transferable[]): void;
  listen(handler: (message: In) => void): void;
}

/**
 * Narrows anything received to a message from the engine.
 * @example isFromEngine({ kind: 'ready' }) // true
 */
export function isFromEngine(data: unknown): data is FromEngine {
  if (typeof data !== 'object' || data === null) return false;
  const kind = (data as { kind?: unknown }).kind;
  return kind === 'ready' || kind === 'progress' || kind === 'chunk' || kind === 'result' || kind === 'failure';
}

/**
 * Narrows anything received to a message for the engine.
 * @example isToEngine({ kind: 'call', id: 1, method: 'open', args: [] }) // true
 */
export function isToEngine(data: unknown): data is ToEngine {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as { kind?: unknown; id?: unknown; method?: unknown; args?: unknown };
  if (typeof m.id !== 'number') return false;
  return m.kind === 'cancel' || (m.kind === 'call' && typeof m.method === 'string' && Array.isArray(m.args));
}
