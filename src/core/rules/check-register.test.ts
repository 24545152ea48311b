import { day } from '../../../test/helpers/grid';
import { checkRegister } from './check-register';
import { RULES } from './catalogue';
import { DEFAULT_RULE_SETTINGS } from './settings/rule-settings';
import { AS_OF } from './testing/check-with';
import { registerOf, summarise } from './testing/register-of';

const options = { asOf: AS_OF, settings: DEFAULT_RULE_SETTINGS };

const FIELDS = ['serialNo', 'receivedDate', 'sender', 'docNumber', 'title', 'urgency', 'handler', 'deadline', 'completedDate', 'result'] as const;

describe('checkRegister', () => {
  const register = registerOf({
    fields: [...FIELDS],
    rows: [
      [1, day(2026, 3, 5), '县财政局', '县财发〔2026〕3号', '关于下达资金的通知', '加急', '财务室', '5个工作日', day(2026, 3, 9), '已办结'],
      [2, day(2026, 3, 6), '县委办', '县委办[2026]7号', '', '急件', null, '5个工作日', day(2026, 3, 1), '办理中'],
      [2, day(2026, 3, 7), '县民政局', '县民发〔2026〕9号', '关于救助的通知', '普通', '综合科', null, null, null],
    ],
  });

  it('runs every family and returns findings in sheet order: by row, then column', () => {
    expect(summarise(checkRegister(register, options))).toEqual([
      'doc-number.brackets D4',
      'completeness.required E4',
      'urgency.invalid F4',
      'completeness.required G4',
      'date.completed-before-start I4',
      'result.open-with-date J4',
      'duplicate.serial A5',
    ]);
  });

  it('gives every finding the catalogue’s severity, its sheet, row, field and both languages', () => {
    for (const finding of checkRegister(register, options)) {
      expect(finding.severity).toBe(RULES[finding.rule].severity);
      expect(finding.code).toBe(finding.rule);
      expect(finding.sheet).toBe('收文登记');
      expect(finding.row).toBe(finding.at?.row);
      expect(finding.message.zh).toMatch(/[A-J]\d+/);
      expect(finding.message.en).toMatch(/[A-J]\d+/);
      expect(finding.fix.zh.length).toBeGreaterThan(0);
      expect(finding.fix.en.length).toBeGreaterThan(0);
    }
  });

  it('leaves out the rules the office switched off', () => {
    const settings = { ...DEFAULT_RULE_SETTINGS, disabledRules: ['completeness.required' as const, 'urgency.invalid' as const] };
    const rules = checkRegister(register, { ...options, settings }).map((f) => f.rule);
    expect(rules).not.toContain('completeness.required');
    expect(rules).not.toContain('urgency.invalid');
    expect(rules).toContain('doc-number.brackets');
  });

  it('finds nothing in a clean register', () => {
    const clean = registerOf({
      fields: [...FIELDS],
      rows: [
        [1, day(2026, 3, 5), '县财政局', '县财发〔2026〕3号', '关于下达资金的通知', '加急', '财务室', '5个工作日', day(2026, 3, 9), '已办结'],
        [2, day(2026, 3, 6), '县委办', '县委办〔2026〕7号', '关于会议的通知', '普通', null, null, null, '已阅'],
      ],
    });
    expect(checkRegister(clean, options)).toEqual([]);
  });

  it('checks nothing on a sheet that is not a register', () => {
    expect(checkRegister(registerOf({ kind: null, fields: [...FIELDS], rows: register.records.map(() => []) }), options)).toEqual([]);
  });
});
