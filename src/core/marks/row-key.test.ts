import fc from 'fast-check';
import { day } from '../../../test/helpers/grid';
import type { CellValue, RegisterLayout, RegisterRecord } from '../types';
import { createRecordKeyer, formatRowKey, keyColumnsOf, makeRowKey, parseRowKey, readKeyColumns, rowKeyHash } from './row-key';

const layout: RegisterLayout = {
  sheet: '收文登记',
  kind: 'incoming',
  confidence: 1,
  headerRows: [2, 2],
  firstDataRow: 3,
  lastCol: 5,
  columns: { serialNo: 0, receivedDate: 1, title: 3, deadline: 4, remarks: 9 },
  headers: [],
  alternatives: [],
  year: 2026,
  problems: [],
};

const sheetRow: CellValue[] = [1, day(2026, 3, 5), '（未映射列）', '关于春耕工作的通知', '5个工作日', null];
const record: RegisterRecord = {
  row: 7,
  values: { serialNo: 1, receivedDate: day(2026, 3, 5), title: '关于春耕工作的通知', deadline: '5个工作日' },
  dates: {},
  problems: [],
};

describe('row keys', () => {
  it('cover the mapped columns inside the register’s own table', () => {
    expect(keyColumnsOf(layout)).toEqual([0, 1, 3, 4]);
  });

  it('are the same from the record as from the sheet row, so a host can find the row again', () => {
    const fromRecord = createRecordKeyer(layout)(record);
    expect(fromRecord).toBe(makeRowKey((c) => sheetRow[c], keyColumnsOf(layout)));
    expect(fromRecord).toMatch(/^[0-9a-f]{8}@0,1,3,4$/);
  });

  it('say which columns to read', () => {
    expect(readKeyColumns(createRecordKeyer(layout)(record))).toEqual([0, 1, 3, 4]);
    expect(readKeyColumns('not a key')).toBeNull();
  });

  it('do not depend on the row number, so they survive a sort', () => {
    expect(createRecordKeyer(layout)({ ...record, row: 40 })).toBe(createRecordKeyer(layout)(record));
  });

  it('change when the clerk edits a mapped cell', () => {
    const edited = { ...record, values: { ...record.values, deadline: '10个工作日' } };
    expect(createRecordKeyer(layout)(edited)).not.toBe(createRecordKeyer(layout)(record));
  });

  it('ignore unmapped columns and surrounding spaces, and read a date cell like its serial', () => {
    const other = [...sheetRow];
    other[2] = '改过';
    other[3] = ' 关于春耕工作的通知 ';
    other[1] = (day(2026, 3, 5) as { serial: number }).serial;
    expect(makeRowKey((c) => other[c], [0, 1, 3, 4])).toBe(makeRowKey((c) => sheetRow[c], [0, 1, 3, 4]));
  });

  it('tell apart values that only differ in where a column boundary falls', () => {
    expect(makeRowKey((c) => ['ab', ''][c], [0, 1])).not.toBe(makeRowKey((c) => ['a', 'b'][c], [0, 1]));
  });

  it('rarely collide on distinct rows', () => {
    const keys = new Set<string>();
    for (let i = 0; i < 20_000; i++) keys.add(makeRowKey((c) => [i, `县直单位${i % 97}`][c], [0, 1]));
    expect(keys.size).toBeGreaterThanOrEqual(19_990);
  });

  it('are deterministic for any cells', () => {
    const cell = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 10 }), (cells) => {
        const cols = cells.map((_, i) => i);
        expect(makeRowKey((c) => cells[c], cols)).toBe(makeRowKey((c) => cells[c], cols));
      }),
    );
  });

  it('are still the keys logged before the hash was computed piece by piece', () => {
    // The key as first written: one FNV-1a pass over `${col}\u0001${cell}\u0002` per column.
    // Mark logs already in clerks' workbooks hold such keys; they must keep matching.
    const firstWritten = (cells: readonly string[]): string => {
      let h = 0x811c9dc5;
      cells.forEach((cell, col) => {
        for (const ch of `${col}\u0001${cell}\u0002`) {
          for (let i = 0; i < ch.length; i++) h = Math.imul(h ^ ch.charCodeAt(i), 0x01000193) >>> 0;
        }
      });
      return `${h.toString(16).padStart(8, '0')}@${cells.map((_, i) => i).join(',')}`;
    };
    expect(makeRowKey((c) => ['1', '县财政局'][c], [0, 1])).toBe(firstWritten(['1', '县财政局']));
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }).map((t) => t.trim().replace(/\r\n?/g, '\n').trim()), { maxLength: 12 }), (cells) => {
        expect(makeRowKey((c) => cells[c], cells.map((_, i) => i))).toBe(firstWritten(cells));
      }),
    );
  });

  it('come apart into the hash a sheet scan compares and the columns it reads', () => {
    const key = makeRowKey((c) => sheetRow[c], [0, 1, 3, 4]);
    const parsed = parseRowKey(key);
    expect(parsed).toEqual({ hash: rowKeyHash((c) => sheetRow[c], [0, 1, 3, 4]), cols: [0, 1, 3, 4] });
    expect(formatRowKey(parsed?.hash ?? -1, [0, 1, 3, 4])).toBe(key);
    expect(formatRowKey(0xa1b2c3d, [0, 1])).toBe('0a1b2c3d@0,1');
    expect(parseRowKey('0A1B2C3D@0,1')).toBeNull();
    expect(parseRowKey('0a1b2c3d@')).toBeNull();
  });
});
