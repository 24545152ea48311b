/**
 * Reading a register band by band must say exactly what one read of the whole sheet says: the
 * host hands a 100,000-row register over a few thousand rows at a time, and nothing a clerk sees
 * (records, data rows, problems, statuses, counts) may depend on where a band happens to end.
 */
import fc from 'fast-check';
import { day, gridOf } from '../helpers/grid';
import type { CellValue, Grid, MergedRange, Register, RegisterLayout, RegisterRecord } from '../../src/core/types';
import { detectLayout } from '../../src/core/layout/detect-layout';
import { createRecordReader, readRecords, type ReadOptions } from '../../src/core/records/read-records';
import { assessRegister, createRegisterAssessor, type AssessOptions } from '../../src/core/status/assess-register';
import { DEFAULT_DEADLINE_SETTINGS } from '../../src/core/deadlines/deadline-settings';
import { createWorkCalendar } from '../../src/core/calendar/work-calendar';
import { makeDay, type CalendarDay } from '../../src/core/dates/day';

const SHEET = '收文登记';
const HEADER = ['序号', '收文日期', '来文单位', '文号', '标题', '承办单位', '办理时限', '办结日期'];
/** 0-based columns of the header above. */
const COL = { serial: 0, received: 1, sender: 2, docNo: 3, title: 4, handler: 5, deadline: 6, completed: 7 } as const;
const FIRST_DATA_ROW = 3;

/** The layout every generated register shares: detected once, as the host detects it from the top rows. */
const LAYOUT: RegisterLayout = detectLayout(
  gridOf(SHEET, [['收文登记簿'], HEADER, [1, day(2026, 3, 5), '县财政局', '2026-001', '关于预算的通知', '办公室', '5个工作日', day(2026, 3, 9)]]),
);

type Row = (CellValue | undefined)[];

const dateCell = fc.record({ y: fc.integer({ min: 2023, max: 2027 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });

/** A date as clerks write them: a date cell, a full text date, a month-day without a year, junk, or nothing. */
const dateValue: fc.Arbitrary<CellValue> = fc.oneof(
  dateCell.map(({ y, m, d }) => day(y, m, d)),
  dateCell.map(({ y, m, d }) => `${y}.${m}.${d}`),
  dateCell.map(({ m, d }) => `${m}月${d}日`),
  fc.constantFrom('2月30日', '不详', '13月1日'),
  fc.constant(null),
);

const recordRow: fc.Arbitrary<Row> = fc
  .record({
    serial: fc.integer({ min: 1, max: 999 }),
    received: dateValue,
    sender: fc.constantFrom('县财政局', '市委办', '县政府办', null),
    handler: fc.constantFrom('办公室', '综合股', null),
    deadline: fc.constantFrom('5个工作日', '10日内', '长期', '3日', null),
    completed: fc.oneof(dateValue, fc.constant('已办结')),
  })
  .map((r) => [r.serial, r.received, r.sender, '2026-001', '关于报送材料的通知', r.handler, r.deadline, r.completed]);

/** Rows that are not records but change how the rows below read. */
const otherRow: fc.Arbitrary<Row> = fc.constantFrom<Row>(
  ['2025年'],
  ['2026年收文'],
  ['2024年度'],
  ['注：本表由办公室填写'],
  ['填表人：张三'],
  ['备注'],
  [],
  [],
  ['合计', null, 12],
  ['小计'],
  HEADER,
);

const bodyRows = fc.array(fc.oneof({ weight: 4, arbitrary: recordRow }, { weight: 2, arbitrary: otherRow }), { minLength: 0, maxLength: 60 });

/** A merge down a column, as [first body row, rows it reaches below, column]. */
const mergeSpecs = fc.array(
  fc.tuple(fc.nat({ max: 59 }), fc.integer({ min: 1, max: 25 }), fc.constantFrom(COL.sender, COL.handler, COL.received, COL.deadline, COL.completed)),
  { maxLength: 6 },
);

/**
 * A register sheet: title, header, body; each merge blanks the cells it covers below its anchor,
 * as a spreadsheet does. Merges never overlap (no program writes overlapping ones).
 */
function buildSheet(body: readonly Row[], specs: ReadonlyArray<readonly [number, number, number]>): Grid {
  const rows: Row[] = [['收文登记簿'], HEADER, ...body.map((r) => [...r])];
  const merges: MergedRange[] = [{ top: 1, left: 0, bottom: 1, right: HEADER.length - 1 }];
  for (const [start, reach, col] of specs) {
    const top = FIRST_DATA_ROW + start;
    const bottom = Math.min(top + reach, FIRST_DATA_ROW + body.length - 1);
    if (bottom <= top) continue;
    const m: MergedRange = { top, left: col, bottom, right: col };
    if (merges.some((o) => o.left <= m.right && m.left <= o.right && o.top <= m.bottom && m.top <= o.bottom)) continue;
    merges.push(m);
    for (let row = top + 1; row <= bottom; row++) {
      const cells = rows[row - 1];
      if (cells.length > col) cells[col] = undefined;
    }
  }
  return { sheet: SHEET, top: 1, rows, merges };
}

/**
 * The sheet from `from` on, cut at these row counts, each band carrying the merges that reach
 * into its rows, as sheet-bands.ts cuts them: bands without a value are not handed over, and a
 * band ends at its last row holding one.
 */
function cutBands(sheet: Grid, from: number, sizes: readonly number[]): Grid[] {
  const bands: Grid[] = [];
  const last = sheet.top + sheet.rows.length - 1;
  let top = from;
  for (let i = 0; top <= last; i++) {
    const size = sizes[i % sizes.length];
    const bottom = top + size - 1;
    const rows = sheet.rows.slice(top - sheet.top, bottom - sheet.top + 1).map((r) => r.slice());
    while (rows.length > 0 && !hasValue(rows[rows.length - 1])) rows.pop();
    if (rows.length > 0) bands.push({ sheet: sheet.sheet, top, rows, merges: (sheet.merges ?? []).filter((m) => m.bottom >= top && m.top <= bottom) });
    top = bottom + 1;
  }
  return bands;
}

function hasValue(row: ReadonlyArray<CellValue | undefined> | undefined): boolean {
  return (row ?? []).some((v) => v !== undefined && v !== null);
}

function readBanded(layout: RegisterLayout, bands: readonly Grid[], options?: ReadOptions): Omit<Register, 'layout'> {
  const reader = createRecordReader(layout, options);
  const records: RegisterRecord[] = [];
  for (const band of bands) records.push(...reader.read(band));
  return { records, ...reader.finish() };
}

function withoutLayout(register: Register): Omit<Register, 'layout'> {
  return { records: register.records, dataRows: register.dataRows, problems: register.problems };
}

const bandSizes = fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 12 });

