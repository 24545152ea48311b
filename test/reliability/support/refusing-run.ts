/**
 * `Excel.run`s over the stand-in that refuse the way Excel does midway through an action: from a
 * chosen round trip on (or at that one only), a sync fails with an Office.js error code and
 * nothing it carried is applied — its queued operations are spent, as in Excel, not resent.
 */
import type { ExcelRun, XlContext } from '../../../src/hosts/excel/excel-api';
import type { Standin } from '../../excel-standin/standin';
import { StandinError, type StandinErrorCode } from '../../excel-standin/standin-error';

export interface Refusal {
  /** 1-based round trip (counted over the whole test) at which Excel starts refusing. */
  readonly from: number;
  readonly code: StandinErrorCode;
  /** Refuse that one round trip only (a passing hiccup) instead of every one after it. */
  readonly once?: boolean;
}

/** Sends the queued operations through the stand-in but takes every change back, then fails. */
async function refuseSync<T>(standin: Standin, sync: () => Promise<T>, code: StandinErrorCode, at: number): Promise<T> {
  const { journal } = standin.state;
  const commit = journal.commit;
  journal.commit = () => journal.rollback();
  try {
    await sync().catch(() => undefined);
  } finally {
    journal.commit = commit;
  }
  throw new StandinError(code, `refused at round trip ${at}`);
}

export interface RefusingRun {
  readonly run: ExcelRun;
  /** Round trips asked for so far (a refusal from Infinity counts without refusing). */
  syncs(): number;
}

/** @example createExcelHost({ run: refusingRun(standin, { from: 3, code: 'RequestPayloadSizeLimitExceeded' }).run }) */
export function refusingRun(standin: Standin, refusal: Refusal): RefusingRun {
  let syncs = 0;
  const run: ExcelRun = (options, batch) =>
    standin.run(options, (ctx) => {
      const wrapped: XlContext = {
        workbook: ctx.workbook,
        application: ctx.application,
        sync: <T>(value?: T): Promise<T> => {
          syncs += 1;
          const refused = refusal.once ? syncs === refusal.from : syncs >= refusal.from;
          return refused ? refuseSync(standin, () => ctx.sync(value), refusal.code, syncs) : ctx.sync(value);
        },
      };
      return batch(wrapped);
    });
  return { run, syncs: () => syncs };
}
