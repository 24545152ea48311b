/**
 * Both ends of the channel over anything that posts and receives messages: a Worker, a worker's
 * own scope, or a MessagePort of a MessageChannel on the page (the fallback when workers are
 * refused — it clones and queues messages exactly as a worker would, so both paths behave alike).
 */
import { isFromEngine, isToEngine, type FromEngine, type MessagePortLike, type ToEngine } from './rpc-messages';

/** The part of Worker, DedicatedWorkerGlobalScope and MessagePort the channel uses. */
export interface MessageTarget {
  postMessage(message: unknown, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  /** MessagePort only: starts delivery when listening through addEventListener. */
  start?: () => void;
}

function portOf<In, Out>(target: MessageTarget, accept: (data: unknown) => data is In): MessagePortLike<In, Out> {
  return {
    post: (message, transfer = []) => target.postMessage(message, [...transfer]),
    listen(handler) {
      target.addEventListener('message', (event) => {
        if (accept(event.data)) handler(event.data);
      });
      target.start?.();
    },
  };
}

/**
 * @example serveEngine(enginePortOf(self), methods)
 */
export function enginePortOf(target: MessageTarget): MessagePortLike<ToEngine, FromEngine> {
  return portOf<ToEngine, FromEngine>(target, isToEngine);
}

/**
 * @example const port = pagePortOf(new Worker(url)); port.post({ kind: 'call', … })
 */
export function pagePortOf(target: MessageTarget): MessagePortLike<FromEngine, ToEngine> {
  return portOf<FromEngine, ToEngine>(target, isFromEngine);
}
