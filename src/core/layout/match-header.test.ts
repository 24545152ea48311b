import { normalizeHeader } from '../text/normalize';
import { isGenericDateHeader, matchHeader } from './match-header';

const best = (header: string) => matchHeader(normalizeHeader(header))[0];

describe('matchHeader', () => {
  it('matches a synonym exactly with full score', () => {
    expect(best('收文日期')).toEqual({ field: 'receivedDate', score: 1, basis: 'exact' });
  });

  it('matches a synonym with a bracketed aside almost as surely', () => {
    expect(best('办理时限（工作日）')).toMatchObject({ field: 'deadline', basis: 'exact' });
    expect(best('办理时限（工作日）').score).toBeCloseTo(0.95);
  });

  it('matches a synonym inside a longer header, the surer the larger its share', () => {
    const contained = best('收文登记日期备查');
    expect(contained).toMatchObject({ field: 'receivedDate', basis: 'contains' });
    expect(contained.score).toBeLessThan(1);
    expect(contained.score).toBeGreaterThan(0.6);
  });

  it('marks a wording that belongs to one kind of register', () => {
    expect(best('报送日期')).toMatchObject({ field: 'issuedDate', kind: 'submissions' });
    expect(best('来文字号')).toMatchObject({ field: 'docNumber', kind: 'incoming' });
  });

  it('does not read a planned date as an actual one', () => {
    const matches = matchHeader(normalizeHeader('计划完成时间'));
    expect(matches[0]).toMatchObject({ field: 'deadline', basis: 'exact' });
    const completed = matches.find((m) => m.field === 'completedDate');
    expect(completed?.score ?? 0).toBeLessThan(matches[0].score);
  });

  it('offers both readings of the office’s own 收文编号, the running number first', () => {
    const matches = matchHeader('收文编号');
    expect(matches.map((m) => m.field)).toEqual(['serialNo', 'docNumber']);
  });

  it('matches nothing for headers that name no field', () => {
    expect(matchHeader(normalizeHeader('联系电话'))).toEqual([]);
    expect(matchHeader('')).toEqual([]);
    expect(matchHeader('号')).toEqual([]);
  });
});

describe('matchHeader asked again', () => {
  it('gives the same answer for a wording it has seen, before and after thousands of others', () => {
    const wording = normalizeHeader('收文登记日期(必填)');
    const first = matchHeader(wording);
    expect(first[0]).toMatchObject({ field: 'receivedDate' });
    expect(matchHeader(wording)).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first[0])).toBe(true);
    // More distinct wordings than it keeps: it forgets and works the answer out again.
    for (let i = 0; i < 25_000; i++) matchHeader(`县第${i}局收文`);
    expect(matchHeader(wording)).toEqual(first);
    expect(matchHeader(normalizeHeader('县第3局收文'))).toEqual(matchHeader('县第3局收文'));
  });
});

describe('isGenericDateHeader', () => {
  it('is true for a header that only says date or time', () => {
    expect(isGenericDateHeader('日期')).toBe(true);
    expect(isGenericDateHeader('时间')).toBe(true);
    expect(isGenericDateHeader('时间(年月日)')).toBe(true);
    expect(isGenericDateHeader('收文日期')).toBe(false);
  });
});
