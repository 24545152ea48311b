import { DEFAULT_DEADLINE_SETTINGS } from '../deadlines/deadline-settings';
import { readFinishedText } from './finished-text';

const read = (text: string) => readFinishedText(text, DEFAULT_DEADLINE_SETTINGS.finishedWords, DEFAULT_DEADLINE_SETTINGS.unfinishedWords);

describe('reading whether a result says finished', () => {
  it.each(['办结', '已办结', '已完成', '完成', '已答复', '已归档', '已落实', '已办理', '已辦結', '已办结，未发现问题', '按期办结'])(
    '"%s" is finished',
    (text) => expect(read(text)).toBe('finished'),
  );

  it.each(['未办结', '未完成', '正在办理', '办理中', '推进中', '没有完成', '尚未办结', '待办结', '未按期办结', '不能按期完成', '无法办结', '部分完成', '已报县长，正在办理'])(
    '"%s" is not finished: negations win',
    (text) => expect(read(text)).toBe('unfinished'),
  );

  it.each(['', '   ', '已转交财政局', '请领导阅示'])('"%s" says nothing either way', (text) => {
    expect(read(text)).toBe('unknown');
  });

  it('reads the office’s own words', () => {
    expect(readFinishedText('已销号', ['销号'], [])).toBe('finished');
    expect(readFinishedText('已销号', [], [])).toBe('unknown');
  });

  it('reads non-text cells without failing', () => {
    expect(readFinishedText(null, ['办结'], [])).toBe('unknown');
    expect(readFinishedText(true, ['办结'], [])).toBe('unknown');
  });
});
