/** The whole path a host drives: grid → layout → records → findings, on registers as clerks lay them out. */
import { day, gridOf } from '../../../test/helpers/grid';
import { detectLayout } from '../layout/detect-layout';
import { readRecords } from '../records/read-records';
import type { Grid } from '../types';
import { checkWorkbook } from './check-workbook';
import { proposeFixes } from './fixes/propose-fixes';
import { DEFAULT_RULE_SETTINGS } from './settings/rule-settings';
import { AS_OF } from './testing/check-with';
import { summarise } from './testing/register-of';

const incomingGrid: Grid = gridOf(
  '收文登记',
  [
    ['2026年收文登记簿'],
    ['收文编号', '收文日期', '来文单位', '文号', '文件标题', '密级', '紧急程度', '承办科室', '办理时限', '办结日期', '办理结果', '是否督办', '份号'],
    [1, day(2026, 1, 6), '市人民政府办公室', '市政办发〔2026〕1号', '关于做好元旦春节期间有关工作的通知', '普通', '加急', '综合科', '5个工作日', day(2026, 1, 9), '已办结', '是', null],
    [2, '2026.1.12', '县财政局', '县财发[2026]3号', '关于下达补助资金的通知', '普通', '急件', '财务室', null, null, '已阅', '否', null],
    [3, '2026年2月3日', '市应急管理局', '市应急〔2026〕8号', '关于开展安全生产大检查的通知', '秘密★1年', '特急', '应急办', day(2026, 2, 6), day(2026, 2, 5), '已办结', '否', null],
    [null, null, null, null, null, null, null, null, null, null, null, null, null],
    [3, '3月32日', '县委组织部', '县组通〔2026〕11号', '关于报送干部考核材料的通知', '普通', '加急', '人事科', '10日内', null, '办理中', '否', null],
    ['小计', null, null, null, '共4件', null, null, null, null, null, null, null, null],
  ],
  { merges: ['A1:M1'] },
);

const ledgerGrid: Grid = gridOf(
  '督查督办台账',
  [
    ['督查督办台账'],
    ['督办编号', '事项来源', '督办事项', '批示领导', '交办日期', '类别', '承办单位', '办理时限', '办理情况', null],
    [null, null, null, null, null, null, null, null, '办结日期', '办理结果'],
    ['DB2026-01', '文件', '落实市政办发〔2026〕1号文件要求', '张书记', day(2026, 1, 8), '查办件', '县政府办', '10个工作日', day(2026, 1, 20), '已办结'],
    ['DB2026-02', '文件', '落实市政办发〔2026〕9号文件要求', '王县长', day(2026, 3, 2), '急办件', null, '3个工作日', null, '推进中'],
  ],
  { merges: ['A1:J1', 'I2:J2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:F3', 'G2:G3', 'H2:H3'] },
);

function readRegister(grid: Grid) {
  return readRecords(detectLayout(grid), grid);
}

describe('checking registers read from grids', () => {
  const incoming = readRegister(incomingGrid);
  const ledger = readRegister(ledgerGrid);
  const findings = checkWorkbook([incoming, ledger], { asOf: AS_OF, settings: DEFAULT_RULE_SETTINGS });

  it('reads the layouts the rules expect', () => {
    expect(incoming.layout).toMatchObject({ kind: 'incoming', year: 2026 });
    expect(ledger.layout.kind).toBe('supervision');
    expect(incoming.records.map((r) => r.row)).toEqual([3, 4, 5, 7]);
  });

  it('finds every planted fault in the cell it sits in, register by register, and nothing in the clean rows', () => {
    expect(summarise(findings)).toEqual([
      'date.as-text B4',
      'doc-number.brackets D4',
      'urgency.invalid G4',
      'date.as-text B5',
      'classified.copy-number M5',
      'duplicate.serial A7',
      'date.unreadable B7',
      'cross.off-register C5',
      'completeness.required G5',
    ]);
    expect(findings.map((f) => f.sheet)).toEqual([...Array(7).fill('收文登记'), '督查督办台账', '督查督办台账']);
  });

  it('names the cell and the clerk’s own header in plain Chinese', () => {
    const messages = findings.map((f) => f.message.zh);
    expect(messages).toContain('G4 的紧急程度“急件”不是规范写法');
    expect(messages).toContain('A7 的收文编号“3”与 A5 重复');
    expect(messages).toContain('C5 的督办事项引用的文件“市政办发〔2026〕9号”在收文、发文登记簿中都找不到，可能是账外文');
  });

  it('proposes the safe fixes of the records it read', () => {
    const proposals = proposeFixes(incoming, findings, ['date.as-text', 'doc-number.brackets', 'urgency.invalid']);
    expect(proposals.map((p) => [`${p.cell.row}:${p.cell.col}`, p.after])).toEqual([
      ['4:1', { day: { year: 2026, month: 1, day: 12 } }],
      ['4:3', '县财发〔2026〕3号'],
      ['4:6', '加急'],
      ['5:1', { day: { year: 2026, month: 2, day: 3 } }],
    ]);
  });
});
