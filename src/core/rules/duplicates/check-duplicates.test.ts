import { day } from '../../../../test/helpers/grid';
import { checkWith } from '../testing/check-with';
import { cellsOf, registerOf, summarise } from '../testing/register-of';
import { checkDuplicateDocuments } from './check-duplicate-documents';
import { checkDuplicateSerials, foldSerial } from './check-duplicate-serials';

const FIELDS = ['serialNo', 'receivedDate', 'sender', 'docNumber', 'title'] as const;

describe('checkDuplicateSerials', () => {
  it('flags a serial used twice in one year and names the first row', () => {
    const register = registerOf({
      fields: [...FIELDS],
      rows: [
        [11, day(2026, 3, 1), 'a', null, 't'],
        [12, day(2026, 3, 2), 'b', null, 't'],
        ['012', day(2026, 3, 3), 'c', null, 't'],
        [13, day(2026, 3, 4), 'd', null, 't'],
      ],
    });
    const findings = checkWith(checkDuplicateSerials, register);
    expect(summarise(findings)).toEqual(['duplicate.serial A5']);
    expect(findings[0].related).toEqual([{ sheet: '收文登记', row: 4, col: 0 }]);
    expect(findings[0].message.zh).toBe('A5 的顺序号“012”与 A4 重复');
  });

  it('lets numbering restart in a new year within one sheet, carrying the year to undated rows', () => {
    const register = registerOf({
      year: null,
      fields: [...FIELDS],
      rows: [
        [1, day(2025, 12, 1), 'a', null, 't'],
        [2, null, 'b', null, 't'],
        [1, day(2026, 1, 5), 'c', null, 't'],
        [2, null, 'd', null, 't'],
        [2, day(2026, 1, 6), 'e', null, 't'],
      ],
    });
    expect(cellsOf(checkWith(checkDuplicateSerials, register), 'duplicate.serial')).toEqual(['A7']);
  });

  it('folds widths and zeros but keeps different codes apart', () => {
    expect(foldSerial('００１２')).toBe('12');
    expect(foldSerial('DB2026-01')).not.toBe(foldSerial('DB2026-10'));
  });
});

describe('checkDuplicateDocuments', () => {
  it('flags the same sender and number registered twice, however the number was typed', () => {
    const register = registerOf({
      fields: [...FIELDS],
      rows: [
        [1, day(2026, 3, 1), '市财政局', '市财发〔2026〕3号', '关于下达资金的通知'],
        [2, day(2026, 3, 2), '市教育局', '市财发〔2026〕3号', '同号不同单位'],
        [3, day(2026, 3, 9), '市财政局', '市财发[2026]03号', '关于下达资金的通知'],
        [4, day(2026, 3, 9), '县信访局', '无', '来信一'],
        [5, day(2026, 3, 9), '县信访局', '无', '来信二'],
      ],
    });
    const findings = checkWith(checkDuplicateDocuments, register);
    expect(summarise(findings)).toEqual(['duplicate.document D5']);
    expect(findings[0].related).toEqual([{ sheet: '收文登记', row: 3, col: 3 }]);
    expect(findings[0].message.zh).toBe('D5 登记的“市财政局”的“市财发[2026]03号”与 D3 是同一份文件，重复登记');
  });

  it('tells numbers in non-standard forms apart by their text, and keeps two senders apart', () => {
    const register = registerOf({
      fields: [...FIELDS],
      rows: [
        [1, day(2026, 3, 1), '县信访局', '信访件2026-15', '来信一'],
        [2, day(2026, 3, 2), '县信访局', '信访件2026-16', '来信二'],
        [3, day(2026, 3, 3), '县信访局', '信访件 2026-15', '来信一'],
        [4, day(2026, 3, 4), '市信访局', '信访件2026-15', '来信三'],
      ],
    });
    expect(summarise(checkWith(checkDuplicateDocuments, register))).toEqual(['duplicate.document D5']);
  });

  it('is not checked in a supervision ledger, where items may cite one document', () => {
    const register = registerOf({
      kind: 'supervision',
      fields: ['serialNo', 'docNumber'],
      rows: [['DB-1', '市政办发〔2026〕1号'], ['DB-2', '市政办发〔2026〕1号']],
    });
    expect(checkWith(checkDuplicateDocuments, register)).toEqual([]);
  });
});
