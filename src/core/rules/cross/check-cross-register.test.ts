import { day } from '../../../../test/helpers/grid';
import { checkAcrossRegisters } from '../check-workbook';
import { DEFAULT_RULE_SETTINGS } from '../settings/rule-settings';
import { AS_OF } from '../testing/check-with';
import { registerOf, summarise } from '../testing/register-of';

const options = { asOf: AS_OF, settings: DEFAULT_RULE_SETTINGS };

const incoming = registerOf({
  sheet: '收文登记',
  fields: ['serialNo', 'receivedDate', 'sender', 'docNumber', 'title', 'supervised'],
  rows: [
    [1, day(2026, 1, 6), '市政府办', '市政办发〔2026〕1号', '关于做好元旦春节期间有关工作的通知', '是'],
    [2, day(2026, 2, 3), '市应急局', '市应急〔2026〕8号', '关于开展安全生产大检查的通知', '√'],
    [3, day(2026, 3, 5), '县自然资源局', '县自然资发[2026]15号', '关于耕地保护督察整改的函', 'Y'],
    [4, day(2026, 4, 10), '市信访局', '市信访〔2026〕20号', '关于转送群众来信的函', '是'],
    [5, day(2026, 5, 6), '县发改局', '县发改〔2026〕27号', '关于征求规划意见的函', '否'],
    [6, day(2026, 6, 2), '省政府办公厅', '省政办明电〔2026〕9号', '关于切实做好防汛救灾工作的紧急通知', '是'],
  ],
});

const outgoing = registerOf({
  kind: 'outgoing',
  sheet: '发文登记',
  fields: ['docNumber', 'issuedDate', 'title'],
  rows: [['县政办发〔2026〕3号', day(2026, 2, 26), '关于调整安委会组成人员的通知']],
});

const ledger = registerOf({
  kind: 'supervision',
  sheet: '督办台账',
  fields: ['serialNo', 'source', 'matter', 'assignedDate', 'docNumber'],
  rows: [
    ['DB-1', '文件', '落实市政办发〔2026〕1号文件要求', day(2026, 1, 8), null],
    ['DB-2', '文件', '开展安全生产大检查', day(2026, 2, 4), '市应急[2026]8号'],
    ['DB-3', '领导批示', '落实《关于耕地保护督察整改的函》', day(2026, 3, 6), null],
    ['DB-4', '文件', '关于切实做好防汛救灾工作的紧急通知', day(2026, 6, 3), null],
    ['DB-5', '文件', '落实市政办发〔2026〕9号文件要求', day(2026, 7, 1), null],
    ['DB-6', '文件', '执行县政办发〔2026〕3号通知', day(2026, 7, 2), '县财发〔2026〕77号'],
  ],
});

describe('checkAcrossRegisters', () => {
  it('flags a document marked for supervision that no ledger item takes up, matching by number, citation or title', () => {
    const findings = checkAcrossRegisters([incoming, outgoing, ledger], options).filter((f) => f.rule === 'cross.supervision-missing');
    expect(summarise(findings)).toEqual(['cross.supervision-missing F6']);
    expect(findings[0].message.zh).toBe('F6 的是否督办为“是”，但督办台账“督办台账”中找不到这份文件（市信访〔2026〕20号《关于转送群众来信的函》）');
  });

  it('flags ledger items citing a number neither register holds (账外文), in the cell that cites it', () => {
    const findings = checkAcrossRegisters([incoming, outgoing, ledger], options).filter((f) => f.rule === 'cross.off-register');
    expect(summarise(findings)).toEqual(['cross.off-register C7', 'cross.off-register E8']);
    expect(findings[1].message.zh).toBe('E8 的文号引用的文件“县财发〔2026〕77号”在收文、发文登记簿中都找不到，可能是账外文');
  });

  it('checks a link only when the register on its other end is in the workbook', () => {
    expect(checkAcrossRegisters([incoming, outgoing], options)).toEqual([]);
    expect(checkAcrossRegisters([ledger, outgoing], options)).toEqual([]);
  });
});
