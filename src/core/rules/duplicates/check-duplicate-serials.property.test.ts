import fc from 'fast-check';
import { day } from '../../../../test/helpers/grid';
import { AS_OF, checkWith } from '../testing/check-with';
import { registerOf } from '../testing/register-of';
import { checkDuplicateSerials, foldSerial } from './check-duplicate-serials';

/** The rule by its definition: a row repeats the first earlier row of its year with the same serial. */
function repeatsByDefinition(rows: ReadonlyArray<readonly [number | string, number | null]>): Array<[number, number]> {
  const firsts = new Map<string, number>();
  const repeats: Array<[number, number]> = [];
  let year: number | null = AS_OF.year;
  rows.forEach(([serial, rowYear], i) => {
    if (rowYear !== null) year = rowYear;
    const text = typeof serial === 'number' ? String(serial) : serial;
    if (text.trim() === '' || text.trim() === '-') return;
    const folded = typeof serial === 'number' ? serial : foldSerial(serial);
    const key = `${year}|${typeof folded === 'number' || /^\d+$/.test(folded) ? Number(folded) : folded}`;
    const first = firsts.get(key);
    if (first === undefined) firsts.set(key, i + 3);
    else repeats.push([i + 3, first]);
  });
  return repeats;
}

const serial = fc.oneof(
  fc.integer({ min: 0, max: 6 }),
  fc.constantFrom(1_048_575, 1_048_576, 5_000_000, -1, -0, 2.5, '3', '０３', 'A-1', 'a-1', ' ', '-'),
);
const row = fc.tuple(serial, fc.option(fc.constantFrom(2025, 2026), { nil: null, freq: 3 }));

describe('checkDuplicateSerials against its definition', () => {
  it('flags exactly the repeats within a year, small serials, big ones and codes alike', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 25 }), (rows) => {
        const register = registerOf({
          fields: ['serialNo', 'receivedDate', 'title'],
          rows: rows.map(([s, y]) => [s, y === null ? null : day(y, 3, 1), 't']),
        });
        const found = checkWith(checkDuplicateSerials, register).map((f) => [f.row, f.related?.[0]?.row]);
        expect(found).toEqual(repeatsByDefinition(rows));
      }),
      { numRuns: 300 },
    );
  });
});
