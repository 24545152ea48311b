/**
 * Shared pieces of the host tests: a host on a stand-in, the payload checks every test repeats,
 * and a run that makes one chosen sync fail the way Excel would (to test undo after a failure).
 */
import { createExcelHost, type ExcelHostOptions } from '../../src/hosts/excel/excel-host';
import type { ExcelRun, XlContext } from '../../src/hosts/excel/excel-api';
import type { RegisterHost } from '../../src/hosts/host';
import { colToLetters } from '../excel-standin/standin-a1';
import type { Standin } from '../excel-standin/standin';
import { StandinError } from '../excel-standin/standin-error';

/** What the tests hold the host to: no request or response above 4 MB. */
export const PAYLOAD_CEILING = 4_000_000;

export function hostOn(standin: Standin, options: Partial<ExcelHostOptions> = {}): RegisterHost {
  return createExcelHost({ run: standin.run, retryDelayMs: 0, mergesSupported: true, ...options });
}

export function largestPayload(standin: Standin): number {
  return Math.max(0, ...standin.counters.requestBytes, ...standin.counters.responseBytes);
}

export function totalResponse(standin: Standin): number {
  return standin.counters.responseBytes.reduce((a, b) => a + b, 0);
}

/** JSON bytes of the values of the given columns over the given rows, as range.values gives them. */
export function valueBytes(standin: Standin, sheet: string, cols: readonly number[], fromRow: number, toRow: number): number {
  return cols.reduce((n, c) => {
    const col = colToLetters(c);
    return n + new TextEncoder().encode(JSON.stringify(standin.valuesOf(sheet, `${col}${fromRow}:${col}${toRow}`))).length;
  }, 0);
}

/**
 * A run whose `failAt`-th sync (counted over the whole test, 1-based) first does `sabotage`
 * (e.g. protect the sheet) — the way a clerk or another add-in changes the workbook midway.
 */
export function runWithSabotage(standin: Standin, failAt: number, sabotage: () => void): ExcelRun {
  let syncs = 0;
  return (options, batch) =>
    standin.run(options, (ctx) => {
      const wrapped: XlContext = {
        workbook: ctx.workbook,
        application: ctx.application,
        sync: <T>(value?: T): Promise<T> => {
          syncs += 1;
          if (syncs === failAt) sabotage();
          return ctx.sync(value);
        },
      };
      return batch(wrapped);
    });
}

/** A run whose `failAt`-th sync fails once, sending nothing (a dropped connection, say). */
export function runFailingOnce(standin: Standin, failAt: number): ExcelRun {
  return runWithSabotage(standin, failAt, () => {
    throw new StandinError('GeneralException', 'An internal error has occurred.');
  });
}
