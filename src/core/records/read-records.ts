/**
 * Reads the records of a register: every data row under the header that is not blank, a
 * subtotal, a note or a repeated header becomes a record that keeps its sheet row, its raw
 * values per mapped field and its date fields parsed once. Linear in rows.
 */
import { DATE_FIELDS, type CellValue, type DateValue, type DateField, type FieldName, type Grid, type MergedRange, type Problem, type Register, type RegisterLayout, type RegisterRecord } from '../types';
import type { CalendarDay } from '../dates/day';
import { rememberDateTexts } from '../dates/parse-date';
import type { DateParse } from '../dates/parse-date-types';
import { normalizeHeader } from '../text/normalize';
import { lastGridRow, readCell } from '../layout/grid-cells';
import { classifyRow, type RowShape } from './row-kinds';
import { indexMergedValues } from './merged-values';
import { reportDateProblem } from './read-problems';

export interface ReadOptions {
  /** The workbook uses the 1904 date system (bare serial numbers only). */
  readonly date1904?: boolean;
  /** Year for dates written without one, in place of the layout's. */
  readonly year?: number | null;
}

/** The mapped columns as parallel arrays, so the per-row loop allocates nothing it can avoid. */
interface Mapping {
  readonly fields: readonly FieldName[];
  readonly cols: readonly number[];
  readonly isDate: readonly boolean[];
  /**
   * Every mapped field set to null, in mapping order: each record's values start as a copy, so
   * they all share one shape and filling them in never reshapes an object.
   */
  readonly emptyValues: Readonly<Partial<Record<FieldName, CellValue>>>;
}

const DATE_FIELD_SET: ReadonlySet<FieldName> = new Set(DATE_FIELDS);
const NO_PROBLEMS: readonly Problem[] = Object.freeze([]);

function listMapping(layout: RegisterLayout): Mapping {
  const entries = Object.entries(layout.columns).filter((e): e is [FieldName, number] => typeof e[1] === 'number');
  return {
    fields: entries.map(([field]) => field),
    cols: entries.map(([, col]) => col),
    isDate: entries.map(([field]) => DATE_FIELD_SET.has(field)),
    // Parsed rather than built key by key: V8 then gives the template, and every copy of it, all
    // its fields inside the object, where keys added one by one spill into a second array per
    // record (some 50 bytes a record, 5 MB at 100,000 rows).
    emptyValues: JSON.parse(JSON.stringify(Object.fromEntries(entries.map(([field]) => [field, null])))) as Partial<Record<FieldName, CellValue>>,
  };
}

/** Distinct date cells shared per register: a few hundred days fill a register, a hostile one no bound. */
const MAX_SHARED_DATES = 10_000;

/**
 * One date cell object per serial and day: 100,000 rows hold a few hundred distinct dates, but a
 * host hands over a fresh object per cell, and the records keep them all.
 */
function shareDateCells(): (value: DateValue) => DateValue {
  const known = new Map<number, DateValue>();
  return (value) => {
    const seen = known.get(value.serial);
    if (seen !== undefined) return isSameDay(seen.day, value.day) ? seen : value;
    if (known.size < MAX_SHARED_DATES) known.set(value.serial, value);
    return value;
  };
}

function isSameDay(a: CalendarDay | null, b: CalendarDay | null): boolean {
  return a === b || (a !== null && b !== null && a.year === b.year && a.month === b.month && a.day === b.day);
}

function describeShape(layout: RegisterLayout, mappedCols: readonly number[]): RowShape {
  const headerCols = layout.headers.flatMap((h, col) => (h ? [col] : []));
  const foldedHeaders = new Map<number, string>();
  for (const col of mappedCols) {
    const header = layout.headers[col];
    // A two-row header "办理情况/办结日期" is repeated in the data as its child.
    if (header) foldedHeaders.set(col, normalizeHeader(header.slice(header.lastIndexOf('/') + 1)));
  }
  return {
    firstCol: Math.min(...headerCols, ...mappedCols),
    lastCol: Math.max(layout.lastCol, ...mappedCols),
    foldedHeaders,
  };
}

interface RowContext {
  readonly layout: RegisterLayout;
  readonly sheet: string;
  readonly row: number;
  readonly year: number | null;
  readonly date1904: boolean;
}

type ParseDate = (value: CellValue, ctx: RowContext) => DateParse;

/** Reads one date cell into `dates`; returns the problem, if any, and the year of a full date. */
function readDateCell(
  ctx: RowContext,
  field: DateField,
  col: number,
  value: CellValue,
  dates: Partial<Record<DateField, CalendarDay>>,
  parseDate: ParseDate,
): { problem?: Problem; fullYear?: number } {
  const parsed = parseDate(value, ctx);
  if (parsed.ok) {
    dates[field] = parsed.day;
    return parsed.form === 'monthDay' ? {} : { fullYear: parsed.day.year };
  }
  if (parsed.reason === 'empty') return {};
  const at = { sheet: ctx.sheet, row: ctx.row, col };
  return { problem: reportDateProblem(at, field, ctx.layout.headers[col], parsed.reason, parsed.text) };
}

/**
 * Reads the records under a layout's header from a grid (the whole sheet, or only the mapped
 * columns from the first data row on). Dates without a year take the year of the section title
 * above them, else `options.year`, else the layout's year, else the year of the nearest record
 * above with a full date. Every mapped field is in `values`, empty cells as null; a cell merged
 * down over several rows gives its value to each. `Register.problems` holds every reading
 * problem (each record's too), not the layout's own.
 * @example readRecords(detectLayout(grid), grid).records[0] // { row: 3, values: { serialNo: 1, … }, dates: { receivedDate: … }, problems: [] }
 */
