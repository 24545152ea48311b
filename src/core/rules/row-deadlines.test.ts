import fc from 'fast-check';
import type { RuleDeadline } from './context';
import { indexRowDeadlines } from './row-deadlines';

const NONE: RuleDeadline = { day: null, source: 'none' };
const deadline = fc.option(fc.record({ day: fc.constant(null), source: fc.constantFrom('explicit', 'relative', 'default') }), { nil: null });
const row = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constantFrom(-1, 2.5, 2_097_151, 2_097_152, 5_000_000));

describe('indexRowDeadlines against a Map', () => {
  it('answers every row and counts distinct rows as a Map of the same entries does', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ row, deadline }), { maxLength: 30 }), fc.array(row, { maxLength: 10 }), (items, probes) => {
        const map = new Map<number, RuleDeadline>(items.map((i) => [i.row, i.deadline ?? NONE]));
        const index = indexRowDeadlines(items, NONE);
        expect(index.size).toBe(map.size);
        for (const r of [...items.map((i) => i.row), ...probes]) expect(index.get(r)).toBe(map.get(r));
      }),
      { numRuns: 500 },
    );
  });
});
