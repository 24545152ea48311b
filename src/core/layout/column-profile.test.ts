import { day } from '../../../test/helpers/grid';
import { profileCells } from './column-profile';
import { fitData } from './data-fit';

describe('profileCells', () => {
  it('sorts cells into dates, document numbers, counts, time limits and text', () => {
    expect(
      profileCells([day(2026, 3, 5), '2026.3.6', '县政办发〔2026〕12号', '市委发[2026]3号', 12, '2026-001', '5个工作日', '3月底前', '已办结', null, '  ', undefined]),
    ).toEqual({ filled: 9, dates: 2, docNumbers: 2, counts: 2, deadlinePhrases: 2, texts: 1, serials: 0 });
  });

  it('counts plain numbers of this century’s serial range apart', () => {
    expect(profileCells([46086, 46087, 3]).serials).toBe(2);
  });
});

describe('fitData', () => {
  const textual = profileCells(['上午', '下午', '上午']);
  const dated = profileCells([day(2026, 3, 5), day(2026, 3, 6), '2026-3-7']);

  it('doubts a date field over cells that hold no dates', () => {
    expect(fitData('date', textual)).toEqual({ factor: 0.3, mismatch: true });
    expect(fitData('date', dated).factor).toBeGreaterThan(1);
  });

  it('doubts a text field over cells that are all dates', () => {
    expect(fitData('text', dated).mismatch).toBe(true);
  });

  it('says nothing on fewer than three filled cells', () => {
    expect(fitData('date', profileCells(['上午']))).toEqual({ factor: 1, mismatch: false });
  });

  it('prefers document numbers in a document-number column and running numbers in a serial one', () => {
    const numbers = profileCells(['县政办发〔2026〕1号', '县政办发〔2026〕2号', '县政办发〔2026〕3号']);
    expect(fitData('docNumber', numbers).factor).toBeGreaterThan(1);
    expect(fitData('serial', numbers).mismatch).toBe(true);
    expect(fitData('docNumber', profileCells([1, 2, 3])).mismatch).toBe(true);
  });
});
