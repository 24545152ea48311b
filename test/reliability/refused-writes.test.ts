/**
 * A write Excel refuses — a protected sheet, a cell being edited, a payload over the limit — is
 * reported to the clerk in Chinese and leaves the workbook as it was before the action: every
 * cell's value and fill, and no half-written sheet (issue 8). Run on the strict stand-in, loaded
 * from a fixture with five sheets (an instructions sheet, three registers, a hand-made summary).
 */
import { HighlightLeftMarksError, clearHighlights, highlightOverdue } from '../../src/app/highlight';
import { createExcelHost } from '../../src/hosts/excel/excel-host';
import { ExcelHostError } from '../../src/hosts/excel/excel-errors';
import type { ExcelRun } from '../../src/hosts/excel/excel-api';
import type { RegisterHost } from '../../src/hosts/host';
import { createStandin, type Standin } from '../excel-standin/standin';
import { fixtureOfXlsx } from '../excel-standin/load-xlsx';
import type { StandinErrorCode } from '../excel-standin/standin-error';
import { readFixture } from './support/fixture-files';
import { summarySpec } from './support/host-operations';
import { refusingRun } from './support/refusing-run';
import { standinReader } from './support/standin-reader';

const FILE = 'workbooks/layouts/multi-register.xlsx';
const AS_OF = { year: 2026, month: 11, day: 20 };
const bytes = readFixture(FILE);

function open(): Standin {
  return createStandin(fixtureOfXlsx(bytes));
}

function hostOf(standin: Standin, run: ExcelRun = standin.run): RegisterHost {
  return createExcelHost({ run, retryDelayMs: 0, mergesSupported: true });
}

interface Look {
  readonly names: readonly string[];
  readonly cells: ReturnType<ReturnType<typeof standinReader>['snapshot']>;
}

/** Everything a clerk could see change: every cell's content and fill, and the list of sheets. */
function look(standin: Standin): Look {
  const names = standin.state.sheets.map((s) => s.name);
  return { names, cells: standinReader(standin, names).snapshot() };
}

/** What differs between two looks, in words ([] when nothing does). */
function changes(before: Look, after: Look): string[] {
  const names = before.names.join('|') === after.names.join('|') ? [] : [`sheets ${before.names.join('|')} → ${after.names.join('|')}`];
  return [...names, ...standinReader(createStandin({ sheets: [] }), []).diff(before.cells, after.cells, false)];
}

type Action = (host: RegisterHost) => Promise<unknown>;

const ACTIONS: ReadonlyArray<{ name: string; prepare: Action; act: Action }> = [
  { name: 'highlight', prepare: async () => null, act: (h) => highlightOverdue(h, { asOf: AS_OF }) },
  { name: 'clear', prepare: (h) => highlightOverdue(h, { asOf: AS_OF }), act: (h) => clearHighlights(h) },
  { name: 'writeSheets', prepare: async () => null, act: (h) => h.writeSheets([summarySpec(4)]) },
];

async function failure(p: Promise<unknown>): Promise<ExcelHostError> {
  const outcome = await p.then(() => null, (e: unknown) => e);
  if (!(outcome instanceof ExcelHostError)) throw new Error(`expected an ExcelHostError, got ${String(outcome)}`);
  return outcome;
}

/** Round trips the action asks for on a fresh workbook with nothing refused, and what it leaves. */
async function cleanRun(action: (typeof ACTIONS)[number]): Promise<{ trips: number; after: Look }> {
  const standin = open();
  await action.prepare(hostOf(standin));
  const counting = refusingRun(standin, { from: Infinity, code: 'GeneralException' });
  await action.act(hostOf(standin, counting.run));
  return { trips: counting.syncs(), after: look(standin) };
}

describe('a sheet the clerk protected', () => {
  it('highlight over a workbook whose third register is protected is refused naming that sheet, and marks nothing anywhere', async () => {
    const standin = open();
    standin.sheet('督办').protected = true;
    const before = look(standin);
    const error = await failure(highlightOverdue(hostOf(standin), { asOf: AS_OF }));
    expect(error.code).toBe('protected');
    expect(error.text.zh).toContain('督办');
    expect(error.text.zh).toContain('撤销保护');
    expect(changes(before, look(standin))).toEqual([]);
  });

  it('clear on a sheet protected after it was marked is refused and leaves the marks as they are, to be cleared once unprotected', async () => {
    const standin = open();
    const original = look(standin);
    await highlightOverdue(hostOf(standin), { asOf: AS_OF });
    const marked = look(standin);
    expect(changes(original, marked)).not.toEqual([]);
    standin.sheet('收文').protected = true;
    const error = await failure(clearHighlights(hostOf(standin)));
    expect(error.code).toBe('protected');
    expect(changes(marked, look(standin))).toEqual([]);
    standin.sheet('收文').protected = false;
    await clearHighlights(hostOf(standin));
    expect(changes(original, look(standin))).toEqual([]);
  });
});

