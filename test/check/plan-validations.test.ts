/**
 * Which data validation a register gets: the values the rules accept as drop-downs, the
 * register's years on its date columns, rows for the entries to come.
 */
import { planValidations, fitListValues, ROWS_TO_COME } from '../../src/app/check/plan-validations';
import { DEFAULT_RULE_SETTINGS } from '../../src/core/rules/settings/rule-settings';
import { registerOf } from '../../src/core/rules/testing/register-of';

const incoming = registerOf({
  fields: ['serialNo', 'receivedDate', 'docNumber', 'classification', 'urgency', 'handler', 'deadline', 'completedDate'],
  rows: [
    [1, '2026-03-05', '县财发〔2026〕3号', '秘密★1年', '加急', '综合科', '5个工作日', '2026-03-09'],
    [2, '2026-03-06', '县财发〔2026〕4号', '', '', '财务室', '', ''],
  ],
});

describe('planValidations', () => {
  it('lists the values the rules accept, dates of the register’s years, from the first data row on', () => {
    const plan = planValidations(incoming, { ...DEFAULT_RULE_SETTINGS, handlers: ['综合科', '财务室'] });
    expect(plan.notes).toEqual([]);
    expect(plan.rules.map((r) => [r.field, r.col, r.type, r.values ?? r.between, r.errorStyle ?? 'stop'])).toEqual([
      ['receivedDate', 1, 'date', [{ year: 2025, month: 1, day: 1 }, { year: 2027, month: 12, day: 31 }], 'stop'],
      ['classification', 3, 'list', ['绝密', '机密', '秘密', '非密', '公开', '内部', '普通', '明文', '无'], 'warning'],
      ['urgency', 4, 'list', ['特急', '加急', '普通', '平件', '一般', '特提', '平急'], 'stop'],
      ['handler', 5, 'list', ['综合科', '财务室'], 'warning'],
      ['completedDate', 7, 'date', [{ year: 2025, month: 1, day: 1 }, { year: 2027, month: 12, day: 31 }], 'stop'],
    ]);
    expect(plan.rules.every((r) => r.fromRow === 3 && r.toRow === 4 + ROWS_TO_COME && r.allowBlank)).toBe(true);
    expect(plan.rules[1].errorMessage).toContain('秘密★1年');
  });

  it('leaves the handling unit alone while the office keeps no list of units, and never touches the deadline', () => {
    const fields = planValidations(incoming, DEFAULT_RULE_SETTINGS).rules.map((r) => r.field);
    expect(fields).not.toContain('handler');
    expect(fields).not.toContain('deadline');
  });

  it('offers a supervision ledger its own urgency grades', () => {
    const ledger = registerOf({ kind: 'supervision', fields: ['matter', 'urgency'], rows: [['事项', '紧急']] });
    expect(planValidations(ledger, DEFAULT_RULE_SETTINGS).rules[0].values).toEqual(['特急', '加急', '普通', '平件', '一般', '紧急', '中等', '不需回复', '特提', '平急']);
  });

  it('explains a list too long for Excel instead of setting it', () => {
    const units = Array.from({ length: 40 }, (_, i) => `县第${i + 1}号工作领导小组办公室`);
    const plan = planValidations(incoming, { ...DEFAULT_RULE_SETTINGS, handlers: units });
    expect(plan.rules.map((r) => r.field)).not.toContain('handler');
    expect(plan.notes.map((n) => n.code)).toEqual(['validation.list-too-long']);
    expect(plan.notes[0].message.zh).toContain('承办单位');
  });

  it('allows any year of this century where a register names no year and its rows show none', () => {
    const yearless = registerOf({ year: null, fields: ['receivedDate'], rows: [['2026-03-05']] });
    expect(planValidations(yearless, DEFAULT_RULE_SETTINGS).rules[0].between).toEqual([{ year: 2000, month: 1, day: 1 }, { year: 2099, month: 12, day: 31 }]);
  });

  it('sets nothing on a sheet that is no register', () => {
    const none = registerOf({ kind: null, fields: ['receivedDate'], rows: [['2026-03-05']] });
    expect(planValidations(none, DEFAULT_RULE_SETTINGS)).toEqual({ sheet: '收文登记', rules: [], notes: [] });
  });
});

describe('fitListValues', () => {
  it('drops blanks, repeats and values an inline list cannot hold', () => {
    expect(fitListValues([' 特急 ', '加急', '特急', '', 'a,b', '"引号"'])).toEqual(['特急', '加急']);
    expect(fitListValues(['x'.repeat(256)])).toBeNull();
    expect(fitListValues([])).toBeNull();
  });
});
