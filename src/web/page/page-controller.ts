/**
 * What the page does, apart from drawing it: starts the engine once, opens the clerk's file in
 * it, hands the pane its services over that workbook, and after each step that wrote turns the
 * working copy into a file to save. A store for React (subscribe/getState), testable without one.
 */
import type { PaneServices } from '../../taskpane/services';
import type { EngineClient } from '../client/engine-client';
import { createEngineHost } from '../client/engine-host';
import { createEngineWorkflows } from '../client/engine-workflows';
import type { StartedEngine } from '../client/start-engine';
import { toEngineFailure } from '../engine/engine-failure';
import { INITIAL_PAGE_STATE, pageReducer, type PageAction, type PageState } from './page-state';

/** What the page reads a workbook from: a File from the picker or a drop. */
export interface WorkbookFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface PageControllerDeps {
  readonly startEngine: () => Promise<StartedEngine>;
  readonly now: () => Date;
  /** Makes a link to a copy's bytes (a blob: URL in the browser). */
  readonly linkCopy: (bytes: Uint8Array, name: string) => string;
  readonly unlinkCopy: (url: string) => void;
}

export class PageController {
  private state: PageState = INITIAL_PAGE_STATE;
  private readonly listeners = new Set<() => void>();
  private engine: Promise<StartedEngine> | null = null;
  private file: WorkbookFile | null = null;
  private current: PaneServices | null = null;

  constructor(private readonly deps: PageControllerDeps) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): PageState => this.state;

  /** The pane's services over the open workbook; null while none is open. */
  get services(): PaneServices | null {
    return this.state.workbook.stage === 'open' ? this.current : null;
  }

  /**
   * Opens a file the clerk picked or dropped; the previous workbook is closed.
   * @example await controller.open(input.files[0]);
   */
  async open(file: WorkbookFile): Promise<void> {
    this.file = file;
    this.dropCopyLink();
    this.dispatch({ type: 'openStarted', name: file.name });
    try {
      const client = await this.client();
      const buffer = await file.arrayBuffer();
      // Handed to the engine, not copied: the page never reads the bytes (start over reads the file again).
      await client.call('open', [new Uint8Array(buffer), file.name], { transfer: [buffer] });
      if (this.file !== file) return;
      this.current = this.servicesFor(client, file.name);
      this.dispatch({ type: 'opened', name: file.name });
    } catch (e) {
      if (this.file === file) this.dispatch({ type: 'openFailed', name: file.name, failure: toEngineFailure(e) });
    }
  }

  /** Opens the clerk's original file again: every change made on the page is dropped. */
  async startOver(): Promise<void> {
    if (this.file) await this.open(this.file);
  }

  /** After a step that wrote: the working copy becomes a file to save, once it reads back right. */
  async commit(): Promise<void> {
    const client = await this.client();
    this.dispatch({ type: 'verifyStarted' });
    try {
      const now = this.deps.now();
      const copy = await client.call('commit', [now.getTime(), -now.getTimezoneOffset()]);
      if (!copy) {
        this.dispatch({ type: 'copyUnchanged' });
        return;
      }
      this.dropCopyLink();
      const url = this.deps.linkCopy(copy.bytes, copy.name);
      this.dispatch({ type: 'copyMade', copy: { name: copy.name, url, bytes: copy.bytes.length }, action: copy.action });
    } catch (e) {
      this.dispatch({ type: 'copyFailed', failure: toEngineFailure(e) });
    }
  }

  private servicesFor(client: EngineClient, name: string): PaneServices {
    return {
      host: createEngineHost(client),
      // Detection, statuses and rules run in the engine: the page's thread gets results, not cells.
      workflows: createEngineWorkflows(client),
      workbookName: name,
      now: this.deps.now,
      onWorkbookChanged: () => void this.commit(),
    };
  }

  private client(): Promise<EngineClient> {
    if (!this.engine) {
      this.engine = this.deps.startEngine();
      this.engine.then(
        (started) => this.dispatch({ type: 'engineStarted', mode: started.mode }),
        () => (this.engine = null),
      );
    }
    return this.engine.then((started) => started.client);
  }

  private dropCopyLink(): void {
    if (this.state.copy) this.deps.unlinkCopy(this.state.copy.url);
  }

  private dispatch(action: PageAction): void {
    this.state = pageReducer(this.state, action);
    for (const listener of this.listeners) listener();
  }
}
