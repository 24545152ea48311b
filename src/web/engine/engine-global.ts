/** The name and shape of what the engine script leaves on a page (see engine-entry.ts). */

export interface EngineGlobal {
  /** Starts an engine on this thread; the returned port is the page's end of its channel. */
  connect(): MessagePort;
}

export const ENGINE_GLOBAL = 'registerDeskEngine';

/** The id of the page's inline script element holding the engine's source. */
export const ENGINE_SCRIPT_ID = 'register-desk-engine';
