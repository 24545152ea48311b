/**
 * The pane's and the ribbon's own words in the two languages the add-in speaks. Register
 * vocabulary (field names, statuses, problem messages) lives with the engine, not here.
 */
import { zhCN } from './zh-CN';
import { enUS } from './en-US';

export type Locale = 'zh-CN' | 'en-US';

export const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];

/** Every string the shell shows; both languages must give each one. */
export interface UiStrings {
  readonly appName: string;
  readonly tagline: string;
  readonly privacyNote: string;
  readonly highlightOverdue: string;
  readonly clearHighlights: string;
  readonly working: string;
  readonly resultDone: string;
  readonly resultFailed: string;
  /** `{action}` and `{outcome}` are filled in by {@link fillTemplate}. */
  readonly resultTitleFromPane: string;
  readonly resultTitleFromRibbon: string;
  readonly notInExcel: string;
  readonly failurePrefix: string;
  readonly unknownFailure: string;
}

export type UiStringKey = keyof UiStrings;

const STRINGS: Readonly<Record<Locale, UiStrings>> = { 'zh-CN': zhCN, 'en-US': enUS };

/**
 * Chooses the language for an Office UI language tag such as `Office.context.displayLanguage`.
 * Any Chinese (zh-CN, zh-TW, zh-HK…) gets zh-CN, any English gets en-US, anything else zh-CN,
 * the add-in's default locale, as in the manifest.
 * @example pickLocale('en-GB') // 'en-US'
 */
export function pickLocale(displayLanguage: string | null | undefined): Locale {
  const tag = (displayLanguage ?? '').trim().toLowerCase();
  if (tag === 'en' || tag.startsWith('en-')) return 'en-US';
  return 'zh-CN';
}

/**
 * The shell's strings in one language.
 * @example getStrings('zh-CN').highlightOverdue // '标记逾期'
 */
export function getStrings(locale: Locale): UiStrings {
  return STRINGS[locale];
}

/**
 * Fills `{name}` placeholders; a placeholder without a value stays as written, so a missing
 * value shows up instead of vanishing.
 * @example fillTemplate('{action}：{outcome}', { action: '标记逾期', outcome: '完成' }) // '标记逾期：完成'
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? values[name] : whole));
}
