/**
 * A workbook's registers packed for the trip from a worker thread to the command's thread.
 *
 * Why not send the SummarySource as it is: structured cloning rebuilds every record object, and
 * every one of its values, property by property; for 100,000 records the receiving thread spent
 * 1.5–2.5 s in `deserialize` (more than half of reading the workbook), on the one thread that must
 * take every file's records. Packed, a register's cells travel as typed arrays (moved, not copied)
 * and its text as one list of distinct strings, and the records are rebuilt here in one pass.
 *
 * The unpacked records equal the read ones field for field and in key order. A register holding
 * anything the packing does not know (a new cell type, a day of another shape) travels as it is.
 */
import type { CalendarDay } from '../../core/dates/day';
import type { SummarySource } from '../../core/summaries/summary-types';
import type { CellValue, Problem, Register, RegisterLayout, RegisterRecord } from '../../core/types';
import type { StringPool } from '../../hosts/xlsx/read/string-pool';

/** What one value cell is; its payload sits in `numbers` (and `days`) at the same position. */
const Tag = { Null: 0, Text: 1, Number: 2, True: 3, False: 4, Date: 5, DateNoDay: 6, Error: 7 } as const;

export interface PackedRecords {
  readonly count: number;
  /** Distinct key lists of `values` and of `dates`; each record names its own by index. */
  readonly valueShapes: readonly (readonly string[])[];
  readonly dateShapes: readonly (readonly string[])[];
  readonly rows: Int32Array;
  readonly valueShape: Uint16Array;
  readonly dateShape: Uint16Array;
  /** One entry per value cell, records in order, keys in shape order. */
  readonly tags: Uint8Array;
  /** Per value cell: the number, the date serial, or the index of the text (or error code) in `strings`. */
  readonly numbers: Float64Array;
  /** Packed days: of each date cell that has one, then of each record's `dates`, in order. */
  readonly days: Int32Array;
  /** Records that have problems of their own, by index. */
  readonly problems: ReadonlyArray<readonly [number, readonly Problem[]]>;
}

export type PackedRegister =
  | { readonly packed: true; readonly layout: RegisterLayout; readonly dataRows: Register['dataRows']; readonly problems: readonly Problem[]; readonly records: PackedRecords }
  | { readonly packed: false; readonly register: Register };

export interface PackedSource {
  readonly source: string;
  readonly strings: readonly string[];
  readonly registers: readonly PackedRegister[];
}

const NO_PROBLEMS: readonly Problem[] = Object.freeze([]);

/** Months and days fit in 4 and 5 bits; years keep their sign through the arithmetic shift. */
const YEAR_LIMIT = 1 << 21;

function isPlainDay(d: unknown): d is CalendarDay {
  if (typeof d !== 'object' || d === null) return false;
  const { year, month, day } = d as CalendarDay;
  return (
    Number.isInteger(year) && Math.abs(year) < YEAR_LIMIT && Number.isInteger(month) && month >= 0 && month < 16 && Number.isInteger(day) && day >= 0 && day < 32
  );
}

function packDay(d: CalendarDay): number {
  return (d.year << 9) | (d.month << 5) | d.day;
}

function unpackDay(v: number): CalendarDay {
  return { year: v >> 9, month: (v >> 5) & 15, day: v & 31 };
}

/** Growable typed-array writer: one allocation per doubling, no boxing. */
class Column<T extends Float64Array | Int32Array | Uint8Array | Uint16Array> {
  private length = 0;
  constructor(
    private data: T,
    private readonly make: (n: number) => T,
  ) {}
  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = this.make(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }
  done(): T {
    return this.data.slice(0, this.length) as T;
  }
}

