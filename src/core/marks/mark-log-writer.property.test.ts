import fc from 'fast-check';
import { serializeMarkLog, serializeMarkLogEntries, wrapMarkLogBody } from './mark-log-xml';
import { referenceMarkLogEntries } from './mark-log-xml.reference';
import { MARK_KINDS, type FillState, type MarkLogEntry } from './mark-types';

// Numbers where String and the log's own number writing part ways, and texts that need escaping.
const awkwardNumber = fc.constantFrom(0, -0, 1, -1, 0.5, -0.249977111117893, Number.NaN, Infinity, 12, 70_000);
const awkwardText = fc.oneof(fc.constantFrom('FFFF00', 'ffff00', '', 'A&B', '"<>\'', '\\u0041', '\t', '\uD800', '📄'), fc.string({ maxLength: 6 }));

const look = fc.record(
  {
    pattern: fc.oneof(fc.constantFrom('none', 'solid', 'gray125'), awkwardText),
    color: awkwardText,
    theme: awkwardNumber,
    tint: awkwardNumber,
    patternColor: awkwardText,
    patternTint: awkwardNumber,
    styleIndex: awkwardNumber,
    absent: fc.boolean(),
  },
  { requiredKeys: ['pattern'] },
);

/**
 * Rows drawn from a few looks, each cell either sharing a look's object or a fresh copy of it,
 * as hosts give them: runs of alike fills of both kinds, and more looks than the writer keeps.
 */
/** A look and a near twin of it: one field dropped, zeroed or (absent) flipped. */
const twins = fc
  .tuple(look, fc.constantFrom<keyof FillState>('color', 'theme', 'tint', 'patternColor', 'patternTint', 'styleIndex', 'absent'), fc.constantFrom('drop', 'zero', 'flip'))
  .map(([base, field, how]): FillState[] => {
    const twin: Record<string, unknown> = { ...base };
    if (how === 'drop') delete twin[field];
    else if (field === 'absent') twin.absent = !base.absent;
    else twin[field] = how === 'zero' ? (typeof base[field] === 'string' ? '' : Object.is(base[field], 0) ? -0 : 0) : base[field];
    return [base, twin as unknown as FillState];
  });

const log = fc.array(twins, { minLength: 1, maxLength: 12 }).map((pairs) => pairs.flat()).chain((looks) => {
  const fill = fc.tuple(fc.nat(looks.length - 1), fc.boolean()).map(([i, copy]): FillState => (copy ? { ...looks[i] } : looks[i]));
  const entry = fc.record({
    sheet: fc.oneof(fc.constantFrom('收文登记', '督办台账'), awkwardText),
    kind: fc.constantFrom(...MARK_KINDS),
    row: fc.integer({ min: 1, max: 1_048_576 }),
    fromCol: fc.nat(20),
    key: fc.oneof(fc.constantFrom('0a1b2c3d@0,1,3'), awkwardText),
    before: fc.array(fill, { minLength: 1, maxLength: 40 }),
  }).map((e): MarkLogEntry => ({ ...e, toCol: e.fromCol + e.before.length - 1 }));
  return fc.array(entry, { maxLength: 30 });
});

describe('the mark-log writer, against the writer it replaced', () => {
  it('writes every entry byte for byte as the old writer did', () => {
    fc.assert(
      fc.property(log, (entries) => {
        expect(serializeMarkLogEntries(entries)).toEqual(referenceMarkLogEntries(entries));
        expect(serializeMarkLog({ version: 1, entries })).toBe(wrapMarkLogBody(referenceMarkLogEntries(entries).join('')));
      }),
      { numRuns: 300 },
    );
  });

  it('tells apart looks that differ only in the sign of a zero tint, and keeps a zero theme signless', () => {
    const entries: MarkLogEntry[] = [
      { sheet: 's', kind: 'overdue', row: 2, fromCol: 0, toCol: 3, key: 'k', before: [{ pattern: 'solid', tint: 0 }, { pattern: 'solid', tint: -0 }, { pattern: 'none', theme: 0 }, { pattern: 'none', theme: -0 }] },
    ];
    expect(serializeMarkLogEntries(entries)).toEqual(['\n<e s="s" k="overdue" r="2" from="0" to="3" key="k"><f p="solid" ti="0"/><f p="solid" ti="-0"/><f p="none" th="0" n="2"/></e>']);
  });
});
