import fc from 'fast-check';
import { normalizeValue } from '../../text/normalize';
import { createBuckets, rankSources, readLabel, sortBuckets } from './buckets';
import { buildCountTable } from './count-table';
import { readClassificationLevel, readUrgency, sortByPreferred, CLASSIFICATION_ORDER } from './value-order';

describe('createBuckets', () => {
  it('groups spellings of one name together and shows the first spelling', () => {
    const units = createBuckets(() => ({ n: 0 }));
    for (const name of ['县财政局', '縣財政局', ' 县 财政局', '农业局']) units.at(name).n += 1;
    expect(units.list().map((b) => [b.label, b.acc.n])).toEqual([
      ['县财政局', 3],
      ['农业局', 1],
    ]);
  });

  it('keeps groups of different workbooks apart when asked', () => {
    const units = createBuckets(() => ({ n: 0 }));
    units.at('办公室', '甲镇').n += 1;
    units.at('办公室', '乙镇').n += 1;
    expect(units.list()).toHaveLength(2);
  });
});

describe('createBuckets against a reference', () => {
  // The grouping as it was first written: one map keyed by workbook and folded text joined.
  function reference(calls: ReadonlyArray<readonly [string, string | null]>): Array<[string, string | null, number, number]> {
    const groups = new Map<string, [string, string | null, number, number]>();
    for (const [text, source] of calls) {
      const folded = normalizeValue(text).replace(/ /g, '');
      const key = source === null ? folded : `${source}\u0001${folded}`;
      const g = groups.get(key) ?? [text, source, groups.size, 0];
      g[3] += 1;
      groups.set(key, g);
    }
    return [...groups.values()];
  }
  const text = fc.constantFrom('县财政局', '縣財政局', ' 县 财政局', '农业局', '', '办公室', 'Ａ局', 'A局');
  const source = fc.option(fc.constantFrom('甲镇', '乙镇', '丙镇'), { freq: 3 });

  it('gives the same groups, labels, order and counts', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, source), { maxLength: 60 }), (calls) => {
        const b = createBuckets(() => ({ n: 0 }));
        for (const [t, s] of calls) b.at(t, s).n += 1;
        expect(b.list().map((g): [string, string | null, number, number] => [g.label, g.source, g.order, g.acc.n])).toEqual(reference(calls));
      }),
    );
  });

  it('ranks workbooks as indexOf does, the first of a repeated name and -1 for an unknown one', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<string>('甲', '乙', '丙', '丁'), { maxLength: 8 }), fc.constantFrom('甲', '乙', '丙', '丁', '戊'), (sources, s) => {
        expect(rankSources(sources)(s)).toBe(sources.indexOf(s));
      }),
    );
  });
});

describe('sortBuckets', () => {
  it('sorts by workbook, then largest first, ties in first-seen order, empty last', () => {
    const b = createBuckets(() => ({ n: 0 }));
    b.at('', '乙').n = 9;
    b.at('丙', '乙').n = 1;
    b.at('丁', '甲').n = 1;
    b.at('戊', '甲').n = 5;
    b.at('己', '甲').n = 1;
    expect(sortBuckets(b.list(), (a) => a.n, ['甲', '乙']).map((x) => `${x.source}${x.label}`)).toEqual(['甲戊', '甲丁', '甲己', '乙丙', '乙']);
  });
});

describe('readLabel', () => {
  it('reads dashes and slashes as empty', () => {
    const record = { row: 3, values: { handler: '—', sender: ' 县委办 ' }, dates: {}, problems: [] };
    expect(readLabel(record, 'handler')).toBe('');
    expect(readLabel(record, 'sender')).toBe('县委办');
  });
});

describe('buildCountTable', () => {
  it('sums the groups past the top ones into one line and keeps the total', () => {
    const b = createBuckets(() => ({ n: 0 }));
    ['甲', '乙', '丙', '丁'].forEach((name, i) => (b.at(name).n = 4 - i));
    const table = buildCountTable({ caption: '按来文单位', labelHeader: '来文单位', emptyLabel: '（未填写）', groups: b.list(), top: 2 });
    expect(table.rows).toEqual([
      ['甲', 4, 0.4],
      ['乙', 3, 0.3],
      ['其他（共 2 个）', 3, 0.3],
      ['合计', 10, 1],
    ]);
  });

  it('leaves shares empty when there is nothing to share', () => {
    expect(buildCountTable({ caption: 'x', labelHeader: 'x', emptyLabel: '', groups: [] }).rows).toEqual([['合计', 0, null]]);
  });
});

describe('controlled values', () => {
  it('reads a 密级 level without its period and an urgency without 件', () => {
    expect(readClassificationLevel('秘密★1年')).toBe('秘密');
    expect(readClassificationLevel('绝 密')).toBe('绝密');
    expect(readClassificationLevel('秘密文件')).toBe('秘密文件');
    expect(readUrgency('特急件')).toBe('特急');
    expect(readUrgency('一般')).toBe('一般');
  });

  it('lists the standard values in their order whatever the counts', () => {
    const b = createBuckets(() => ({ n: 0 }));
    b.at('').n = 10;
    b.at('非密').n = 5;
    b.at('秘密').n = 3;
    b.at('绝密').n = 1;
    expect(sortByPreferred(b.list(), CLASSIFICATION_ORDER, (a) => a.n).map((x) => x.label)).toEqual(['绝密', '秘密', '非密', '']);
  });
});
