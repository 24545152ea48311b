import { readRuleSettings } from './read-rule-settings';
import { DEFAULT_RULE_SETTINGS } from './rule-settings';

describe('readRuleSettings', () => {
  it('gives the defaults, silently, when the workbook has no rules section', () => {
    expect(readRuleSettings(undefined)).toEqual({ settings: DEFAULT_RULE_SETTINGS, problems: [] });
  });

  it('keeps every valid entry the office changed', () => {
    const { settings, problems } = readRuleSettings({
      yearSlack: 2,
      handlers: ['县财政局', '县民政局'],
      disabledRules: ['date.as-text'],
      required: { outgoing: [{ anyOf: ['docNumber'] }, { anyOf: ['signer'], when: 'issuedDate' }] },
      urgenciesByKind: { supervision: ['紧急'] },
    });
    expect(problems).toEqual([]);
    expect(settings.yearSlack).toBe(2);
    expect(settings.handlers).toEqual(['县财政局', '县民政局']);
    expect(settings.disabledRules).toEqual(['date.as-text']);
    expect(settings.required.outgoing).toEqual([{ anyOf: ['docNumber'] }, { anyOf: ['signer'], when: 'issuedDate' }]);
    expect(settings.required.incoming).toEqual(DEFAULT_RULE_SETTINGS.required.incoming);
    expect(settings.urgenciesByKind).toEqual({ supervision: ['紧急'] });
  });

  it('falls back entry by entry and names each bad entry', () => {
    const { settings, problems } = readRuleSettings({
      yearSlack: -1,
      handlers: ['县财政局', 3],
      disabledRules: ['no.such.rule'],
      required: { incoming: [{ anyOf: ['notAField'] }] },
      ordinaryUrgencies: ['普通', '平件'],
    });
    expect(problems.map((p) => p.message.zh)).toEqual([
      '台账检查设置中“required”的值无效，已按默认值检查',
      '台账检查设置中“yearSlack”的值无效，已按默认值检查',
      '台账检查设置中“handlers”的值无效，已按默认值检查',
      '台账检查设置中“disabledRules”的值无效，已按默认值检查',
    ]);
    expect(problems.every((p) => p.code === 'settings.rules.invalid' && p.severity === 'warning')).toBe(true);
    expect(settings).toEqual({ ...DEFAULT_RULE_SETTINGS, ordinaryUrgencies: ['普通', '平件'] });
  });

  it('reports a section that is not an object and uses the defaults', () => {
    const { settings, problems } = readRuleSettings('yearSlack=2');
    expect(settings).toBe(DEFAULT_RULE_SETTINGS);
    expect(problems).toHaveLength(1);
  });
});
