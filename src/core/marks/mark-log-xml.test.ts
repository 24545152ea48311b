import fc from 'fast-check';
import { MARK_LOG_NAMESPACE } from '../settings/stored-settings';
import { MARK_KINDS, type FillState, type MarkLog, type MarkLogEntry } from './mark-types';
import { parseMarkLog, serializeMarkLog } from './mark-log-xml';

const none: FillState = { pattern: 'none' };
const entry = (over: Partial<MarkLogEntry> = {}): MarkLogEntry => ({
  sheet: '收文登记',
  kind: 'overdue',
  row: 5,
  fromCol: 0,
  toCol: 3,
  key: '0a1b2c3d@0,1,3',
  before: [none, none, { pattern: 'solid', color: 'FFFF00' }, { pattern: 'solid', theme: 4, tint: -0.249977111117893, styleIndex: 12 }],
  ...over,
});

describe('writing the mark log', () => {
  it('writes one element per row, under the mark-log namespace', () => {
    const xml = serializeMarkLog({ version: 1, entries: [entry()] });
    expect(xml).toContain(`<marks xmlns="${MARK_LOG_NAMESPACE}" version="1">`);
    expect(xml.match(/<e /g)).toHaveLength(1);
  });

  it('writes a run of equal fills once, with a count', () => {
    const xml = serializeMarkLog({ version: 1, entries: [entry({ toCol: 11, before: Array(12).fill(none) })] });
    expect(xml).toContain('<f p="none" n="12"/></e>');
  });

  it('escapes sheet names that hold XML characters, quotes, tabs and emoji', () => {
    const sheet = `A&B <"督办"> 'x'\t📄`;
    const xml = serializeMarkLog({ version: 1, entries: [entry({ sheet })] });
    expect(xml).toContain('s="A&amp;B &lt;&quot;督办&quot;&gt; &apos;x&apos;\\u0009📄"');
    expect(parseMarkLog(xml).log.entries[0].sheet).toBe(sheet);
  });

  it('writes only characters XML 1.0 allows, whatever the sheet name', () => {
    const xml = serializeMarkLog({ version: 1, entries: [entry({ sheet: 'a\u0001b\uD800c\\u0041' })] });
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(parseMarkLog(xml).log.entries[0].sheet).toBe('a\u0001b\uD800c\\u0041');
  });
});

