/**
 * The pane follows Office's theme: Fluent's dark theme when Office shows a dark background
 * (Office.context.officeTheme, absent in Excel on the web and outside Office), else the light one.
 */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** The part of `Office.OfficeTheme` the pane reads. */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor?: string;
}

/** Relative luminance (0 black … 1 white) of `#RRGGBB`, or null for anything else. */
function luminanceOf(color: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * @example pickFluentTheme({ bodyBackgroundColor: '#262626' }) === webDarkTheme // true
 */
export function pickFluentTheme(office: OfficeThemeColors | null | undefined): Theme {
  const luminance = office?.bodyBackgroundColor ? luminanceOf(office.bodyBackgroundColor) : null;
  return luminance !== null && luminance < 0.2 ? webDarkTheme : webLightTheme;
}
