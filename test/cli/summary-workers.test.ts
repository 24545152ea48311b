/**
 * `summary` reading its files on worker threads gives the same package as reading them in turn:
 * the records survive the trip (source-codec), failures keep their sentence, and the workbook
 * written is the same part for part.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { unzipSync } from 'fflate';
import { buildSampleWorkbook } from '../../src/cli/demo/sample-workbook';
import { readSummaryFile } from '../../src/cli/summary/read-summary-file';
import { readPackageInputs } from '../../src/cli/summary/read-package-inputs';
import { readInWorkers, workersCanStart } from '../../src/cli/summary/read-pool';
import { packSource, transferablesOf, unpackSource, type PackedSource } from '../../src/cli/summary/source-codec';
import { dispatchOrder, MAX_WORKERS, MIN_BYTES_FOR_WORKERS, ownShareOfLoad, plannedWorkers } from '../../src/cli/summary/worker-plan';
import type { SummarySource } from '../../src/core/summaries/summary-types';
import type { Register, RegisterRecord } from '../../src/core/types';
import { runCli } from './run-cli';

const ROOT = path.resolve(__dirname, '..', '..');
let dir: string;
let files: string[];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rd-summary-workers-'));
  const sample = await buildSampleWorkbook();
  files = [];
  for (const town of ['城关镇', '青山镇', '河口乡', '石桥镇']) {
    const file = path.join(dir, `${town}.xlsx`);
    await fs.writeFile(file, sample);
    files.push(file);
  }
  const broken = path.join(dir, 'broken.xlsx');
  await fs.writeFile(broken, 'PK\u0003\u0004 truncated');
  files.splice(2, 0, broken);
});

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function sourceOf(file: string): Promise<SummarySource> {
  const reading = await readSummaryFile(file);
  if (!reading.ok) throw new Error(reading.failure.zh);
  return reading.source;
}

/** Every part of a package, the creation time stamps ExcelJS writes into core.xml set aside. */
function partsOf(bytes: Uint8Array): Record<string, string> {
  const parts = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(parts).map(([name, data]) => {
      const text = Buffer.from(data).toString('latin1');
      return [name, name === 'docProps/core.xml' ? text.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1') : text];
    }),
  );
}

const record = (row: number, values: RegisterRecord['values'], dates: RegisterRecord['dates'] = {}, problems: RegisterRecord['problems'] = []): RegisterRecord => ({
  row,
  values,
  dates,
  problems,
});

describe('the records sent back by a worker (source-codec)', () => {
  it('come back equal to the records read: every cell type, key order, days, problems', () => {
    const problem = { code: 'date.bad', severity: 'warning' as const, at: { sheet: '收文', row: 4, col: 1 }, message: { zh: '日期不对', en: 'bad date' } };
    const registers: Register[] = [
      {
        layout: { sheet: '收文', kind: 'incoming', confidence: 0.9, headerRows: [1, 2], firstDataRow: 3, lastCol: 6, columns: { title: 0, receivedDate: 1 }, headers: ['标题', undefined, '收文日期'], alternatives: [], year: 2026, problems: [] },
        records: [
          record(3, { title: '关于＝1+1的通知', receivedDate: { type: 'date', serial: 46027, day: { year: 2026, month: 1, day: 5 } }, copies: 3, supervised: true }, { receivedDate: { year: 2026, month: 1, day: 5 } }),
          record(4, { title: null, receivedDate: '2026年13月1日', copies: -0, supervised: false }, {}, [problem]),
          record(6, { receivedDate: { type: 'date', serial: 3e6, day: null }, title: { type: 'error', code: '#N/A' }, copies: 1.5 }, { receivedDate: { year: -44, month: 3, day: 15 } }),
        ],
        dataRows: [3, 6],
        problems: [problem],
      },
      { layout: { sheet: '空表', kind: null, confidence: 0, headerRows: null, firstDataRow: null, lastCol: 0, columns: {}, headers: [], alternatives: [], year: null, problems: [] }, records: [], dataRows: null, problems: [] },
    ];
    const source: SummarySource = { source: '城关镇.xlsx', registers };
    const packed = packSource(source);
    expect(packed.registers.every((r) => r.packed)).toBe(true);
    // Through the same structured clone postMessage uses, buffers moved.
    const back = unpackSource(deserialize(serialize(packed)) as PackedSource);
    expect(back).toStrictEqual(source);
    expect(back.registers[0].records.map((r) => Object.keys(r.values))).toEqual(registers[0].records.map((r) => Object.keys(r.values)));
    expect(Object.is(back.registers[0].records[1].values.copies, -0)).toBe(true);
    // Six arrays per register, each on a buffer of its own: a buffer listed twice cannot be moved.
    const buffers = transferablesOf(packed);
    expect(buffers).toHaveLength(12);
    expect(new Set(buffers).size).toBe(12);
  });

  it('sends a register with a value of a form it does not know as it is', () => {
    const odd = { type: 'rich', runs: ['a'] } as unknown as string;
    const source: SummarySource = {
      source: 'x.xlsx',
      registers: [{ layout: { sheet: 's', kind: 'incoming', confidence: 1, headerRows: [1, 1], firstDataRow: 2, lastCol: 0, columns: { title: 0 }, headers: ['标题'], alternatives: [], year: null, problems: [] }, records: [record(2, { title: odd })], dataRows: [2, 2], problems: [] }],
    };
    const packed = packSource(source);
    expect(packed.registers[0].packed).toBe(false);
    expect(unpackSource(deserialize(serialize(packed)) as PackedSource)).toStrictEqual(source);
  });

  it('round-trips the registers of a real workbook, which are plain structured-clonable data', async () => {
    const source = await sourceOf(files[0]);
    expect(source.registers.length).toBeGreaterThan(2);
    expect(deserialize(serialize(source))).toStrictEqual(source);
    expect(unpackSource(deserialize(serialize(packSource(source))) as PackedSource)).toStrictEqual(source);
  });
});

