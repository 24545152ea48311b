import { day } from '../../../../test/helpers/grid';
import { DEFAULT_RULE_SETTINGS } from '../settings/rule-settings';
import { checkWith } from '../testing/check-with';
import { cellsOf, registerOf } from '../testing/register-of';
import { checkCompleteness } from './check-completeness';

const INCOMING = ['serialNo', 'receivedDate', 'sender', 'docNumber', 'title', 'handler', 'deadline'] as const;

describe('checkCompleteness', () => {
  it('flags each empty required entry of an incoming register in its own cell', () => {
    const register = registerOf({
      fields: [...INCOMING],
      rows: [
        [1, day(2026, 3, 5), '市财政局', '市财发〔2026〕3号', '关于下达资金的通知', '财务室', '5个工作日'],
        [2, null, '市财政局', '市财发〔2026〕4号', '关于预算的通知', null, null],
        [3, day(2026, 3, 6), '县委办', '县委办〔2026〕1号', '', null, null],
      ],
    });
    expect(cellsOf(checkWith(checkCompleteness, register), 'completeness.required')).toEqual(['B4', 'E5']);
  });

  it('accepts either the sender or the document number, and flags a row with neither once', () => {
    const register = registerOf({
      fields: [...INCOMING],
      rows: [
        [1, day(2026, 3, 5), null, '市财发〔2026〕3号', '通知一', null, null],
        [2, day(2026, 3, 5), '市财政局', null, '通知二', null, null],
        [3, day(2026, 3, 5), null, '—', '通知三', null, null],
      ],
    });
    const findings = checkWith(checkCompleteness, register);
    expect(cellsOf(findings, 'completeness.required')).toEqual(['C5']);
    expect(findings[0].message.zh).toBe('C5 的来文单位和 D5 的文号都为空');
    expect(findings[0].fix.zh).toContain('请至少填写一项');
  });

  it('asks for a handling unit only where a deadline is set', () => {
    const register = registerOf({
      fields: [...INCOMING],
      rows: [
        [1, day(2026, 3, 5), '市财政局', '市财发〔2026〕3号', '阅件', null, null],
        [2, day(2026, 3, 5), '市财政局', '市财发〔2026〕4号', '办件', null, '5个工作日'],
      ],
    });
    const findings = checkWith(checkCompleteness, register);
    expect(cellsOf(findings, 'completeness.required')).toEqual(['F4']);
    expect(findings[0].message.zh).toBe('已填办理时限（G4），但 F4 的承办单位为空');
  });

  it('skips pre-numbered blank lines that hold nothing but their number', () => {
    const register = registerOf({
      fields: [...INCOMING],
      rows: [
        [1, day(2026, 3, 5), '市财政局', '市财发〔2026〕3号', '通知', null, null],
        [2, null, null, null, null, null, null],
        [3, null, null, null, ' ', null, null],
      ],
    });
    expect(checkWith(checkCompleteness, register)).toEqual([]);
  });

  it('checks supervision and outgoing registers against their own required fields', () => {
    const ledger = registerOf({
      kind: 'supervision',
      sheet: '督办台账',
      fields: ['serialNo', 'matter', 'assignedDate', 'handler'],
      rows: [
        ['DB-1', '推进老旧小区改造', day(2026, 2, 24), '县住建局'],
        ['DB-2', '核实道路损毁问题', null, null],
      ],
    });
    expect(cellsOf(checkWith(checkCompleteness, ledger), 'completeness.required').sort()).toEqual(['C4', 'D4']);
    const outgoing = registerOf({
      kind: 'outgoing',
      sheet: '发文登记',
      fields: ['docNumber', 'issuedDate', 'title', 'signer'],
      rows: [
        ['县政办发〔2026〕1号', day(2026, 1, 8), '关于印发工作要点的通知', null],
        [null, day(2026, 1, 9), '关于春节安全的通知', '王县长'],
      ],
    });
    expect(cellsOf(checkWith(checkCompleteness, outgoing), 'completeness.required')).toEqual(['A4']);
  });

  it('reports a required field with no column once for the register, not on every row', () => {
    const register = registerOf({
      fields: ['serialNo', 'receivedDate', 'sender', 'handler'],
      rows: [
        [1, day(2026, 3, 5), '市财政局', '财务室'],
        [2, day(2026, 3, 6), '县委办', '综合科'],
      ],
    });
    const findings = checkWith(checkCompleteness, register);
    expect(findings.map((f) => [f.rule, f.row, f.field])).toEqual([['completeness.column-missing', null, 'title']]);
    expect(findings[0].message.zh).toBe('工作表“收文登记”中找不到“标题”列，无法检查每行是否已填写');
  });

  it('takes the required set from the settings', () => {
    const register = registerOf({
      fields: [...INCOMING],
      rows: [[1, day(2026, 3, 5), '市财政局', '市财发〔2026〕3号', '通知', null, null]],
    });
    const settings = { ...DEFAULT_RULE_SETTINGS, required: { ...DEFAULT_RULE_SETTINGS.required, incoming: [{ anyOf: ['handler' as const] }] } };
    expect(cellsOf(checkWith(checkCompleteness, register, { settings }), 'completeness.required')).toEqual(['F3']);
  });

  it('checks nothing on a sheet that is not a register', () => {
    const register = registerOf({ kind: null, fields: ['title'], rows: [[null], ['x']] });
    expect(checkWith(checkCompleteness, register)).toEqual([]);
  });
});
