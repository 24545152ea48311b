/**
 * The page's engine gives the command line's results: the same workflows over the host the
 * page uses (every call crossing a message channel, as to a worker) patch a workbook exactly as
 * `register-desk mark` and `clear` do, and the copy a step makes is checked and named.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { applyEdits } from '../../src/app/check/apply-edits';
import { clearHighlights, highlightOverdue } from '../../src/app/highlight';
import { buildSampleWorkbook } from '../../src/cli/demo/sample-workbook';
import type { StoredSettings } from '../../src/core/settings/stored-settings';
import { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import { createEngineHost } from '../../src/web/client/engine-host';
import { runCli } from '../cli/run-cli';
import { connectInProcessEngine, type InProcessEngine } from './support/in-process-engine';
import { changedParts, partsOf } from './support/zip-parts';

const AS_OF = { year: 2026, month: 11, day: 20 };
const NOON_20_NOV_BEIJING = Date.UTC(2026, 10, 20, 4, 0, 0);
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'workbooks');

let dir: string;
let sample: Uint8Array;
const engines: InProcessEngine[] = [];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rd-web-engine-'));
  sample = new Uint8Array(await buildSampleWorkbook());
  await fs.writeFile(path.join(dir, 'sample.xlsx'), sample);
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));
afterEach(() => engines.splice(0).forEach((e) => e.close()));

async function openInEngine(bytes: Uint8Array, name: string): Promise<InProcessEngine> {
  const engine = connectInProcessEngine();
  engines.push(engine);
  await engine.client.call('open', [bytes, name]);
  return engine;
}

const commit = (engine: InProcessEngine) => engine.client.call('commit', [NOON_20_NOV_BEIJING, 480]);
/** The GUID of a new custom XML part is random in the command line. */
const notGuidPart = (name: string): boolean => !/^customXml\/itemProps\d+\.xml$/.test(name);

describe('the page’s engine', () => {
  it('marks a copy byte for byte as the command line does, and names it for the step', async () => {
    const engine = await openInEngine(sample, 'sample.xlsx');
    const report = await highlightOverdue(createEngineHost(engine.client), { asOf: AS_OF });
    const incoming = report.sheets.find((s) => s.sheet === '收文登记');
    expect([incoming?.counts.overdue, incoming?.counts.dueSoon, incoming?.counts.doneLate, incoming?.marked.rowsMarked]).toEqual([4, 2, 3, 9]);
    const copy = await commit(engine);
    expect(copy?.name).toBe('sample-已标记-2026-11-20.xlsx');
    expect(copy?.action).toBe('marked');

    const cliOut = path.join(dir, 'cli-marked.xlsx');
    expect((await runCli('mark', path.join(dir, 'sample.xlsx'), '-o', cliOut, '--as-of', '2026-11-20')).code).toBe(0);
    const fromCli = partsOf(new Uint8Array(await fs.readFile(cliOut)));
    const fromPage = partsOf(copy?.bytes ?? new Uint8Array());
    expect(changedParts(fromCli, fromPage).filter(notGuidPart)).toEqual([]);
    expect(copy?.changedParts).toEqual(changedParts(partsOf(sample), fromPage));
  });

  it('takes the marks off a copy it marked earlier, giving back every sheet and the styles', async () => {
    const marking = await openInEngine(sample, 'sample.xlsx');
    await highlightOverdue(createEngineHost(marking.client), { asOf: AS_OF });
    const marked = await commit(marking);

    const clearing = await openInEngine(marked?.bytes ?? new Uint8Array(), marked?.name ?? '');
    const outcomes = await clearHighlights(createEngineHost(clearing.client));
    expect(outcomes.find((o) => o.sheet === '收文登记')?.rowsRestored).toBe(9);
    const cleared = await commit(clearing);
    expect(cleared?.name).toBe('sample-已清除标记-2026-11-20.xlsx');
    const left = changedParts(partsOf(sample), partsOf(cleared?.bytes ?? new Uint8Array()));
    expect(left.filter((n) => !n.startsWith('customXml/') && n !== '[Content_Types].xml' && n !== 'xl/_rels/workbook.xml.rels')).toEqual([]);
  });

  it('stores a confirmed mapping where the command line and the add-in read it', async () => {
    const engine = await openInEngine(sample, 'sample.xlsx');
    const host = createEngineHost(engine.client);
    const settings: StoredSettings = { version: 1, mappings: { 收文登记: { kind: 'incoming', columns: { title: 'E', deadline: 'H' } } } };
    await host.writeSettings(settings);
    const copy = await commit(engine);
    expect(copy?.name).toBe('sample-已更新设置-2026-11-20.xlsx');
    expect(await XlsxHost.open(copy?.bytes ?? new Uint8Array()).readSettings()).toEqual(settings);
  });

  it('gives no copy for a step that changed nothing', async () => {
    const engine = await openInEngine(sample, 'sample.xlsx');
    await clearHighlights(createEngineHost(engine.client));
    await expect(commit(engine)).resolves.toBeNull();
  });

  it('refuses to paint a protected sheet with the clerk’s sentence, and keeps the working copy as it was', async () => {
    const bytes = new Uint8Array(await fs.readFile(path.join(FIXTURES, 'awkward', 'protected-sheet.xlsx')));
    const engine = await openInEngine(bytes, 'protected-sheet.xlsx');
    const failure = await highlightOverdue(createEngineHost(engine.client), { asOf: AS_OF }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'protectedSheet', zh: expect.stringContaining('受保护') });
    await engine.client.call('discard', []);
    await expect(commit(engine)).resolves.toBeNull();
  });

  it('says why a file cannot be opened, in the clerk’s words', async () => {
    const engine = connectInProcessEngine();
    engines.push(engine);
    const bytes = new Uint8Array(await fs.readFile(path.join(FIXTURES, 'awkward', 'legacy.xls')));
    await expect(engine.client.call('open', [bytes, 'legacy.xls'])).rejects.toMatchObject({ code: 'xls', zh: expect.stringContaining('.xls') });
    await expect(engine.client.call('listSheets', [])).rejects.toMatchObject({ code: 'noWorkbook' });
  });

  it('checks a fixed copy against the values the fixes wrote, and names it for the fixes', async () => {
    const engine = await openInEngine(sample, 'sample.xlsx');
    const host = createEngineHost(engine.client);
    const [before] = (await host.readTop('收文登记', 3)).rows[2] ?? [];
    const done = await applyEdits(host, '收文登记', [{ row: 3, col: 0, before: before ?? null, after: '收-001' }]);
    expect(done.applied).toHaveLength(1);
    const copy = await commit(engine);
    expect(copy?.name).toBe('sample-已修正-2026-11-20.xlsx');
    expect((await XlsxHost.open(copy?.bytes ?? new Uint8Array()).readTop('收文登记', 3)).rows[2]?.[0]).toBe('收-001');
  });

  it('hands back the very edits it skipped, so the pane can tell them apart', async () => {
    const engine = await openInEngine(sample, 'sample.xlsx');
    const host = createEngineHost(engine.client);
    const stale = { row: 3, col: 4, before: '不是这个值', after: '新值' };
    const outcome = await host.writeCells('收文登记', [stale]);
    expect(outcome.written).toBe(0);
    expect(outcome.skipped[0]).toBe(stale);
  });
});