describe('how many workers read the files', () => {
  const small = 78_000;
  const idle = 0.2;
  it('reads one file, or a handful of small ones, in this thread', () => {
    expect(plannedWorkers([7_000_000], undefined, 2, idle)).toBe(0);
    expect(plannedWorkers([small, small, small], undefined, 2, idle)).toBe(0);
    expect(plannedWorkers(Array<number>(100).fill(small), undefined, 1, idle)).toBe(0);
  });
  it('uses the idle cores for many files, one left to V8\'s helpers, up to a cap, and takes a fixed count when told', () => {
    // This thread reads too, and V8's helper threads need a core: none on two cores, two on four.
    expect(plannedWorkers(Array<number>(100).fill(small), undefined, 2, idle)).toBe(0);
    expect(plannedWorkers(Array<number>(100).fill(small), undefined, 3, idle)).toBe(1);
    expect(plannedWorkers(Array<number>(100).fill(small), undefined, 4, idle)).toBe(2);
    expect(plannedWorkers(Array<number>(100).fill(small), undefined, 64, idle)).toBe(MAX_WORKERS);
    expect(plannedWorkers([MIN_BYTES_FOR_WORKERS, 1], undefined, 8, idle)).toBe(1);
    expect(plannedWorkers([small, small, small], 2)).toBe(2);
    expect(plannedWorkers([small], 2)).toBe(1);
    expect(plannedWorkers([small, small], 0)).toBe(0);
  });
  it('starts no worker on cores that are busy already, fewer on cores that are partly busy', () => {
    const many = Array<number>(100).fill(small);
    // Loads that count this command's own thread (ownLoad 1) and more besides.
    expect(plannedWorkers(many, undefined, 4, 2.2, 1)).toBe(1);
    expect(plannedWorkers(many, undefined, 4, 3.7, 1)).toBe(0);
    expect(plannedWorkers(many, undefined, 8, 4, 1)).toBe(3);
    expect(plannedWorkers(many, undefined, 8, 6, 1)).toBe(1);
    // A command just started is no part of the load yet: a load of 1 is another program's.
    expect(plannedWorkers(many, undefined, 3, 1, 0)).toBe(0);
    expect(plannedWorkers(many, undefined, 3, 0.2, 0)).toBe(1);
    // A count asked for is a count asked for, busy or not (tests, the bench).
    expect(plannedWorkers(many, 1, 2, 8)).toBe(1);
  });
  it('does not take its own earlier work for another program keeping the cores busy', () => {
    // Run again and again in one process (the bench), the command is most of the load it reads.
    const many = Array<number>(100).fill(small);
    expect(plannedWorkers(many, undefined, 4, 2.9, 1.5)).toBe(1);
    expect(plannedWorkers(many, undefined, 4, 2.9, 0)).toBe(0);
  });
  it('reckons its own share of the load from its CPU time, over a minute at least', () => {
    const share = ownShareOfLoad();
    const { user, system } = process.cpuUsage();
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThanOrEqual((user + system) / 1e6 / 60);
  });
  it('hands out the largest files first, ties in the order given', () => {
    expect(dispatchOrder([10, 30, 20, 30])).toEqual([1, 3, 2, 0]);
  });
  it('starts a .ts worker only when the process has a loader to inherit', () => {
    const self = path.join(ROOT, 'src/cli/summary/summary-worker.ts');
    expect(workersCanStart(self, [])).toBe(false);
    expect(workersCanStart(self, ['-r', './bench/register-ts.cjs'])).toBe(true);
    expect(workersCanStart(self, ['--require=ts-node/register'])).toBe(true);
    expect(workersCanStart(path.join(dir, 'missing-worker.js'), [])).toBe(false);
  });
});

