/**
 * The pane's and the ribbon's own words in the two languages the add-in speaks, one file per area
 * of the pane (areas/), both languages side by side. Register vocabulary (field names, statuses,
 * problem messages) lives with the engine, not here.
 */
import type { Locale } from './locale';
import { FRAME_STRINGS, type FrameStrings } from './areas/frame';
import { HOLIDAY_STRINGS, type HolidayStrings } from './areas/holidays';
import { MAPPING_STRINGS, type MappingStrings } from './areas/mapping';
import { OVERDUE_STRINGS, type OverdueStrings } from './areas/overdue';
import { REGISTER_STRINGS, type RegisterStrings } from './areas/registers';
import { SETTINGS_STRINGS, type SettingsStrings } from './areas/settings';
import { SHELL_STRINGS, type ShellStrings } from './areas/shell';
import { SUMMARIES_STRINGS, type SummariesStrings } from './areas/summaries';
import { VALIDATION_STRINGS, type ValidationStrings } from './areas/validation';

export { LOCALES, type Locale } from './locale';

/** Every string the shell and the pane show; both languages must give each one. */
export type UiStrings = ShellStrings & FrameStrings & RegisterStrings & OverdueStrings & MappingStrings & SettingsStrings & HolidayStrings & ValidationStrings & SummariesStrings;

export type UiStringKey = keyof UiStrings;

/** Every area's strings; no two areas may define the same key (i18n.test.ts checks). */
export const STRING_AREAS = [SHELL_STRINGS, FRAME_STRINGS, REGISTER_STRINGS, OVERDUE_STRINGS, MAPPING_STRINGS, SETTINGS_STRINGS, HOLIDAY_STRINGS, VALIDATION_STRINGS, SUMMARIES_STRINGS] as const;

function collect(locale: Locale): UiStrings {
  return Object.assign({}, ...STRING_AREAS.map((area) => area[locale])) as UiStrings;
}

const STRINGS: Readonly<Record<Locale, UiStrings>> = { 'zh-CN': collect('zh-CN'), 'en-US': collect('en-US') };

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
 * The strings in one language.
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
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