describe('createRecordReader read band by band', () => {
  it('the layout the generated registers share is an incoming register from row 3', () => {
    expect([LAYOUT.kind, LAYOUT.firstDataRow]).toEqual(['incoming', FIRST_DATA_ROW]);
    expect(Object.keys(LAYOUT.columns).sort()).toEqual(['completedDate', 'deadline', 'docNumber', 'handler', 'receivedDate', 'sender', 'serialNo', 'title']);
  });

  it('gives exactly what readRecords gives for the whole sheet, wherever the bands end', () => {
    fc.assert(
      fc.property(bodyRows, mergeSpecs, bandSizes, fc.constantFrom<number | undefined>(undefined, 2024), (body, specs, sizes, year) => {
        const sheet = buildSheet(body, specs);
        const options: ReadOptions = { year };
        const whole = readRecords(LAYOUT, sheet, options);
        // From the first data row, as the host reads the mapped columns; and from row 1, whole sheet bands.
        expect(readBanded(LAYOUT, cutBands(sheet, FIRST_DATA_ROW, sizes), options)).toEqual(withoutLayout(whole));
        expect(readBanded(LAYOUT, cutBands(sheet, 1, sizes), options)).toEqual(withoutLayout(whole));
      }),
      { numRuns: 300 },
    );
  });

  it('one band per row, and one band for everything, agree with readRecords too', () => {
    fc.assert(
      fc.property(bodyRows, mergeSpecs, (body, specs) => {
        const sheet = buildSheet(body, specs);
        const whole = withoutLayout(readRecords(LAYOUT, sheet));
        expect(readBanded(LAYOUT, cutBands(sheet, FIRST_DATA_ROW, [1]))).toEqual(whole);
        expect(readBanded(LAYOUT, cutBands(sheet, FIRST_DATA_ROW, [1_000_000]))).toEqual(whole);
      }),
      { numRuns: 100 },
    );
  });
});

