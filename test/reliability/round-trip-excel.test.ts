/**
 * No data lost (issue 8), through the Office.js host on the strict Excel stand-in loaded from
 * every fixture workbook: the same operations as the .xlsx suite, the same promise — values,
 * formulas, number formats and fonts never change, only mark colours appear, and clearing gives
 * every fill back as Office.js reads it.
 */
import fc from 'fast-check';
import { createExcelHost } from '../../src/hosts/excel/excel-host';
import type { RegisterHost } from '../../src/hosts/host';
import { createStandin, type Standin } from '../excel-standin/standin';
import { fixtureOfXlsx } from '../excel-standin/load-xlsx';
import { listOpeningWorkbooks, readFixture } from './support/fixture-files';
import { everydayOperationArb, operationArb, runOperation, type HostSession, type Operation } from './support/host-operations';
import { runAndCheck } from './support/run-and-check';
import { standinReader } from './support/standin-reader';

class ExcelSession implements HostSession {
  private current: RegisterHost;
  constructor(readonly standin: Standin) {
    this.current = ExcelSession.connect(standin);
  }
  private static connect(standin: Standin): RegisterHost {
    return createExcelHost({ run: standin.run, retryDelayMs: 0, mergesSupported: true });
  }
  host(): RegisterHost {
    return this.current;
  }
  /** The workbook stays open in Excel; the pane is closed and opened again. */
  async reopen(): Promise<void> {
    this.current = ExcelSession.connect(this.standin);
  }
}

async function checkSequence(bytes: Uint8Array, ops: readonly Operation[]): Promise<string[]> {
  const standin = createStandin(fixtureOfXlsx(bytes));
  const userSheets = standin.state.sheets.map((s) => s.name);
  return runAndCheck(new ExcelSession(standin), ops, standinReader(standin, userSheets));
}

const NOV_20 = { year: 2026, month: 11, day: 20 };
const FEB_1 = { year: 2027, month: 2, day: 1 };

const FULL_DAY: readonly Operation[] = [
  { kind: 'highlight', asOf: NOV_20 },
  { kind: 'checkMarks', asOf: NOV_20 },
  { kind: 'summary', rows: 3 },
  { kind: 'remind', asOf: NOV_20 },
  { kind: 'reopen' },
  { kind: 'highlight', asOf: FEB_1 },
  { kind: 'summary', rows: 1 },
  { kind: 'settings' },
  { kind: 'unmark' },
  { kind: 'checkMarks', asOf: FEB_1 },
  { kind: 'remind', asOf: FEB_1 },
];

const FEW = ['workbooks/deadlines/incoming-deadlines.xlsx', 'workbooks/features/openpyxl-features.xlsx', 'workbooks/awkward/merged-data.xlsx', 'workbooks/layouts/multi-register.xlsx'];

describe('no data lost through the Excel host', () => {
  it.each(listOpeningWorkbooks())('%s: a full day of work, then clear, gives every cell back', async (file) => {
    expect(await checkSequence(readFixture(file), FULL_DAY)).toEqual([]);
  }, 30_000);

  it('any sequence of everyday operations on a few awkward registers keeps every cell and gives the fills back', async () => {
    const bytes = new Map(FEW.map((f) => [f, readFixture(f)]));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FEW), fc.array(everydayOperationArb, { minLength: 1, maxLength: 6 }), async (file, ops) => {
        expect(await checkSequence(bytes.get(file) ?? new Uint8Array(), ops)).toEqual([]);
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});

describe('validation marks laid over status marks (Excel host)', () => {
  it('clearing every mark gives back the fills under a cell marked both overdue and invalid', async () => {
    const ops: Operation[] = [{ kind: 'highlight', asOf: NOV_20 }, { kind: 'checkMarks', asOf: NOV_20 }];
    expect(await checkSequence(readFixture('workbooks/layouts/incoming-synonyms.xlsx'), ops)).toEqual([]);
  });

  it('taking the validation marks off leaves the status marks of the same rows exactly as they were', async () => {
    const standin = createStandin(fixtureOfXlsx(readFixture('workbooks/layouts/incoming-synonyms.xlsx')));
    const session = new ExcelSession(standin);
    const reader = standinReader(standin, standin.state.sheets.map((s) => s.name));
    await runOperation(session, { kind: 'highlight', asOf: NOV_20 });
    const statusMarked = reader.snapshot();
    await runOperation(session, { kind: 'checkMarks', asOf: NOV_20 });
    expect(reader.diff(statusMarked, reader.snapshot(), false)).not.toEqual([]);
    await runOperation(session, { kind: 'unmark' });
    expect(reader.diff(statusMarked, reader.snapshot(), false)).toEqual([]);
  });

  it('any sequence mixing validation and status marks keeps every cell and gives the fills back', async () => {
    const bytes = new Map(FEW.map((f) => [f, readFixture(f)]));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FEW), fc.array(operationArb, { minLength: 1, maxLength: 6 }), async (file, ops) => {
        expect(await checkSequence(bytes.get(file) ?? new Uint8Array(), ops)).toEqual([]);
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
