/** The two languages the add-in speaks: zh-CN first, en-US second. */
export type Locale = 'zh-CN' | 'en-US';

export const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];

/** One area's strings in both languages, side by side so that a translation never falls behind. */
export type AreaStrings<T> = Readonly<Record<Locale, T>>;
