import { DEFAULT_RULE_SETTINGS } from '../settings/rule-settings';
import { checkWith } from '../testing/check-with';
import { cellsOf, registerOf } from '../testing/register-of';
import { checkClassification, isClassifiedLevel } from './check-classification';
import { checkUrgency } from './check-urgency';

describe('checkClassification', () => {
  it('accepts the three levels, a 保密期限 after ★, the declared ordinary values and empty cells', () => {
    const values = ['绝密', '机密', '秘密', '秘密★1年', '机密★10年', '绝密★长期', '秘密★6个月', '非密', '公开', '内部', '普通', '明文', '无', null, ' 秘 密 ', '機密'];
    const register = registerOf({ fields: ['serialNo', 'classification'], rows: values.map((v, i) => [i + 1, v]) });
    expect(checkWith(checkClassification, register)).toEqual([]);
  });

  it('flags non-standard values and offers the synonym’s standard form', () => {
    const register = registerOf({
      fields: ['serialNo', 'classification'],
      rows: [
        [1, '秘密级'],
        [2, '保密'],
        [3, '★秘密'],
        [4, '一般'],
      ],
    });
    const findings = checkWith(checkClassification, register);
    expect(cellsOf(findings, 'classification.invalid')).toEqual(['B3', 'B4', 'B5', 'B6']);
    expect(findings[0].message.zh).toBe('B3 的密级“秘密级”不是规范写法');
    expect(findings[0].fix.zh).toBe('请改为“秘密”（可一键修正）');
    expect(findings[1].fix.zh).toContain('涉密文件写 绝密、机密 或 秘密');
  });

  it('accepts an office’s own ordinary value once declared', () => {
    const register = registerOf({ fields: ['serialNo', 'classification'], rows: [[1, '一般']] });
    const settings = { ...DEFAULT_RULE_SETTINGS, ordinaryClassifications: ['一般'] };
    expect(checkWith(checkClassification, register, { settings })).toEqual([]);
  });

  it('recognises a classified level with or without its period', () => {
    expect(['秘密', '机密★10年', '绝密★长期'].every((t) => isClassifiedLevel(t))).toBe(true);
    expect(['非密', '秘密级', '涉密', ''].some((t) => isClassifiedLevel(t))).toBe(false);
  });
});

describe('checkUrgency', () => {
  it('accepts the standard grades, the ordinary values and empty cells', () => {
    const values = ['特急', '加急', '特提', '平急', '普通', '平件', '一般', null, ' 加急 '];
    const register = registerOf({ fields: ['serialNo', 'urgency'], rows: values.map((v, i) => [i + 1, v]) });
    expect(checkWith(checkUrgency, register)).toEqual([]);
  });

  it('flags other values and offers 加急 for 急件', () => {
    const register = registerOf({ fields: ['serialNo', 'urgency'], rows: [[1, '急件'], [2, '很急'], [3, '紧急']] });
    const findings = checkWith(checkUrgency, register);
    expect(cellsOf(findings, 'urgency.invalid')).toEqual(['B3', 'B4', 'B5']);
    expect(findings[0].fix.zh).toBe('请改为“加急”（可一键修正）');
    expect(findings[1].fix.zh).toContain('紧急文件写 特急 或 加急');
  });

  it('lets a supervision ledger use its own grades (紧急, 中等, 不需回复)', () => {
    const register = registerOf({
      kind: 'supervision',
      fields: ['serialNo', 'urgency'],
      rows: [['DB-1', '紧急'], ['DB-2', '中等'], ['DB-3', '不需回复'], ['DB-4', '急件']],
    });
    const findings = checkWith(checkUrgency, register);
    expect(cellsOf(findings, 'urgency.invalid')).toEqual(['B6']);
    expect(checkWith(checkUrgency, registerOf({ kind: 'supervision', fields: ['serialNo', 'urgency'], rows: [['DB-5', '很急']] }))[0].fix.zh).toContain(
      '本台账还可写 紧急、中等、一般、不需回复',
    );
  });
});
