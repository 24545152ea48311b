/**
 * The pane's workflows run in the engine (PaneServices.workflows on the web page) give what the
 * same workflows give over the engine's host call by call, as the pane ran them before: the same
 * assessment, check, highlight and 催办单 reports, the same copy byte for byte under the same
 * name, and the same cancel rule — stopped while reading, nothing changed.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ensureRegister } from '../../bench/generate/registers';
import { assessWorkbook, type WorkbookAssessment } from '../../src/app/assess-workbook';
import { checkWorkbookOn } from '../../src/app/check/check-workbook-findings';
import { highlightOverdue } from '../../src/app/highlight';
import { writeReminder } from '../../src/app/remind';
import { buildSampleWorkbook } from '../../src/cli/demo/sample-workbook';
import type { CalendarDay } from '../../src/core/dates/day';
import type { WorkflowOptions } from '../../src/taskpane/services';
import { createEngineHost } from '../../src/web/client/engine-host';
import { createEngineWorkflows } from '../../src/web/client/engine-workflows';
import { connectInProcessEngine, type InProcessEngine } from './support/in-process-engine';
import { changedParts, partsOf } from './support/zip-parts';

const AS_OF = { year: 2026, month: 11, day: 20 };
const NOW = new Date(Date.UTC(2026, 10, 20, 4, 0, 0));
const NOON_20_NOV_BEIJING = NOW.getTime();

let sample: Uint8Array;
const engines: InProcessEngine[] = [];

beforeAll(async () => {
  sample = new Uint8Array(await buildSampleWorkbook());
});
afterEach(() => engines.splice(0).forEach((e) => e.close()));

async function openInEngine(bytes = sample, name = 'sample.xlsx'): Promise<InProcessEngine> {
  const engine = connectInProcessEngine();
  engines.push(engine);
  await engine.client.call('open', [bytes, name]);
  return engine;
}

/** New custom XML parts take the next of the test's fixed GUIDs: the two runs differ there only. */
const notGuidPart = (name: string): boolean => !/^customXml\/itemProps\d+\.xml$/.test(name);
const commit = (engine: InProcessEngine) => engine.client.call('commit', [NOON_20_NOV_BEIJING, 480]);

/** Every day of 2025–2027 as the calendar counts it: the calendar is functions, compared by what it says. */
function workingDays(assessment: WorkbookAssessment): boolean[] {
  const days: boolean[] = [];
  for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2028, 0, 1); t += 86_400_000) {
    const d = new Date(t);
    const day: CalendarDay = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
    days.push(assessment.context.calendar.isWorkingDay(day));
  }
  return days;
}

/** The assessment as data: everything but the calendar's functions. */
function withoutCalendar<T extends { readonly assessment: WorkbookAssessment }>(result: T) {
  const { calendar: _calendar, ...context } = result.assessment.context;
  return { ...result, assessment: { ...result.assessment, context } };
}

const options = (extra: Partial<WorkflowOptions> = {}): WorkflowOptions => ({ asOf: AS_OF, now: NOW, ...extra });

