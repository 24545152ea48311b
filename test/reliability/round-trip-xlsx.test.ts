/**
 * No data lost (issue 8), through the .xlsx editing host the command line and the local page use:
 * whatever a clerk does — mark, check marks, summaries, 催办单, regenerate, settings, reopen,
 * unmark, clear — every cell of every sheet the clerk made keeps its value, formula, number
 * format, font, border and alignment all along, only mark colours ever appear as fills, and once
 * the marks are cleared every fill and style index is back. Cells are read by a reader
 * independent of the host (support/cell-snapshot.ts).
 */
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { MARK_PALETTE } from '../../src/core/marks/palette';
import { XlsxEditingHost } from '../../src/hosts/xlsx/xlsx-editing-host';
import { changedFills, diffSnapshots, snapshotCells, type WorkbookSnapshot } from './support/cell-snapshot';
import { listOpeningWorkbooks, readFixture } from './support/fixture-files';
import { everydayOperationArb, operationArb, runOperation, type HostSession, type Operation } from './support/host-operations';
import { runAndCheck, type WorkbookReader } from './support/run-and-check';

const PALETTE_RGB = Object.values(MARK_PALETTE).map((c) => c.rgb);

/** Parts the add-in may change in a copy; every other part must come back byte for byte. */
const MAY_CHANGE = /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|docProps\/app\.xml|customXml\/.*)$/;

/** The .xlsx host the command line and the local page use (it keeps the check's cell marks). */
class XlsxSession implements HostSession {
  private current: XlsxEditingHost;
  constructor(bytes: Uint8Array) {
    this.current = XlsxEditingHost.open(bytes);
  }
  host(): XlsxEditingHost {
    return this.current;
  }
  async reopen(): Promise<void> {
    this.current = XlsxEditingHost.open(this.current.save());
  }
}

const isMarkFill = (fill: string): boolean => fill.includes('patternType="solid"') && PALETTE_RGB.some((rgb) => fill.includes(`${rgb}"`));

function packageReader(session: XlsxSession, userSheets: readonly string[]): WorkbookReader<WorkbookSnapshot> {
  return {
    snapshot: () => snapshotCells(session.host().save(), userSheets),
    diff: (a, b, ignoreFill) => diffSnapshots(a, b, { ignoreFill }),
    foreignFills: (a, b) => [...changedFills(a, b)].filter((f) => !isMarkFill(f)),
  };
}

async function checkSequence(bytes: Uint8Array, ops: readonly Operation[]): Promise<string[]> {
  const session = new XlsxSession(bytes);
  return runAndCheck(session, ops, packageReader(session, [...snapshotCells(bytes).sheets.keys()]));
}

function changedParts(before: Uint8Array, after: Uint8Array): string[] {
  const a = unzipSync(before);
  const b = unzipSync(after);
  return Object.keys(a).filter((name) => !MAY_CHANGE.test(name) && (!b[name] || Buffer.compare(Buffer.from(a[name]), Buffer.from(b[name])) !== 0));
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

const FEW = ['workbooks/deadlines/incoming-deadlines.xlsx', 'workbooks/features/openpyxl-features.xlsm', 'workbooks/awkward/merged-data.xlsx', 'workbooks/layouts/multi-register.xlsx'];

describe('no data lost through the .xlsx host', () => {
  it.each(listOpeningWorkbooks())('%s: a full day of work, then clear, gives every cell back', async (file) => {
    expect(await checkSequence(readFixture(file), FULL_DAY)).toEqual([]);
  }, 20_000);

  it.each(listOpeningWorkbooks())('%s: every part the add-in has no business with comes back byte for byte', async (file) => {
    const bytes = readFixture(file);
    const session = new XlsxSession(bytes);
    for (const op of FULL_DAY) await runOperation(session, op);
    await session.host().clearMarks();
    expect(changedParts(bytes, session.host().save())).toEqual([]);
  }, 20_000);

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

describe('validation marks laid over status marks (.xlsx host)', () => {
  const file = 'workbooks/layouts/incoming-synonyms.xlsx';

  it('clearing every mark gives back the fills under a cell marked both overdue and invalid', async () => {
    expect(await checkSequence(readFixture(file), [{ kind: 'highlight', asOf: NOV_20 }, { kind: 'checkMarks', asOf: NOV_20 }])).toEqual([]);
  });

  it('taking the validation marks off leaves the status marks of the same rows exactly as they were', async () => {
    const session = new XlsxSession(readFixture(file));
    await runOperation(session, { kind: 'highlight', asOf: NOV_20 });
    const statusMarked = snapshotCells(session.host().save());
    await runOperation(session, { kind: 'checkMarks', asOf: NOV_20 });
    await runOperation(session, { kind: 'unmark' });
    expect(diffSnapshots(statusMarked, snapshotCells(session.host().save()))).toEqual([]);
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
