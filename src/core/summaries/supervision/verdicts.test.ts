import { readProposalGrade } from './proposal-grades';
import { readVerdict, computeSatisfactionRate } from './satisfaction';

describe('readVerdict', () => {
  it('tells 不满意 and 基本满意 from 满意', () => {
    expect(readVerdict('满意')).toBe('satisfied');
    expect(readVerdict('非常满意')).toBe('satisfied');
    expect(readVerdict('基本满意')).toBe('basic');
    expect(readVerdict('比较满意')).toBe('basic');
    expect(readVerdict('不满意')).toBe('dissatisfied');
    expect(readVerdict(' 不 满 意 ')).toBe('dissatisfied');
  });

  it('gives nothing for an empty cell or a note without a verdict', () => {
    expect(readVerdict(null)).toBeNull();
    expect(readVerdict('待回访')).toBeNull();
  });
});

describe('computeSatisfactionRate', () => {
  it('counts 基本满意 as satisfied', () => {
    expect(computeSatisfactionRate({ satisfied: 2, basic: 1, dissatisfied: 1 })).toBe(0.75);
    expect(computeSatisfactionRate({ satisfied: 0, basic: 0, dissatisfied: 0 })).toBeNull();
  });
});

describe('readProposalGrade', () => {
  it('reads the grade letter that opens the result, in any width or case', () => {
    expect(readProposalGrade('A')).toBe('A');
    expect(readProposalGrade('B类（正在解决）')).toBe('B');
    expect(readProposalGrade('ｃ类')).toBe('C');
    expect(readProposalGrade('D 留作参考')).toBe('D');
  });

  it('does not take a word that merely starts with a grade letter', () => {
    expect(readProposalGrade('Already solved')).toBeNull();
    expect(readProposalGrade('B超检查')).toBeNull();
    expect(readProposalGrade('E类')).toBeNull();
    expect(readProposalGrade(null)).toBeNull();
  });
});