describe('reading the mark log back', () => {
  it('round-trips a log exactly', () => {
    const log: MarkLog = { version: 1, entries: [entry(), entry({ sheet: '督办台账', kind: 'dueSoon', row: 9, before: [none, { pattern: 'none', absent: true }, none, none] })] };
    expect(parseMarkLog(serializeMarkLog(log))).toEqual({ log, problems: [] });
  });

  it('round-trips any log', () => {
    const fill = fc.record(
      {
        pattern: fc.constantFrom('none', 'solid', 'gray125', 'darkGrid'),
        color: fc.stringMatching(/^[0-9A-F]{6}$/),
        theme: fc.integer({ min: 0, max: 11 }),
        tint: fc.double({ min: -1, max: 1, noNaN: true }),
        patternColor: fc.stringMatching(/^[0-9A-F]{6}$/),
        patternTint: fc.double({ min: -1, max: 1, noNaN: true }),
        styleIndex: fc.nat(70_000),
        absent: fc.constant(true),
      },
      { requiredKeys: ['pattern'] },
    );
    const anEntry = fc
      .record({
        sheet: fc.string({ minLength: 1, maxLength: 31, unit: 'binary' }),
        kind: fc.constantFrom(...MARK_KINDS),
        row: fc.integer({ min: 1, max: 1_048_576 }),
        fromCol: fc.integer({ min: 0, max: 40 }),
        key: fc.string({ maxLength: 40 }),
        before: fc.array(fill, { minLength: 1, maxLength: 12 }),
      })
      .map((e) => ({ ...e, toCol: e.fromCol + e.before.length - 1 }));
    fc.assert(
      fc.property(fc.array(anEntry, { maxLength: 8 }), (entries) => {
        const log: MarkLog = { version: 1, entries };
        expect(parseMarkLog(serializeMarkLog(log))).toEqual({ log, problems: [] });
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the stripe colour and its tint of a patterned fill', () => {
    const striped: FillState = { pattern: 'lightDown', color: 'FFFFFF', patternColor: 'FF0000', patternTint: -0.25 };
    const xml = serializeMarkLog({ version: 1, entries: [entry({ before: [none, striped, none, none] })] });
    expect(xml).toContain('<f p="lightDown" c="FFFFFF" pc="FF0000" pti="-0.25"/>');
    expect(parseMarkLog(xml).log.entries[0].before[1]).toEqual(striped);
  });

  it('reads logs written before stripe colours were kept, leaving them undefined', () => {
    const xml = `<marks xmlns="${MARK_LOG_NAMESPACE}" version="1"><e s="收文登记" k="overdue" r="5" from="0" to="0" key="k"><f p="darkGrid" c="FFC000" si="8"/></e></marks>`;
    const [fill] = parseMarkLog(xml).log.entries[0].before;
    expect(fill).toEqual({ pattern: 'darkGrid', color: 'FFC000', styleIndex: 8 });
    expect(fill.patternColor).toBeUndefined();
    expect(fill.patternTint).toBeUndefined();
  });

  it('skips and reports a damaged entry but keeps the others', () => {
    const xml = serializeMarkLog({ version: 1, entries: [entry({ row: 3 }), entry({ row: 4 }), entry({ row: 5 })] }).replace('r="4"', 'r="four"');
    const { log, problems } = parseMarkLog(xml);
    expect(log.entries.map((e) => e.row)).toEqual([3, 5]);
    expect(problems.map((p) => [p.code, p.message.zh])).toEqual([['marks.log.badEntry', '标记记录第2条已损坏，已跳过；该行原有底色无法自动恢复']]);
  });

  it('refuses an entry whose fills do not cover its columns', () => {
    const xml = serializeMarkLog({ version: 1, entries: [entry()] }).replace('to="3"', 'to="4"');
    expect(parseMarkLog(xml).log.entries).toEqual([]);
  });

  it('gives an empty log and a problem for text that is not a mark log', () => {
    for (const text of ['', 'hello', '<settings xmlns="urn:register-desk:settings:1"/>', '<marks xmlns="urn:other" version="1"></marks>']) {
      const { log, problems } = parseMarkLog(text);
      expect(log.entries).toEqual([]);
      expect(problems.map((p) => p.code)).toEqual(['marks.log.unreadable']);
    }
  });

  it('reads attributes in single quotes and numeric character references from other writers', () => {
    const xml = `<marks xmlns='${MARK_LOG_NAMESPACE}' version='1'><e s='A&#38;B&#x1F4C4;' k='invalid' r='2' from='1' to='1' key='k'><f p='none'/></e></marks>`;
    expect(parseMarkLog(xml).log.entries[0]).toEqual({ sheet: 'A&B📄', kind: 'invalid', row: 2, fromCol: 1, toCol: 1, key: 'k', before: [none] });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), (text) => expect(parseMarkLog(text).log.version).toBe(1)));
  });

  /** Milliseconds for the best of three runs: the machine is shared, a single run is noisy. */
  const timeBest = (run: () => void): number =>
    Math.min(...[0, 1, 2].map(() => {
      const t0 = performance.now();
      run();
      return performance.now() - t0;
    }));

  /**
   * How much longer ten times the input takes, measured warm (the small run first). Linear work
   * gives about 10, quadratic about 100; the bound leaves room for a busy shared machine.
   */
  const growth = (small: () => void, large: () => void): number => {
    small();
    const smallTime = timeBest(small);
    return timeBest(large) / Math.max(smallTime, 1);
  };

  it('stays linear on hostile text', () => {
    const hostile = (n: number) => '<e s="'.repeat(n) + '<f n="99999999"/>'.repeat(n) + '<e k="x">'.repeat(n);
    const small = hostile(2_000);
    const large = hostile(20_000);
    expect(growth(() => parseMarkLog(small), () => parseMarkLog(large))).toBeLessThan(40);
  });
});