class Strings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  of(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

class Shapes {
  readonly list: string[][] = [];
  private readonly index = new Map<string, number>();
  private last = -1;
  of(keys: string[]): number {
    // Records of one register nearly always share their keys: compare with the last shape first.
    if (this.last >= 0 && sameKeys(this.list[this.last], keys)) return this.last;
    const key = keys.join('\u0000');
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(keys);
      this.index.set(key, i);
    }
    this.last = i;
    return i;
  }
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Null when a value is of a form the packing does not know: the register then travels as it is. */
function packRecords(records: readonly RegisterRecord[], strings: Strings): PackedRecords | null {
  const n = records.length;
  const valueShapes = new Shapes();
  const dateShapes = new Shapes();
  const rows = new Int32Array(n);
  const valueShape = new Uint16Array(n);
  const dateShape = new Uint16Array(n);
  const tags = new Column(new Uint8Array(Math.max(16, n * 8)), (k) => new Uint8Array(k));
  const numbers = new Column(new Float64Array(Math.max(16, n * 8)), (k) => new Float64Array(k));
  const days = new Column(new Int32Array(Math.max(16, n * 2)), (k) => new Int32Array(k));
  const problems: [number, readonly Problem[]][] = [];
  for (let r = 0; r < n; r++) {
    const record = records[r];
    if (Object.keys(record).length !== 4) return null;
    rows[r] = record.row;
    const valueKeys = Object.keys(record.values);
    const dateKeys = Object.keys(record.dates);
    valueShape[r] = valueShapes.of(valueKeys);
    dateShape[r] = dateShapes.of(dateKeys);
    if (valueShapes.list.length > 0xffff || dateShapes.list.length > 0xffff) return null;
    for (const key of valueKeys) {
      if (!packCell((record.values as Record<string, CellValue | undefined>)[key], tags, numbers, days, strings)) return null;
    }
    for (const key of dateKeys) {
      const day = (record.dates as Record<string, CalendarDay | undefined>)[key];
      if (!isPlainDay(day)) return null;
      days.push(packDay(day));
    }
    if (record.problems.length > 0) problems.push([r, record.problems]);
  }
  return {
    count: n,
    valueShapes: valueShapes.list,
    dateShapes: dateShapes.list,
    rows,
    valueShape,
    dateShape,
    tags: tags.done(),
    numbers: numbers.done(),
    days: days.done(),
    problems,
  };
}

function packCell(v: CellValue | undefined, tags: Column<Uint8Array>, numbers: Column<Float64Array>, days: Column<Int32Array>, strings: Strings): boolean {
  if (v === null) {
    tags.push(Tag.Null);
    numbers.push(0);
  } else if (typeof v === 'string') {
    tags.push(Tag.Text);
    numbers.push(strings.of(v));
  } else if (typeof v === 'number') {
    tags.push(Tag.Number);
    numbers.push(v);
  } else if (typeof v === 'boolean') {
    tags.push(v ? Tag.True : Tag.False);
    numbers.push(0);
  } else if (typeof v === 'object' && v.type === 'date' && Object.keys(v).length === 3 && typeof v.serial === 'number') {
    if (v.day === null) {
      tags.push(Tag.DateNoDay);
    } else {
      if (!isPlainDay(v.day)) return false;
      tags.push(Tag.Date);
      days.push(packDay(v.day));
    }
    numbers.push(v.serial);
  } else if (typeof v === 'object' && v.type === 'error' && Object.keys(v).length === 2 && typeof v.code === 'string') {
    tags.push(Tag.Error);
    numbers.push(strings.of(v.code));
  } else {
    return false;
  }
  return true;
}

/**
 * One object per distinct day (and per date cell value): a register of 100,000 rows holds a few
 * thousand distinct days, so the records take some 40 % less memory than as read. Safe because
 * records are never changed after reading (every type is readonly).
 */
class Interned {
  private readonly days = new Map<number, CalendarDay>();
  private readonly dates = new Map<number, CellValue>();
  day(packed: number): CalendarDay {
    let d = this.days.get(packed);
    if (!d) {
      d = unpackDay(packed);
      this.days.set(packed, d);
    }
    return d;
  }
  date(serial: number, packed: number): CellValue {
    const day = this.day(packed);
    const known = this.dates.get(serial);
    if (known && typeof known === 'object' && known.type === 'date' && known.day === day) return known;
    const v: CellValue = { type: 'date', serial, day };
    this.dates.set(serial, v);
    return v;
  }
}

function unpackRecords(p: PackedRecords, strings: readonly string[]): RegisterRecord[] {
  const records: RegisterRecord[] = new Array<RegisterRecord>(p.count);
  const interned = new Interned();
  const problemsOf = new Map(p.problems);
  const { tags, numbers, days } = p;
  let cell = 0;
  let dayAt = 0;
  for (let r = 0; r < p.count; r++) {
    const values: Record<string, CellValue> = {};
    for (const key of p.valueShapes[p.valueShape[r]]) {
      const num = numbers[cell];
      let v: CellValue;
      switch (tags[cell++]) {
        case Tag.Null:
          v = null;
          break;
        case Tag.Text:
          v = strings[num];
          break;
        case Tag.Number:
          v = num;
          break;
        case Tag.True:
          v = true;
          break;
        case Tag.False:
          v = false;
          break;
        case Tag.Date:
          v = interned.date(num, days[dayAt++]);
          break;
        case Tag.DateNoDay:
          v = { type: 'date', serial: num, day: null };
          break;
        case Tag.Error:
          v = { type: 'error', code: strings[num] };
          break;
        default:
          throw new Error(`packed register: unknown cell tag ${tags[cell - 1]}`);
      }
      values[key] = v;
    }
    const dates: Record<string, CalendarDay> = {};
    for (const key of p.dateShapes[p.dateShape[r]]) dates[key] = interned.day(days[dayAt++]);
    records[r] = { row: p.rows[r], values, dates, problems: problemsOf.get(r) ?? NO_PROBLEMS };
  }
  return records;
}

/**
 * @example const packed = packSource(source); port.postMessage(packed, transferablesOf(packed));
 */
export function packSource(source: SummarySource): PackedSource {
  const strings = new Strings();
  const registers = source.registers.map((register): PackedRegister => {
    const records = Object.keys(register).length === 4 ? packRecords(register.records, strings) : null;
    if (!records) return { packed: false, register };
    return { packed: true, layout: register.layout, dataRows: register.dataRows, problems: register.problems, records };
  });
  return { source: source.source, strings: strings.list, registers };
}

/**
 * `pool`: the package's string pool, so that the texts a worker sends are the same copies as
 * those read here (hosts/xlsx/read/string-pool.ts).
 * @example const source = unpackSource(reply.packed, pool);
 */
export function unpackSource(packed: PackedSource, pool?: StringPool): SummarySource {
  const strings = pool ? packed.strings.map((s) => pool.copy(s)) : packed.strings;
  const registers = packed.registers.map((r): Register => {
    if (!r.packed) return r.register;
    return { layout: r.layout, records: unpackRecords(r.records, strings), dataRows: r.dataRows, problems: r.problems };
  });
  return { source: packed.source, registers };
}

/** The buffers of a packed source, to move rather than copy across `postMessage`. */
export function transferablesOf(packed: PackedSource): ArrayBuffer[] {
  return packed.registers.flatMap((r) =>
    r.packed ? [r.records.rows, r.records.valueShape, r.records.dateShape, r.records.tags, r.records.numbers, r.records.days].map((a) => a.buffer as ArrayBuffer) : [],
  );
}