export function readRecords(layout: RegisterLayout, grid: Grid, options: ReadOptions = {}): Register {
  const reader = createRecordReader(layout, options);
  const records = reader.read(grid);
  const { dataRows, problems } = reader.finish();
  return { layout, records, dataRows, problems };
}

/** What a band-by-band reading says of the whole register once every band is read. */
export interface RecordsRead {
  readonly dataRows: readonly [number, number] | null;
  readonly problems: readonly Problem[];
}

/**
 * Reads a register band of rows by band of rows, in sheet order, with the same result as one
 * {@link readRecords} over all of them: what carries from row to row (the section year, the
 * year of the last full date, a note's reach, the value of a cell merged down past a band's end)
 * carries across bands. So a host can hand over 100,000 rows a few thousand at a time and no
 * grid of the whole sheet is ever held. Each band's grid carries the merges that reach into it.
 */
export interface RecordReader {
  /** The records of one band (rows after the previous band's). */
  read(band: Grid): RegisterRecord[];
  finish(): RecordsRead;
}

/**
 * @example const reader = createRecordReader(layout); for (const band of bands) use(reader.read(band)); reader.finish().problems
 */
export function createRecordReader(layout: RegisterLayout, options: ReadOptions = {}): RecordReader {
  const mapping = listMapping(layout);
  const problems: Problem[] = [];
  let first: number | null = null;
  let last: number | null = null;
  const finish = (): RecordsRead => ({ dataRows: first === null || last === null ? null : [first, last], problems });
  if (!layout.kind || layout.firstDataRow === null || mapping.fields.length === 0) return { read: () => [], finish };
  const firstDataRow = layout.firstDataRow;
  const shape = describeShape(layout, mapping.cols);
  const anchors = carryMergeAnchors();
  const parseDate = rememberDateTexts();
  const shareDate = shareDateCells();
  let sectionYear: number | null = null;
  let lastFullYear: number | null = null;
  let afterNote = false;
  let nextRow = firstDataRow;
  const read = (grid: Grid): RegisterRecord[] => {
    const merged = indexMergedValues(grid, mapping.cols, firstDataRow, anchors.valueOf(grid));
    const records: RegisterRecord[] = [];
    const from = Math.max(nextRow, grid.top);
    const to = lastGridRow(grid);
    for (let row = from; row <= to; row++) {
      const cells = grid.rows[row - grid.top];
      const verdict = classifyRow(cells, shape, afterNote);
      afterNote = verdict.kind === 'note' || (afterNote && verdict.kind === 'blank');
      if (verdict.kind === 'section' && verdict.year !== undefined) sectionYear = verdict.year;
      if (verdict.kind !== 'record') continue;
      let ctx: RowContext | null = null;
      const values: Partial<Record<FieldName, CellValue>> = { ...mapping.emptyValues };
      const dates: Partial<Record<DateField, CalendarDay>> = {};
      let own: Problem[] | null = null;
      let rowYear: number | null = null;
      for (let i = 0; i < mapping.fields.length; i++) {
        const col = mapping.cols[i];
        const typed = cells?.[col];
        const inherited = typed === undefined || typed === null ? merged.find(row, col) : undefined;
        const found = inherited ?? typed ?? null;
        const value = typeof found === 'object' && found !== null && found.type === 'date' ? shareDate(found) : found;
        values[mapping.fields[i]] = value;
        if (!mapping.isDate[i] || value === null) continue;
        if (typeof value === 'object' && value.type === 'date' && value.day) {
          // A date cell, as most are: its day as it stands (what parseDate says of it).
          dates[mapping.fields[i] as DateField] = value.day;
          rowYear ??= value.day.year;
          continue;
        }
        // Built for the rows that need it; nothing it holds changes within the row.
        ctx ??= { layout, sheet: grid.sheet, row, year: sectionYear ?? options.year ?? layout.year ?? lastFullYear, date1904: options.date1904 ?? false };
        const read = readDateCell(ctx, mapping.fields[i] as DateField, col, value, dates, parseDate);
        // A merged cell's problem is reported once, on the row that holds it.
        if (read.problem && inherited === undefined) (own ??= []).push(read.problem);
        if (read.fullYear !== undefined && rowYear === null) rowYear = read.fullYear;
      }
      if (rowYear !== null) lastFullYear = rowYear;
      records.push({ row, values, dates, problems: own ?? NO_PROBLEMS });
      if (own) problems.push(...own);
      first ??= row;
      last = row;
    }
    nextRow = Math.max(nextRow, to + 1);
    return records;
  };
  return { read, finish };
}

/**
 * The values of merge anchors met in earlier bands, for merges that reach down into later ones:
 * a band holds the rows of its own, not the anchor row above it.
 */
function carryMergeAnchors(): { valueOf(grid: Grid): (m: MergedRange) => CellValue | undefined } {
  const carried = new Map<string, CellValue>();
  return {
    valueOf(grid) {
      const bottom = lastGridRow(grid);
      for (const m of grid.merges ?? []) {
        if (m.bottom <= bottom || m.top < grid.top || m.top > bottom) continue;
        const value = readCell(grid, m.top, m.left);
        if (value !== undefined && value !== null) carried.set(`${m.top}:${m.left}`, value);
      }
      return (m) => (m.top >= grid.top ? readCell(grid, m.top, m.left) : carried.get(`${m.top}:${m.left}`));
    },
  };
}
