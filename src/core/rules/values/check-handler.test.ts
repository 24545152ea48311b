import { DEFAULT_RULE_SETTINGS } from '../settings/rule-settings';
import { checkWith } from '../testing/check-with';
import { cellsOf, registerOf } from '../testing/register-of';
import { findClosestName, measureEditDistance } from './closest-name';
import { checkFullWidthNumbers } from './check-full-width-numbers';
import { checkHandler } from './check-handler';

const UNITS = ['县财政局', '县民政局', '县住建局', '县交通运输局', '综合科'];
const settings = { ...DEFAULT_RULE_SETTINGS, handlers: UNITS };

describe('checkHandler', () => {
  it('checks nothing while the settings keep no list of units', () => {
    const register = registerOf({ fields: ['serialNo', 'handler'], rows: [[1, '随便写的单位']] });
    expect(checkWith(checkHandler, register)).toEqual([]);
  });

  it('flags names outside the list and suggests the closest listed unit', () => {
    const register = registerOf({
      fields: ['serialNo', 'handler'],
      rows: [
        [1, '县财政局'],
        [2, '县财正局'],
        [3, '住建局'],
        [4, ' 县民政局 '],
        [5, '县财政局、县交通运输局'],
        [6, '县财政局、县交通局'],
        [7, '县农业农村局'],
      ],
    });
    const findings = checkWith(checkHandler, register, { settings });
    expect(cellsOf(findings, 'handler.unknown')).toEqual(['B4', 'B5', 'B8', 'B9']);
    expect(findings[0].message.zh).toBe('B4 的承办单位“县财正局”不在本单位的承办单位名单中');
    expect(findings[0].fix.zh).toBe('“县财正局”可能是“县财政局”，请按名单写法填写');
    expect(findings[1].fix.zh).toBe('“住建局”可能是“县住建局”，请按名单写法填写');
    expect(findings[2].message.zh).toBe('B8 的承办单位中的“县交通局”不在本单位的承办单位名单中');
    expect(findings[3].fix.zh).toContain('新单位请先加入名单');
  });
});

describe('findClosestName', () => {
  it('measures edits by character', () => {
    expect(measureEditDistance('县财正局', '县财政局')).toBe(1);
    expect(measureEditDistance('', '综合科')).toBe(3);
  });

  it('gives no suggestion when two listed names are equally close or none is close', () => {
    expect(findClosestName('县X政局', ['县财政局', '县民政局'])).toBeNull();
    expect(findClosestName('县农业农村局', UNITS)).toBeNull();
  });
});

describe('checkFullWidthNumbers', () => {
  it('flags full-width digits in serial, copies and copy-number cells, not half-width ones', () => {
    const register = registerOf({
      fields: ['serialNo', 'copies', 'copyNo', 'title'],
      rows: [
        ['１２', 2, '000123', '２０２６年工作要点'],
        [13, '３', '０００１２４', '通知'],
      ],
    });
    const findings = checkWith(checkFullWidthNumbers, register);
    expect(cellsOf(findings, 'value.full-width-digits')).toEqual(['A3', 'B4', 'C4']);
    expect(findings[2].fix.zh).toBe('请改为半角数字“000124”（可一键修正）');
  });
});
