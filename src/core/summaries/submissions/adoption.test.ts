import { DEFAULT_ADOPTION_LEVELS } from '../appraisal/appraisal-scheme';
import { readAdoption } from './adoption';

const levelOf = (text: string | null): string | null | false => {
  const a = readAdoption(text, DEFAULT_ADOPTION_LEVELS);
  return a.adopted ? (a.level?.level ?? null) : false;
};

describe('readAdoption', () => {
  it('reads the level a cell names, the highest when it names several', () => {
    expect(levelOf('县级')).toBe('县级');
    expect(levelOf('市委办《信息快报》采用')).toBe('市级');
    expect(levelOf('省政府办公厅采用')).toBe('省级');
    expect(levelOf('国务院办公厅采用')).toBe('国家级');
    expect(levelOf('市级、省级采用')).toBe('省级');
  });

  it('reads 采用 without a level as adopted at a level not said', () => {
    expect(levelOf('采用')).toBeNull();
    expect(levelOf('是')).toBeNull();
    expect(levelOf('√')).toBeNull();
  });

  it('reads negations as not adopted, even when they name a level', () => {
    expect(levelOf('未采用')).toBe(false);
    expect(levelOf('未被县委采用')).toBe(false);
    expect(levelOf('否')).toBe(false);
    expect(levelOf('')).toBe(false);
    expect(levelOf(null)).toBe(false);
    expect(levelOf('待定')).toBe(false);
  });

  it('uses the levels of the scheme it is given', () => {
    const levels = [{ level: '乡级', words: ['乡', '镇'], points: 0.5 }];
    expect(readAdoption('镇党委采用', levels)).toEqual({ adopted: true, level: levels[0] });
  });
});
