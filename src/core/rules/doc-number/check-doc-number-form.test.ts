import { day } from '../../../../test/helpers/grid';
import { checkWith } from '../testing/check-with';
import { cellsOf, registerOf, summarise } from '../testing/register-of';
import { checkDocNumberForm } from './check-doc-number-form';

const INCOMING = ['serialNo', 'receivedDate', 'sender', 'docNumber'] as const;
const OUTGOING = ['docNumber', 'issuedDate', 'title'] as const;

describe('checkDocNumberForm', () => {
  it('flags each planted flaw under its own code and leaves standard look-alikes alone', () => {
    const register = registerOf({
      fields: [...INCOMING],
      rows: [
        [1, day(2026, 3, 5), '县自然资源局', '县自然资发[2026]15号'],
        [2, day(2026, 3, 5), '县委办', '县委办〔26〕7号'],
        [3, day(2026, 3, 5), '县财政局', '县财发〔2026〕012号'],
        [4, day(2026, 3, 5), '县民政局', '县民发〔2026〕第3号'],
        [5, day(2026, 3, 5), '县教育局', '县教发〔2026〕8'],
        [6, day(2026, 3, 5), '县卫健局', '县卫健〔２０２６〕４１号'],
        [7, day(2026, 3, 5), '市政府办', '市政办发〔2026〕1号'],
        [8, day(2026, 3, 5), '国务院办公厅', '国办发〔2025〕10号'],
        [9, day(2026, 3, 5), '县信访局', '无'],
        [10, day(2026, 3, 5), '县人社局', '县人社〔2026〕10号'],
      ],
    });
    expect(summarise(checkWith(checkDocNumberForm, register))).toEqual([
      'doc-number.brackets D3',
      'doc-number.two-digit-year D4',
      'doc-number.leading-zero D5',
      'doc-number.ordinal D6',
      'doc-number.missing-hao D7',
      'doc-number.full-width-digits D8',
    ]);
  });

  it('says what is wrong and shows the right form', () => {
    const register = registerOf({ fields: [...INCOMING], rows: [[1, day(2026, 3, 5), '县自然资源局', '县自然资发[2026]15号']] });
    const [finding] = checkWith(checkDocNumberForm, register);
    expect(finding.message.zh).toBe('D3 的文号“县自然资发[2026]15号”年份没有用六角括号〔 〕');
    expect(finding.fix.zh).toBe('请写成 县自然资发〔2026〕15号');
    expect(finding.message.en).toContain('D3');
  });

  it('flags an outgoing number whose year differs from its issued date', () => {
    const register = registerOf({
      kind: 'outgoing',
      fields: [...OUTGOING],
      rows: [
        ['县政办发〔2025〕12号', day(2026, 3, 5), '通知'],
        ['县政办发〔2026〕13号', day(2026, 3, 5), '通知'],
        ['县政办发〔26〕14号', day(2026, 3, 6), '通知'],
      ],
    });
    const findings = checkWith(checkDocNumberForm, register);
    expect(summarise(findings)).toEqual(['doc-number.year-mismatch A3', 'doc-number.two-digit-year A5']);
    expect(findings[0].message.zh).toBe('A3 的文号“县政办发〔2025〕12号”年份是 2025，而 B3 的发文日期在 2026 年');
  });

  it('lets an incoming document be older than its receipt but never newer', () => {
    const register = registerOf({
      fields: [...INCOMING],
      rows: [
        [1, day(2026, 1, 6), '市政府办', '市政办发〔2025〕88号'],
        [2, day(2026, 1, 6), '市政府办', '市政办发〔2027〕1号'],
      ],
    });
    expect(cellsOf(checkWith(checkDocNumberForm, register), 'doc-number.year-mismatch')).toEqual(['D4']);
  });

  it('reports text that is no document number only in outgoing registers', () => {
    const incoming = registerOf({ fields: [...INCOMING], rows: [[1, day(2026, 3, 5), '县信访局', '信访件2026-15']] });
    expect(checkWith(checkDocNumberForm, incoming)).toEqual([]);
    const outgoing = registerOf({ kind: 'outgoing', fields: [...OUTGOING], rows: [['2026-15', day(2026, 3, 5), '通知']] });
    const findings = checkWith(checkDocNumberForm, outgoing);
    expect(cellsOf(findings, 'doc-number.malformed')).toEqual(['A3']);
    expect(findings[0].fix.zh).toBe('请写成“机关代字〔四位年份〕顺序号号”，如 县政办发〔2026〕12号');
  });

  it('does not show a two-digit year it cannot complete as the right form', () => {
    const register = registerOf({ kind: 'outgoing', fields: [...OUTGOING], rows: [['县政办发[25]3号', day(2026, 3, 5), '通知']] });
    const findings = checkWith(checkDocNumberForm, register);
    expect(findings.find((f) => f.rule === 'doc-number.brackets')?.fix.zh).toBe(
      '请写成“机关代字〔四位年份〕顺序号号”，如 县政办发〔2026〕12号',
    );
  });
});
