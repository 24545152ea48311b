import { LOCALES, STRING_AREAS, fillTemplate, getStrings, pickLocale, type UiStringKey } from './index';

const CJK = /[\u4e00-\u9fff]/;

describe('pickLocale', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['ZH-hk', 'zh-CN'],
    ['en-US', 'en-US'],
    ['en-GB', 'en-US'],
    ['en', 'en-US'],
  ] as const)('reads %s as %s', (tag, locale) => {
    expect(pickLocale(tag)).toBe(locale);
  });

  it('falls back to zh-CN, the default locale of the manifest, for other or missing languages', () => {
    expect(pickLocale('fr-FR')).toBe('zh-CN');
    expect(pickLocale('')).toBe('zh-CN');
    expect(pickLocale(undefined)).toBe('zh-CN');
    expect(pickLocale(null)).toBe('zh-CN');
  });

  it('does not take a language that merely starts with the letters "en" for English', () => {
    expect(pickLocale('eng-x')).toBe('zh-CN');
  });
});

describe('the string tables', () => {
  const keysOf = (locale: (typeof LOCALES)[number]): UiStringKey[] => Object.keys(getStrings(locale)).sort() as UiStringKey[];

  it('give the same keys in both languages, none of them empty', () => {
    expect(keysOf('en-US')).toEqual(keysOf('zh-CN'));
    for (const locale of LOCALES) {
      for (const key of keysOf(locale)) expect(getStrings(locale)[key].trim()).not.toBe('');
    }
  });

  it('are Chinese in zh-CN and free of Chinese in en-US', () => {
    for (const key of keysOf('zh-CN')) {
      const zh = getStrings('zh-CN')[key];
      if (!zh.startsWith('{')) expect({ key, chinese: CJK.test(zh) }).toEqual({ key, chinese: true });
      expect({ key, chinese: CJK.test(getStrings('en-US')[key]) }).toEqual({ key, chinese: false });
    }
  });

  it('define every key in one area only, so that no area silently overrides another', () => {
    const owners = new Map<string, number>();
    const shared: string[] = [];
    STRING_AREAS.forEach((area, index) => {
      expect(Object.keys(area['en-US']).sort()).toEqual(Object.keys(area['zh-CN']).sort());
      for (const key of Object.keys(area['zh-CN'])) {
        if (owners.has(key)) shared.push(key);
        owners.set(key, index);
      }
    });
    expect(shared).toEqual([]);
  });

  it('keep the same placeholders in both languages', () => {
    const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of keysOf('zh-CN')) {
      expect({ key, names: placeholders(getStrings('en-US')[key]) }).toEqual({ key, names: placeholders(getStrings('zh-CN')[key]) });
    }
  });

  it('use the ribbon labels of the manifest for the two actions', () => {
    expect([getStrings('zh-CN').highlightOverdue, getStrings('zh-CN').clearHighlights]).toEqual(['标记逾期', '清除标记']);
    expect([getStrings('en-US').highlightOverdue, getStrings('en-US').clearHighlights]).toEqual(['Mark overdue', 'Clear marks']);
  });
});

describe('fillTemplate', () => {
  it('fills numbers as well as text', () => {
    expect(fillTemplate('{count} 条', { count: 20 })).toBe('20 条');
  });

  it('fills every placeholder it has a value for', () => {
    expect(fillTemplate('{action}：{outcome}', { action: '标记逾期', outcome: '完成' })).toBe('标记逾期：完成');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(fillTemplate('{action}: {outcome}', { action: 'Mark overdue' })).toBe('Mark overdue: {outcome}');
  });

  it('does not treat inherited object members as values', () => {
    expect(fillTemplate('{constructor}', {})).toBe('{constructor}');
  });
});
