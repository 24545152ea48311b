import { listTraditionalPairs, toSimplified, TRADITIONAL_TABLE_SIZE } from './trad-to-simp';

describe('toSimplified', () => {
  it('simplifies the traditional headers clerks write', () => {
    expect(toSimplified('收文編號')).toBe('收文编号');
    expect(toSimplified('來文單位')).toBe('来文单位');
    expect(toSimplified('文件標題')).toBe('文件标题');
    expect(toSimplified('辦理結果')).toBe('办理结果');
    expect(toSimplified('督導領導批示內容')).toBe('督导领导批示内容');
    expect(toSimplified('類別 緊急程度 備註 簽發 辦理時限 辦結時間')).toBe('类别 紧急程度 备注 签发 办理时限 办结时间');
  });

  it('reads the traditional-script seed text as simplified office vocabulary', () => {
    expect(toSimplified('辦公室工作無法量化，難以統一考覈標準')).toBe('办公室工作无法量化，难以统一考核标准');
    expect(toSimplified('很多鄉鎮都是採取紙質登記表收文')).toBe('很多乡镇都是采取纸质登记表收文');
  });

  it('leaves simplified text, digits and Latin letters unchanged', () => {
    const text = '2026年收文登记簿 ABC';
    expect(toSimplified(text)).toBe(text);
  });

  it('keeps a table of a few hundred characters, each mapped to a different single character', () => {
    expect(TRADITIONAL_TABLE_SIZE).toBeGreaterThanOrEqual(300);
    for (const [traditional, simplified] of listTraditionalPairs()) {
      expect(traditional).toHaveLength(1);
      expect(simplified).toHaveLength(1);
      expect(simplified).not.toBe(traditional);
    }
  });

  it('maps no simplified character onward: simplifying twice changes nothing more', () => {
    for (const [, simplified] of listTraditionalPairs()) {
      expect(toSimplified(simplified)).toBe(simplified);
    }
  });
});
