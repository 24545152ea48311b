/**
 * `register-desk mark` runs the streamed highlight (records read, assessed and turned into marks
 * band by band); the task pane runs highlightOverdue (every record kept). On every fixture
 * workbook, on a register longer than a band, and when a register fails, the two must leave the
 * same workbook behind, byte for byte.
 */
import { highlightOverdue } from '../../src/app/highlight';
import { highlightOverdueStreamed } from '../../src/app/highlight-streamed';
import type { RegisterHost } from '../../src/hosts/host';
import { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import { BAND_ROWS } from '../../src/hosts/xlsx/read/sheet-bands';
import { MARKED_STATUSES } from '../../src/core/marks/plan-marks';
import { unzipSync } from 'fflate';
import { buildXlsx, c, stylesWith, worksheet } from '../xlsx-read/build-xlsx';
import { listOpeningWorkbooks, readFixture } from '../reliability/support/fixture-files';

const AS_OF = { year: 2026, month: 11, day: 20 };

/** The report without the assessment only the task pane's highlight keeps. */
async function runBoth(bytes: Uint8Array, wrap: (host: XlsxHost) => RegisterHost = (h) => h) {
  const paneHost = XlsxHost.open(bytes);
  const pane = await highlightOverdue(wrap(paneHost), { asOf: AS_OF });
  const streamedHost = XlsxHost.open(bytes);
  const streamed = await highlightOverdueStreamed(wrap(streamedHost), { asOf: AS_OF });
  const { assessment: _assessment, ...paneReport } = pane;
  return { pane: paneReport, streamed, paneBytes: paneHost.save(), streamedBytes: streamedHost.save() };
}

/** What a highlight ends with: its report (less the pane's assessment), or the error it refused with. */
async function outcomeOf(run: Promise<object>): Promise<object> {
  try {
    const { assessment: _assessment, ...report } = (await run) as { assessment?: unknown };
    return { report };
  } catch (e) {
    return { refused: e instanceof Error ? [e.name, e.message] : e };
  }
}

/**
 * The parts of a saved workbook, in order, each as its bytes; the one random thing a save writes,
 * the GUID naming a new custom XML part (the marks' log), read as a placeholder.
 */
function partsOf(saved: Uint8Array): [string, string][] {
  return Object.entries(unzipSync(saved)).map(([name, data]) => {
    const text = Buffer.from(data).toString('latin1');
    return [name, /^customXml\/itemProps\d+\.xml$/.test(name) ? text.replace(/\{[0-9A-F-]{36}\}/gi, '{GUID}') : text];
  });
}

const WORKBOOKS = listOpeningWorkbooks();

describe('highlightOverdueStreamed on the fixture workbooks', () => {
  it('covers every register layout and both deadline fixtures', () => {
    expect(WORKBOOKS).toEqual(
      expect.arrayContaining([
        'workbooks/layouts/incoming-title-row.xlsx',
        'workbooks/layouts/outgoing-register.xlsx',
        'workbooks/layouts/submissions-register.xlsx',
        'workbooks/layouts/supervision-ledger.xlsx',
        'workbooks/layouts/multi-register.xlsx',
        'workbooks/deadlines/incoming-deadlines.xlsx',
        'workbooks/deadlines/supervision-deadlines.xlsx',
      ]),
    );
  });

  it.each(WORKBOOKS)('%s: the same sheets, counts, missing holiday years and saved bytes as highlightOverdue (or the same refusal)', async (file) => {
    const bytes = readFixture(file);
    const paneHost = XlsxHost.open(bytes);
    const pane = await outcomeOf(highlightOverdue(paneHost, { asOf: AS_OF }));
    const streamedHost = XlsxHost.open(bytes);
    const streamed = await outcomeOf(highlightOverdueStreamed(streamedHost, { asOf: AS_OF }));
    expect(streamed).toEqual(pane);
    expect(partsOf(streamedHost.save())).toEqual(partsOf(paneHost.save()));
  }, 30_000);

  it('refuses a protected sheet the same way (the fixture list holds one)', async () => {
    const bytes = readFixture('workbooks/awkward/protected-sheet.xlsx');
    const streamed = await outcomeOf(highlightOverdueStreamed(XlsxHost.open(bytes), { asOf: AS_OF }));
    expect(streamed).toEqual({ refused: ['XlsxHostError', 'Sheet "收文登记" is protected; unprotect it before marking.'] });
  });

  it('marks something on the deadline fixtures (the comparison is not of two empty runs)', async () => {
    for (const file of ['workbooks/deadlines/incoming-deadlines.xlsx', 'workbooks/deadlines/supervision-deadlines.xlsx']) {
      const { streamed } = await runBoth(readFixture(file));
      expect(streamed.sheets.reduce((n, s) => n + s.marked.rowsMarked, 0)).toBeGreaterThan(0);
    }
  }, 30_000);
});

const HEADER = ['序号', '收文日期', '来文单位', '标题', '承办单位', '办理时限', '办结日期'];
const str = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
/** Excel serial of 2026-01-01 is 46023; style 1 formats it as a date. */
const dateCell = (ref: string, dayOfYear: number): string => c(ref, undefined, String(46023 + dayOfYear), 1);

/**
 * A register of `count` records from row 3, received through 2026, every fourth finished, some
 * late, and 承办单位 merged over the rows around `mergeAt` (across a band's end).
 */
function longRegister(count: number, mergeAt: number): string {
  let xml = `<row r="1">${str('A1', '2026年收文登记簿')}</row><row r="2">${HEADER.map((h, i) => str(`${'ABCDEFG'[i]}2`, h)).join('')}</row>`;
  const last = count + 2;
  for (let row = 3; row <= last; row++) {
    const received = (row * 7) % 330;
    const inMerge = row > mergeAt && row <= mergeAt + 20;
    xml +=
      `<row r="${row}">${c(`A${row}`, undefined, String(row - 2))}${dateCell(`B${row}`, received)}${str(`C${row}`, '县财政局')}${str(`D${row}`, '关于报送材料的通知')}` +
      `${inMerge ? '' : str(`E${row}`, row === mergeAt ? '综合股' : '办公室')}${str(`F${row}`, row % 5 === 0 ? '10日内' : '5个工作日')}` +
      `${row % 4 === 0 ? dateCell(`G${row}`, received + (row % 3 === 0 ? 30 : 2)) : ''}</row>`;
  }
  return worksheet(xml, { after: `<mergeCells count="2"><mergeCell ref="A1:G1"/><mergeCell ref="E${mergeAt}:E${mergeAt + 20}"/></mergeCells>` });
}

describe('a register longer than a band', () => {
  // Rows 3.. are cut into bands of BAND_ROWS from row 3: the merge starts 5 rows before the first band's end.
  const count = 2 * BAND_ROWS + 700;
  const mergeAt = 3 + BAND_ROWS - 5;
  const bytes = buildXlsx({ sheets: [{ name: '收文登记', xml: longRegister(count, mergeAt) }, { name: '第二本', xml: longRegister(300, 10) }], styles: stylesWith([0, 14]) });

  it('is read in several bands by the .xlsx host', async () => {
    const host = XlsxHost.open(bytes);
    await host.readTop('收文登记', 40);
    const tops: number[] = [];
    await host.readColumnBands('收文登记', [0, 1, 4, 5, 6], 3, (band) => tops.push(band.top));
    expect(tops).toEqual([3, 3 + BAND_ROWS, 3 + 2 * BAND_ROWS]);
  }, 60_000);

  it('marks the same rows, with the same counts and saved bytes, as highlightOverdue', async () => {
    const { pane, streamed, paneBytes, streamedBytes } = await runBoth(bytes);
    expect(streamed).toEqual(pane);
    expect(streamed.sheets.map((s) => s.sheet)).toEqual(['收文登记', '第二本']);
    const first = streamed.sheets[0];
    expect(Object.values(first.counts).reduce((a, b) => a + b, 0)).toBe(count);
    expect(first.counts.overdue).toBeGreaterThan(0);
    expect(first.counts.doneLate).toBeGreaterThan(0);
    expect(first.marked.rowsMarked).toBeGreaterThan(BAND_ROWS);
    expect(partsOf(streamedBytes)).toEqual(partsOf(paneBytes));
  }, 120_000);
});

/** Lets `fail` throw in place of a host call; everything else goes to the host. */
function failingOn(host: XlsxHost, fail: Partial<Record<keyof RegisterHost, (sheet: string) => boolean>>): RegisterHost {
  const boom = new Error('磁盘已满');
  return new Proxy(host, {
    get(target, key: string | symbol, receiver: unknown) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      const when = typeof key === 'string' ? fail[key as keyof RegisterHost] : undefined;
      return (...args: unknown[]): unknown => {
        if (when && typeof args[0] === 'string' && when(args[0])) throw boom;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as unknown as RegisterHost;
}

describe('a failure on the second register', () => {
  const bytes = readFixture('workbooks/layouts/multi-register.xlsx');

  async function registers(): Promise<string[]> {
    const report = await highlightOverdueStreamed(XlsxHost.open(bytes), { asOf: AS_OF });
    return report.sheets.map((s) => s.sheet);
  }

  /** Rows a clear would take marks off, per sheet: what is still marked. */
  async function stillMarked(saved: Uint8Array): Promise<Record<string, number>> {
    const outcomes = await XlsxHost.open(saved).clearMarks(undefined, MARKED_STATUSES);
    return Object.fromEntries(outcomes.map((o) => [o.sheet, o.rowsRestored]));
  }

  it.each([
    ['reading it', 'readColumnBands'],
    ['painting it', 'applyMarks'],
  ] as const)('%s takes the first register\'s marks back, and says why', async (_what, method) => {
    const names = await registers();
    expect(names.length).toBeGreaterThanOrEqual(2);
    const [first, second] = names;
    const host = XlsxHost.open(bytes);
    const failure = await highlightOverdueStreamed(failingOn(host, { [method]: (sheet: string) => sheet === second }), { asOf: AS_OF }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toBe('磁盘已满');
    const left = await stillMarked(host.save());
    expect(Object.values(left).every((n) => n === 0)).toBe(true);
    // The same run without the failure does leave marks on the first register.
    const marked = XlsxHost.open(bytes);
    await highlightOverdueStreamed(marked, { asOf: AS_OF });
    expect((await stillMarked(marked.save()))[first]).toBeGreaterThan(0);
  }, 30_000);

  it('leaves the same workbook as highlightOverdue failing at the same point', async () => {
    const [, second] = await registers();
    const fail = { applyMarks: (sheet: string) => sheet === second };
    const paneHost = XlsxHost.open(bytes);
    await expect(highlightOverdue(failingOn(paneHost, fail), { asOf: AS_OF })).rejects.toThrow('磁盘已满');
    const streamedHost = XlsxHost.open(bytes);
    await expect(highlightOverdueStreamed(failingOn(streamedHost, fail), { asOf: AS_OF })).rejects.toThrow('磁盘已满');
    expect(partsOf(streamedHost.save())).toEqual(partsOf(paneHost.save()));
  }, 30_000);
});
