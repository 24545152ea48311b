/**
 * Workbooks saved by WPS Office itself (real files, test/web/fixtures/wps-saved/README.md): the
 * page's engine opens them, reads their sheets without a read error, finds no register where
 * there is none, and a mark followed by its clearing leaves every part it did not have to touch
 * byte for byte — WPS's own parts (its custom properties, the etCustomData namespace, a comment's
 * VML drawing) included.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { assessWorkbook } from '../../src/app/assess-workbook';
import { createEngineHost } from '../../src/web/client/engine-host';
import { connectInProcessEngine, type InProcessEngine } from './support/in-process-engine';
import { changedParts, partsOf } from './support/zip-parts';

const WPS_DIR = path.join(__dirname, 'fixtures', 'wps-saved');
const AS_OF = { year: 2026, month: 11, day: 20 };
const NOON_20_NOV_BEIJING = Date.UTC(2026, 10, 20, 4, 0, 0);
/** Parts a mark log adds or links: the custom XML part and its two references. */
const MARK_LOG_PARTS = (name: string): boolean => name.startsWith('customXml/') || name === '[Content_Types].xml' || name === 'xl/_rels/workbook.xml.rels';

const FILES = [
  { file: 'wps-comment.xlsx', application: 'WPS Spreadsheets', sheets: ['Sheet1'], sheetPart: 'xl/worksheets/sheet1.xml' },
  { file: 'wps-date-text.xlsx', application: 'WPS 表格', sheets: ['Sheet1', 'Sheet2', 'Sheet3'], sheetPart: 'xl/worksheets/sheet1.xml' },
];

const engines: InProcessEngine[] = [];
afterEach(() => engines.splice(0).forEach((e) => e.close()));

async function openInEngine(bytes: Uint8Array, name: string): Promise<InProcessEngine> {
  const engine = connectInProcessEngine();
  engines.push(engine);
  await engine.client.call('open', [bytes, name]);
  return engine;
}

const commit = (engine: InProcessEngine) => engine.client.call('commit', [NOON_20_NOV_BEIJING, 480]);

describe.each(FILES)('$file, saved by $application', ({ file, application, sheets, sheetPart }) => {
  let original: Uint8Array;
  beforeAll(async () => {
    original = new Uint8Array(await fs.readFile(path.join(WPS_DIR, file)));
  });

  it('is the real thing: WPS named itself in docProps/app.xml and left its build number', () => {
    const parts = unzipSync(original);
    expect(strFromU8(parts['docProps/app.xml'] ?? new Uint8Array())).toContain(`<Application>${application}</Application>`);
    expect(strFromU8(parts['docProps/custom.xml'] ?? new Uint8Array())).toContain('KSOProductBuildVer');
  });

  it('opens in the page’s engine, every sheet read without a read error and no register made up', async () => {
    const engine = await openInEngine(original, file);
    const assessment = await assessWorkbook(createEngineHost(engine.client), { asOf: AS_OF });
    expect(assessment.sheets.map((s) => s.info.name)).toEqual(sheets);
    expect(assessment.sheets.map((s) => s.register)).toEqual(sheets.map(() => null));
    const readErrors = assessment.sheets.flatMap((s) => s.layout.problems).filter((p) => p.code.startsWith('read.') && p.severity === 'error');
    expect(readErrors).toEqual([]);
  });

  it('keeps every part a mark does not touch byte for byte, and clearing gives the sheet and styles back', async () => {
    const marking = await openInEngine(original, file);
    const outcome = await createEngineHost(marking.client).applyMarks(sheets[0] ?? '', [{ row: 1, fromCol: 0, toCol: 1, kind: 'overdue', key: 'wps' }]);
    expect(outcome.rowsMarked).toBe(1);
    const marked = await commit(marking);
    const afterMark = changedParts(partsOf(original), partsOf(marked?.bytes ?? new Uint8Array()));
    expect(afterMark.filter((n) => !MARK_LOG_PARTS(n))).toEqual([sheetPart, 'xl/styles.xml'].sort());

    const clearing = await openInEngine(marked?.bytes ?? new Uint8Array(), marked?.name ?? file);
    const cleared = await createEngineHost(clearing.client).clearMarks();
    expect(cleared.reduce((n, o) => n + o.rowsRestored, 0)).toBe(1);
    const back = await commit(clearing);
    const left = changedParts(partsOf(original), partsOf(back?.bytes ?? new Uint8Array()));
    expect(left.filter((n) => !MARK_LOG_PARTS(n))).toEqual([]);
  });
});