describe('the pane’s workflows in the engine', () => {
  it('assess the workbook as the host calls do, calendar included', async () => {
    const engine = await openInEngine();
    const local = await assessWorkbook(createEngineHost(engine.client), options());
    const remote = await createEngineWorkflows(engine.client).assess(options());
    expect(withoutCalendar({ assessment: remote })).toEqual(withoutCalendar({ assessment: local }));
    expect(remote.sheets.some((s) => s.assessment && s.assessment.counts.overdue > 0)).toBe(true);
    expect(workingDays(remote)).toEqual(workingDays(local));
  });

  it('check it with the same findings, each sheet of the check the assessment’s own', async () => {
    const engine = await openInEngine();
    const local = await checkWorkbookOn(createEngineHost(engine.client), options());
    const remote = await createEngineWorkflows(engine.client).check(options());
    expect(withoutCalendar(remote)).toEqual(withoutCalendar(local));
    expect(remote.counts.error + remote.counts.warning).toBeGreaterThan(0);
    expect(remote.sheets.map((s) => s.sheet)).toEqual(remote.assessment.sheets);
  });

  it('mark it into the same copy, byte for byte and under the same name', async () => {
    const viaHost = await openInEngine();
    const local = await highlightOverdue(createEngineHost(viaHost.client), options());
    const localCopy = await commit(viaHost);

    const inEngine = await openInEngine();
    const progress: number[][] = [];
    const remote = await createEngineWorkflows(inEngine.client).highlight(options({ onProgress: (done, total) => progress.push([done, total]) }));
    const remoteCopy = await commit(inEngine);

    expect(withoutCalendar(remote)).toEqual(withoutCalendar(local));
    expect(remote.sheets.reduce((n, s) => n + s.marked.rowsMarked, 0)).toBeGreaterThan(0);
    expect(remoteCopy?.name).toBe('sample-已标记-2026-11-20.xlsx');
    expect(remoteCopy?.name).toBe(localCopy?.name);
    expect(changedParts(partsOf(localCopy?.bytes ?? new Uint8Array()), partsOf(remoteCopy?.bytes ?? new Uint8Array())).filter(notGuidPart)).toEqual([]);
    // The pane starts writing when the progress reports every sheet read.
    expect(progress.at(-1)?.[0]).toBe(progress.at(-1)?.[1]);
  });

  it('write the same 催办单 into the same copy', async () => {
    const viaHost = await openInEngine();
    const local = await writeReminder(createEngineHost(viaHost.client), options());
    const localCopy = await commit(viaHost);
    const inEngine = await openInEngine();
    const remote = await createEngineWorkflows(inEngine.client).remind(options());
    const remoteCopy = await commit(inEngine);
    expect(withoutCalendar(remote)).toEqual(withoutCalendar(local));
    expect(remoteCopy?.name).toBe('sample-催办单-2026-11-20.xlsx');
    expect(changedParts(partsOf(localCopy?.bytes ?? new Uint8Array()), partsOf(remoteCopy?.bytes ?? new Uint8Array())).filter(notGuidPart)).toEqual([]);
  });

  it('stop a step cancelled while it reads, with the cancel’s own reason and no copy', async () => {
    const engine = await openInEngine();
    const cancel = new AbortController();
    const step = createEngineWorkflows(engine.client).highlight(options({ signal: cancel.signal, onProgress: (done) => done === 0 && cancel.abort() }));
    await expect(step).rejects.toMatchObject({ name: 'AbortError' });
    await expect(commit(engine)).resolves.toBeNull();
  });

  it('undo a step whose cancel came as the engine began writing, so a cancelled step changed nothing', async () => {
    const engine = await openInEngine();
    const cancel = new AbortController();
    // The pane's cancel is refused from the report that every sheet is read: this one crosses it.
    const step = createEngineWorkflows(engine.client).highlight(
      options({ signal: cancel.signal, onProgress: (done, total) => done === total && cancel.abort() }),
    );
    await expect(step).rejects.toMatchObject({ name: 'AbortError' });
    await expect(commit(engine)).resolves.toBeNull();
  });

  it('hand back a register longer than a message chunk whole, with the bench’s counts', async () => {
    const register = await ensureRegister(path.join(__dirname, '..', '..', 'bench', 'work', 'registers'), 10_000, 1);
    const engine = await openInEngine(new Uint8Array(await fs.readFile(register.path)), 'incoming-10000-s1.xlsx');
    const remote = await createEngineWorkflows(engine.client).check(options());
    const local = await checkWorkbookOn(createEngineHost(engine.client), options());
    expect(remote.assessment.sheets[0]?.register?.records).toHaveLength(10_000);
    expect(remote.assessment.sheets[0]?.assessment?.counts).toEqual(register.outcomes);
    expect(withoutCalendar(remote)).toEqual(withoutCalendar(local));
  }, 120_000);

  it('refuse a step cancelled before it started', async () => {
    const engine = await openInEngine();
    const cancel = new AbortController();
    cancel.abort();
    await expect(createEngineWorkflows(engine.client).assess(options({ signal: cancel.signal }))).rejects.toMatchObject({ name: 'AbortError' });
  });
});