describe('createRecordReader across band ends (the cases the property must cover)', () => {
  const R = (serial: number, received: CellValue, handler: CellValue = '办公室', completed: CellValue = null): Row => [serial, received, '县财政局', '2026-001', '关于报送材料的通知', handler, '5个工作日', completed];

  it('a cell merged down from one band reaches the rows of several bands below', () => {
    const sheet = buildSheet([R(1, day(2026, 3, 2), '综合股'), ...Array.from({ length: 9 }, (_, i) => R(i + 2, day(2026, 3, 3), null))], [[0, 9, COL.handler]]);
    expect(sheet.merges).toContainEqual({ top: 3, left: COL.handler, bottom: 12, right: COL.handler });
    const banded = readBanded(LAYOUT, cutBands(sheet, FIRST_DATA_ROW, [2]));
    expect(banded.records.map((r) => r.values.handler)).toEqual(Array.from({ length: 10 }, () => '综合股'));
    expect(banded).toEqual(withoutLayout(readRecords(LAYOUT, sheet)));
  });

  it('a band holding no value of a merge still passes it on to the band after it', () => {
    // Rows 5..8 are blank but for the merge: that band is never handed over.
    const sheet = buildSheet([R(1, day(2026, 3, 2), '综合股'), R(2, day(2026, 3, 3), null), [], [], [], [], R(3, day(2026, 3, 4), null)], [[0, 6, COL.handler]]);
    const bands = cutBands(sheet, FIRST_DATA_ROW, [2]);
    expect(bands.map((b) => b.top)).toEqual([3, 9]);
    const banded = readBanded(LAYOUT, bands);
    expect(banded.records.map((r) => [r.row, r.values.handler])).toEqual([[3, '综合股'], [4, '综合股'], [9, '综合股']]);
    expect(banded).toEqual(withoutLayout(readRecords(LAYOUT, sheet)));
  });

  it('a section title in one band gives its year to month-day dates in the next', () => {
    const sheet = buildSheet([['2025年'], R(1, '3月9日'), R(2, '4月1日')], []);
    const banded = readBanded(LAYOUT, cutBands(sheet, FIRST_DATA_ROW, [1]));
    expect(banded.records.map((r) => r.dates.receivedDate)).toEqual([{ year: 2025, month: 3, day: 9 }, { year: 2025, month: 4, day: 1 }]);
    expect(banded).toEqual(withoutLayout(readRecords(LAYOUT, sheet)));
  });

  it('a month-day date takes the year of the last full date, read in an earlier band', () => {
    const sheet = buildSheet([R(1, day(2024, 12, 30)), R(2, '1月3日')], []);
    const banded = readBanded(LAYOUT, cutBands(sheet, FIRST_DATA_ROW, [1]));
    expect(banded.records[1].dates.receivedDate).toEqual({ year: 2024, month: 1, day: 3 });
    expect(banded).toEqual(withoutLayout(readRecords(LAYOUT, sheet)));
  });

  it('a note followed by blanks keeps short rows in the next band notes', () => {
    const sheet = buildSheet([R(1, day(2026, 3, 2)), ['注：本表由办公室填写'], [], ['以上均已报送']], []);
    const whole = readRecords(LAYOUT, sheet);
    expect(whole.records.map((r) => r.row)).toEqual([3]);
    expect(readBanded(LAYOUT, cutBands(sheet, FIRST_DATA_ROW, [1]))).toEqual(withoutLayout(whole));
  });

  it('a bad date merged over several bands is reported once, on its own row', () => {
    const sheet = buildSheet([R(1, '不详'), R(2, null), R(3, null), R(4, null)], [[0, 3, COL.received]]);
    const banded = readBanded(LAYOUT, cutBands(sheet, FIRST_DATA_ROW, [1]));
    expect(banded.problems.map((p) => p.at?.row)).toEqual([3]);
    expect(banded).toEqual(withoutLayout(readRecords(LAYOUT, sheet)));
  });
});

const asOfDay = fc.record({ y: fc.integer({ min: 2024, max: 2027 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ y, m, d }) => makeDay(y, m, d) as CalendarDay);

function assessOptions(asOf: CalendarDay): AssessOptions {
  return { asOf, settings: DEFAULT_DEADLINE_SETTINGS, calendar: createWorkCalendar() };
}

/** Records cut into consecutive runs of these lengths (some empty, as a band of notes gives). */
function cutRecords(records: readonly RegisterRecord[], sizes: readonly number[]): RegisterRecord[][] {
  const out: RegisterRecord[][] = [];
  for (let at = 0, i = 0; at < records.length; i++) {
    const size = sizes[i % sizes.length];
    out.push(records.slice(at, at + size));
    at += size;
  }
  return out;
}

describe('createRegisterAssessor assessed band by band', () => {
  it('gives the items, counts, missing holiday years and problems of assessRegister', () => {
    fc.assert(
      fc.property(bodyRows, mergeSpecs, fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 8 }).filter((s) => s.some((n) => n > 0)), asOfDay, (body, specs, sizes, asOf) => {
        const register = readRecords(LAYOUT, buildSheet(body, specs));
        const whole = assessRegister(register, assessOptions(asOf));
        const assessor = createRegisterAssessor(LAYOUT, assessOptions(asOf));
        const items = cutRecords(register.records, sizes).flatMap((band) => assessor.assess(band));
        expect({ items, ...assessor.finish() }).toEqual(whole);
      }),
      { numRuns: 200 },
    );
  });

  it('a register with no records: nothing assessed, counts all zero', () => {
    const assessor = createRegisterAssessor(LAYOUT, assessOptions(makeDay(2026, 11, 20) as CalendarDay));
    expect(assessor.assess([])).toEqual([]);
    const done = assessor.finish();
    expect(Object.values(done.counts).every((n) => n === 0)).toBe(true);
    expect(done).toEqual((({ items: _items, ...rest }) => rest)(assessRegister({ layout: LAYOUT, records: [], dataRows: null, problems: [] }, assessOptions(makeDay(2026, 11, 20) as CalendarDay))));
  });
});
