import fc from 'fast-check';
import { mergeMarkLog } from './merge-mark-log';
import { referenceMergeMarkLog } from './merge-mark-log.reference';
import { MARK_KINDS, type FillState, type MarkLogEntry } from './mark-types';

// Few sheets, keys and rows, so that keys repeat, rows collide and both layers meet on a row.
const fill = fc.constantFrom<FillState>({ pattern: 'none' }, { pattern: 'solid', color: 'FF7C80' }, { pattern: 'solid', color: '8E7CC3' }, { pattern: 'solid', color: 'FFFF00', styleIndex: 4 });
const entry = fc
  .record({
    sheet: fc.constantFrom('收文登记', '督办台账'),
    kind: fc.constantFrom(...MARK_KINDS),
    row: fc.integer({ min: 3, max: 8 }),
    fromCol: fc.nat(3),
    key: fc.constantFrom('0a1b2c3d@0,1', '11111111@0,1', '22222222@0,1'),
    before: fc.array(fill, { minLength: 1, maxLength: 4 }),
  })
  .map((e): MarkLogEntry => ({ ...e, toCol: e.fromCol + e.before.length - 1 }));

describe('merging marks into the log, against the merge it replaced', () => {
  it('gives the same log for any log and fresh marks', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 25 }), fc.array(entry, { maxLength: 25 }), (logged, fresh) => {
        const log = { version: 1 as const, entries: logged };
        expect(mergeMarkLog(log, fresh)).toEqual(referenceMergeMarkLog(log, fresh));
      }),
      { numRuns: 500 },
    );
  });
});
