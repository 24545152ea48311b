import { day } from '../../../../test/helpers/grid';
import { checkRegister } from '../check-register';
import { DEFAULT_RULE_SETTINGS } from '../settings/rule-settings';
import { AS_OF } from '../testing/check-with';
import { registerOf } from '../testing/register-of';
import { FIXABLE_CODES, proposeFixes } from './propose-fixes';

const options = { asOf: AS_OF, settings: DEFAULT_RULE_SETTINGS };

const register = registerOf({
  fields: ['serialNo', 'receivedDate', 'sender', 'docNumber', 'title', 'urgency', 'classification'],
  rows: [
    ['１２', '2026.3.5', '县自然资源局', '县自然资发[2026]15号', '函一', '急件', '秘密级'],
    [13, '3月18日', '县委办', '县委办〔2026〕第012号', '函二', '很急', '普通'],
    [14, day(2026, 3, 20), '县委办', '县委办〔26〕13号', '函三', '加急', '普通'],
    [15, day(2025, 3, 20), '市委办', '市委办〔26〕3号', '函四', '加急', '普通'],
  ],
});

describe('proposeFixes', () => {
  const findings = checkRegister(register, options);

  it('proposes the standard form of each document number, combining the flaws of one cell', () => {
    const proposals = proposeFixes(register, findings, ['doc-number.brackets', 'doc-number.ordinal', 'doc-number.leading-zero']);
    expect(proposals.map((p) => [p.cell.row, p.before, p.after, p.rules])).toEqual([
      [3, '县自然资发[2026]15号', '县自然资发〔2026〕15号', ['doc-number.brackets']],
      [4, '县委办〔2026〕第012号', '县委办〔2026〕12号', ['doc-number.ordinal', 'doc-number.leading-zero']],
    ]);
    expect(proposals[0]).toMatchObject({ cell: { sheet: '收文登记', row: 3, col: 3 }, field: 'docNumber', rule: 'doc-number.brackets' });
  });

  it('completes a two-digit year only where the row’s date ends in it', () => {
    const proposals = proposeFixes(register, findings, ['doc-number.two-digit-year']);
    expect(proposals.map((p) => [p.cell.row, p.after])).toEqual([[5, '县委办〔2026〕13号']]);
  });

  it('turns text dates that name their year into real dates, and leaves 3月18日 alone', () => {
    const proposals = proposeFixes(register, findings, ['date.as-text']);
    expect(proposals.map((p) => [p.cell.row, p.before, p.after])).toEqual([[3, '2026.3.5', { day: { year: 2026, month: 3, day: 5 } }]]);
  });

  it('normalises synonyms and full-width digits, never guessing at other values', () => {
    const proposals = proposeFixes(register, findings, ['urgency.invalid', 'classification.invalid', 'value.full-width-digits']);
    expect(proposals.map((p) => [p.cell.row, p.field, p.after])).toEqual([
      [3, 'serialNo', '12'],
      [3, 'urgency', '加急'],
      [3, 'classification', '秘密'],
    ]);
  });

  it('proposes nothing for codes that have no safe fix or were not chosen', () => {
    expect(proposeFixes(register, findings, ['date.out-of-range', 'completeness.required'])).toEqual([]);
    expect(proposeFixes(register, findings, [])).toEqual([]);
  });

  it('proposes every fixable code together without two proposals for one cell', () => {
    const proposals = proposeFixes(register, findings, FIXABLE_CODES);
    const cells = proposals.map((p) => `${p.cell.row}:${p.cell.col}`);
    expect(new Set(cells).size).toBe(cells.length);
    expect(proposals).toHaveLength(7);
  });

  it('ignores findings about another sheet', () => {
    const other = registerOf({ sheet: '另一表', fields: ['serialNo'], rows: [[1]] });
    expect(proposeFixes(other, findings, FIXABLE_CODES)).toEqual([]);
  });
});
