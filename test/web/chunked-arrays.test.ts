/**
 * Long arrays of a result cross the worker boundary in chunks and are put back exactly: the same
 * data, the same sharing of objects, nothing cut but long plain arrays.
 */
import fc from 'fast-check';
import { joinLongArrays, splitLongArrays } from '../../src/web/engine/chunked-arrays';

/** What crosses a worker boundary: each message structured-cloned on its own. */
function crossed(value: unknown, chunkItems: number): unknown {
  const { value: skeleton, chunks } = splitLongArrays(value, chunkItems);
  return joinLongArrays(structuredClone(skeleton), chunks.map((c) => structuredClone(c)));
}

describe('long arrays in chunks', () => {
  it('cuts only arrays longer than a chunk, each into chunks no longer than one', () => {
    const records = Array.from({ length: 10 }, (_, row) => ({ row, values: [row, 'x'] }));
    const { value, chunks } = splitLongArrays({ records, few: [1, 2, 3] }, 4);
    expect(chunks.map((c) => c.items.length)).toEqual([4, 4, 2]);
    expect(value).toMatchObject({ few: [1, 2, 3] });
    expect(JSON.stringify(value)).not.toContain('"row"');
  });

  it('puts back the same data, whatever its shape', () => {
    const leaf = fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.constant(null));
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 12 }), fc.dictionary(fc.string({ maxLength: 4 }), tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(fc.property(tree, fc.integer({ min: 1, max: 5 }), (value, chunkItems) => expect(crossed(value, chunkItems)).toEqual(value)));
  });

  it('keeps an object shared by two places one object, as a single message would', () => {
    const sheet = { name: '收文登记', items: Array.from({ length: 9 }, (_, row) => ({ row })) };
    const check = { assessment: { sheets: [sheet] }, sheets: [{ sheet, findings: Array.from({ length: 7 }, (_, i) => ({ i })) }] };
    const back = crossed(check, 3) as typeof check;
    expect(back).toEqual(check);
    expect(back.sheets[0]?.sheet).toBe(back.assessment.sheets[0]);
  });

  it('leaves dates, maps and byte arrays whole', () => {
    const bytes = new Uint8Array(10);
    const value = { day: new Date(0), byRow: new Map([[1, 'a']]), bytes };
    const { value: skeleton, chunks } = splitLongArrays(value, 2);
    expect(chunks).toEqual([]);
    expect((skeleton as typeof value).bytes).toBe(bytes);
  });
});
