/**
 * `Excel.run` and `context.sync()` of the stand-in. Each sync is one round trip: the queued
 * operations are measured as a request, run in order, and what they load is measured as a
 * response. Over the payload limit, the batch is refused and nothing of it stays (atomic); any
 * other error stops the batch where it happened, leaving earlier operations applied, as in Excel.
 */
import type { ExcelRun, XlContext, XlRunOptions } from '../../src/hosts/excel/excel-api';
import type { Action, ProxyContext } from './proxy-base';
import { StandinError } from './standin-error';
import { ApplicationStandin, WorkbookStandin } from './workbook-proxy';
import type { WorkbookState } from './workbook-state';

/** Excel on the web refuses a request or a response above 5 MB. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** UTF-8 length of a string without allocating its bytes. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export class StandinContext implements XlContext, ProxyContext {
  readonly workbook: WorkbookStandin;
  readonly application: ApplicationStandin;
  private queue: Action[] = [];
  private closed = false;

  constructor(
    readonly state: WorkbookState,
    private readonly options: XlRunOptions,
  ) {
    this.workbook = new WorkbookStandin(this);
    this.application = this.workbook.application;
  }

  get pending(): number {
    return this.queue.length;
  }

  enqueue(action: Action): void {
    if (this.closed) throw new StandinError('InvalidRequestContext', 'This object was used outside the Excel.run that created it.');
    this.queue.push(action);
  }

  close(): void {
    this.closed = true;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    if (this.closed) throw new StandinError('InvalidRequestContext', 'context.sync() after Excel.run finished.');
    const actions = this.queue;
    this.queue = [];
    const { counters } = this.state;
    counters.roundTrips++;
    const requestBytes = utf8Length(JSON.stringify(actions.map((a) => a.describe)));
    counters.requestBytes.push(requestBytes);
    await Promise.resolve();
    this.refuseInEditMode(counters.responseBytes);
    if (requestBytes > PAYLOAD_LIMIT) {
      counters.responseBytes.push(0);
      throw new StandinError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    const { journal } = this.state;
    journal.begin();
    const payloads: unknown[] = [];
    const deliveries: Array<() => void> = [];
    try {
      for (const action of actions) {
        const result = action.execute();
        if (!result) continue;
        if (result.payload !== undefined) payloads.push(result.payload);
        if (result.deliver) deliveries.push(result.deliver);
      }
    } catch (error) {
      journal.commit();
      counters.responseBytes.push(0);
      throw error;
    }
    const responseBytes = utf8Length(JSON.stringify(payloads));
    counters.responseBytes.push(responseBytes);
    if (responseBytes > PAYLOAD_LIMIT) {
      journal.rollback();
      throw new StandinError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
    journal.commit();
    for (const deliver of deliveries) deliver();
    return passThroughValue as T;
  }

  private refuseInEditMode(responseBytes: number[]): void {
    const mode = this.state.editMode;
    if (!mode) return;
    if (this.options.delayForCellEdit) {
      // Excel holds the batch until the clerk leaves the cell, then runs it.
      this.state.editMode = null;
      return;
    }
    mode.failuresLeft -= 1;
    if (mode.failuresLeft <= 0) this.state.editMode = null;
    responseBytes.push(0);
    throw new StandinError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.');
  }
}

/** An `Excel.run` bound to one stand-in workbook. Like Office.js, it syncs what is left queued. */
export function createRun(state: WorkbookState): ExcelRun {
  return async <T>(options: XlRunOptions, batch: (context: XlContext) => Promise<T>): Promise<T> => {
    state.counters.runs++;
    const ctx = new StandinContext(state, options);
    try {
      const result = await batch(ctx);
      if (ctx.pending > 0) await ctx.sync();
      return result;
    } finally {
      ctx.close();
    }
  };
}