describe('summary with workers', () => {
  it('falls back to this thread where workers cannot start (here, under ts-jest), in the order given', async () => {
    const { readings, byWorkers } = await readInWorkers(files, 2, dispatchOrder(files.map(() => 1)));
    expect(byWorkers).toBe(0);
    expect(readings.map((r) => r.ok)).toEqual([true, true, false, true, true]);
    const failed = readings[2];
    expect(failed.ok ? null : failed.failure.file).toBe(files[2]);
    expect(readings[0].ok && readings[0].source).toStrictEqual(await sourceOf(files[0]));
  });

  it('lets this thread read a file of its choosing first, which no one else reads', async () => {
    const expected = await readInWorkers(files, 0, [0, 1, 2, 3, 4]);
    const asked: number[] = [];
    const first = { index: 3, read: () => Promise.resolve(expected.readings[3]) };
    const pool = await readInWorkers(files, 1, [3, 0, 1, 2, 4], { first, workerFile: path.join(dir, 'no-such-worker.js') });
    expect(pool.readings).toStrictEqual(expected.readings);
    // Workers only: the first file is theirs like any other, and this thread does not read it.
    const recorder = { index: 0, read: () => (asked.push(0), Promise.resolve(expected.readings[0])) };
    const all = await readInWorkers(files, 0, [0, 1, 2, 3, 4], { first: recorder, readsHere: false });
    expect(asked).toEqual([]);
    expect(all.readings).toStrictEqual(expected.readings);
  });

  it('gives the same readings, context and settings however the files are shared out, the first one broken or not', async () => {
    for (const order of [files, [files[2], ...files.filter((f) => f !== files[2])]]) {
      const alone = await readPackageInputs(order, { workers: 0 });
      expect(alone.context).not.toBeNull();
      for (const options of [{ workers: 1 }, { workers: 2, readsHere: false }]) {
        const pooled = await readPackageInputs(order, options);
        expect(pooled.readings).toStrictEqual(alone.readings);
        // The calendar is closures built from the settings compared here.
        expect({ ...pooled.context, calendar: null }).toStrictEqual({ ...alone.context, calendar: null });
        expect(pooled.settings).toStrictEqual(alone.settings);
      }
    }
  });

  it('reads here the files of a worker that dies with them in hand, or cannot load at all', async () => {
    const dies = path.join(dir, 'dies.js');
    await fs.writeFile(dies, "const { parentPort } = require('node:worker_threads'); parentPort.postMessage({ kind: 'ready' }); parentPort.on('message', () => process.exit(1));\n");
    const broken = path.join(dir, 'broken-worker.js');
    await fs.writeFile(broken, "throw new Error('cannot load');\n");
    const expected = await readInWorkers(files, 0, [0, 1, 2, 3, 4]);
    for (const workerFile of [dies, broken]) {
      const { readings, byWorkers } = await readInWorkers(files, 2, [4, 3, 2, 1, 0], { readsHere: false, workerFile });
      expect(byWorkers).toBe(0);
      expect(readings).toStrictEqual(expected.readings);
    }
  });

  it('writes the same workbook from worker threads as from one thread, and says the same', async () => {
    const inProcess = path.join(dir, 'one-thread.xlsx');
    const threaded = path.join(dir, 'workers.xlsx');
    const here = await runCli('summary', ...files, '--year', '2026', '--as-of', '2026-11-20', '-o', inProcess);
    expect(here.code).toBe(2);
    const { stdout } = await promisify(execFile)(process.execPath, ['-r', './bench/register-ts.cjs', 'test/cli/summary-child.ts', '2', threaded, ...files], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    const child = JSON.parse(stdout) as { code: number; stdout: string; stderr: string; byWorkers: number };
    expect(child.byWorkers).toBe(files.length);
    expect(child.code).toBe(here.code);
    expect(child.stderr).toBe(here.stderr);
    expect(child.stdout.replace(threaded, 'OUT')).toBe(here.stdout.replace(inProcess, 'OUT'));
    expect(here.stderr).toContain('broken.xlsx');
    const a = partsOf(new Uint8Array(await fs.readFile(inProcess)));
    const b = partsOf(new Uint8Array(await fs.readFile(threaded)));
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const name of Object.keys(a)) expect({ name, text: b[name] }).toEqual({ name, text: a[name] });
    expect(Object.keys(a)).toContain('xl/worksheets/sheet2.xml');
  }, 120_000);
});
