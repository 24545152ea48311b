import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { pickFluentTheme } from './office-theme';

describe('pickFluentTheme', () => {
  it('takes the dark theme when Office shows a dark background', () => {
    expect(pickFluentTheme({ bodyBackgroundColor: '#262626' })).toBe(webDarkTheme);
    expect(pickFluentTheme({ bodyBackgroundColor: '000000' })).toBe(webDarkTheme);
  });

  it('keeps the light theme for light and coloured backgrounds, and where Office says nothing', () => {
    expect(pickFluentTheme({ bodyBackgroundColor: '#FFFFFF' })).toBe(webLightTheme);
    expect(pickFluentTheme({ bodyBackgroundColor: '#E6E6E6' })).toBe(webLightTheme);
    expect(pickFluentTheme({ bodyBackgroundColor: 'not a colour' })).toBe(webLightTheme);
    expect(pickFluentTheme(undefined)).toBe(webLightTheme);
  });
});