describe('Excel busy editing a cell', () => {
  it.each(ACTIONS)('$name is refused with a message telling the clerk to finish the cell, and changes nothing', async (action) => {
    const standin = open();
    await action.prepare(hostOf(standin));
    const before = look(standin);
    standin.enterEditMode(1_000);
    const error = await failure(action.act(hostOf(standin)));
    expect(error.code).toBe('editMode');
    expect(error.text.zh).toContain('回车');
    expect(changes(before, look(standin))).toEqual([]);
  });
});

describe('Excel refusing a payload midway', () => {
  const codes: StandinErrorCode[] = ['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded'];

  // Highlight spans registers, each its own round trips: once Excel refuses every request, the
  // registers already highlighted cannot be taken back either. What holds then is that no
  // register is left half painted: each is exactly as before or exactly as a clean run leaves it,
  // and the clerk is told which registers still carry marks (and how to take them off).
  it('highlight refused at any round trip from then on is reported, names the registers left highlighted, and leaves each either as before or wholly highlighted', async () => {
    const action = ACTIONS[0];
    const clean = await cleanRun(action);
    const bySheet = (lines: readonly string[]): Map<string, string> => {
      const out = new Map<string, string[]>();
      for (const line of lines) {
        const sheet = line.slice(0, line.indexOf('!'));
        out.set(sheet, [...(out.get(sheet) ?? []), line]);
      }
      return new Map([...out].map(([k, v]) => [k, v.join('\n')]));
    };
    for (const code of codes) {
      for (let at = 1; at <= clean.trips; at++) {
        const standin = open();
        const before = look(standin);
        const outcome = await action.act(hostOf(standin, refusingRun(standin, { from: at, code }).run)).then(() => null, (e: unknown) => e);
        const left = outcome instanceof HighlightLeftMarksError ? outcome : null;
        const error = await failure(Promise.reject(left ? left.cause : outcome));
        expect([at, error.code]).toEqual([at, 'payloadTooLarge']);
        const whole = bySheet(changes(before, clean.after));
        const changed = bySheet(changes(before, look(standin)));
        for (const [sheet, got] of changed) expect([at, sheet, got]).toEqual([at, sheet, whole.get(sheet)]);
        for (const sheet of changed.keys()) expect([at, sheet, left?.stillMarked.includes(sheet)]).toEqual([at, sheet, true]);
        if (left) expect(left.text.zh).toContain(left.stillMarked[0]);
      }
    }
  }, 60_000);

  it.each(ACTIONS.slice(1))('$name refused at any round trip from then on is reported and leaves everything as before', async (action) => {
    const { trips } = await cleanRun(action);
    expect(trips).toBeGreaterThan(0);
    for (const code of codes) {
      for (let at = 1; at <= trips; at++) {
        const standin = open();
        await action.prepare(hostOf(standin));
        const before = look(standin);
        const error = await failure(action.act(hostOf(standin, refusingRun(standin, { from: at, code }).run)));
        expect([at, error.code]).toEqual([at, 'payloadTooLarge']);
        expect(error.text.zh).not.toBe('');
        expect([at, changes(before, look(standin))]).toEqual([at, []]);
      }
    }
  }, 60_000);

  it.each(ACTIONS)('$name refused once at any round trip either finishes as a clean run would or leaves everything as before', async (action) => {
    const clean = await cleanRun(action);
    for (let at = 1; at <= clean.trips; at++) {
      const standin = open();
      await action.prepare(hostOf(standin));
      const before = look(standin);
      const refusal = refusingRun(standin, { from: at, code: 'RequestPayloadSizeLimitExceeded', once: true });
      const done = await action.act(hostOf(standin, refusal.run)).then(() => true, () => false);
      expect([at, done, changes(done ? clean.after : before, look(standin))]).toEqual([at, done, []]);
    }
  }, 60_000);
});
