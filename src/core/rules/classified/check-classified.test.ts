import { day } from '../../../../test/helpers/grid';
import { checkWith } from '../testing/check-with';
import { registerOf, summarise } from '../testing/register-of';
import { checkClassified } from './check-classified';

const FIELDS = ['serialNo', 'receivedDate', 'title', 'classification', 'copyNo', 'returnedDate', 'remarks'] as const;

describe('checkClassified', () => {
  it('flags a classified document without a copy number; ordinary ones need none', () => {
    const register = registerOf({
      fields: [...FIELDS],
      rows: [
        [1, day(2026, 3, 5), '干部考核材料', '秘密★1年', null, null, null],
        [2, day(2026, 3, 6), '普通通知', '普通', null, null, null],
        [3, day(2026, 3, 7), '人事安排', '机密', '000123', null, null],
      ],
    });
    const findings = checkWith(checkClassified, register);
    expect(summarise(findings)).toEqual(['classified.copy-number E3']);
    expect(findings[0].message.zh).toBe('E3 的份号为空，而这份文件的密级是“秘密★1年”');
  });

  it('accepts a copy number noted in the remarks when the register has no 份号 column', () => {
    const register = registerOf({
      fields: ['serialNo', 'receivedDate', 'classification', 'remarks'],
      rows: [
        [1, day(2026, 3, 5), '秘密★1年', '份号003'],
        [2, day(2026, 3, 5), '秘密', '阅后收回'],
      ],
    });
    expect(summarise(checkWith(checkClassified, register))).toEqual(['classified.copy-number C4']);
  });

  it('flags classified documents of a finished year not yet returned, as of the as-of day', () => {
    const register = registerOf({
      year: null,
      fields: [...FIELDS],
      rows: [
        [1, day(2025, 6, 5), '去年的秘密件', '秘密', '000001', null, null],
        [2, day(2025, 6, 6), '已清退的', '机密', '000002', day(2026, 1, 8), null],
        [3, day(2025, 6, 7), '备注写了清退', '秘密', '000003', null, '已清退'],
        [4, day(2026, 6, 7), '今年的秘密件', '秘密', '000004', null, null],
        [5, day(2025, 6, 8), '去年的普通件', '普通', null, null, null],
      ],
    });
    const findings = checkWith(checkClassified, register);
    expect(summarise(findings)).toEqual(['classified.not-returned F3']);
    expect(findings[0].message.zh).toBe('F3：2025年收到的“秘密”文件（“去年的秘密件”）年度已结束，尚未登记清退或收回日期');
  });

  it('does not ask an outgoing register for returns, nor for copy numbers it keeps no column for', () => {
    const register = registerOf({
      kind: 'outgoing',
      fields: ['docNumber', 'issuedDate', 'classification'],
      rows: [['县政办发〔2025〕1号', day(2025, 3, 5), '秘密']],
    });
    expect(checkWith(checkClassified, register)).toEqual([]);
  });
});
