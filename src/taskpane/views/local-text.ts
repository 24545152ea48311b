/** The engine speaks zh and en at once (`LocalText`); the pane shows the clerk's language. */
import type { LocalText } from '../../core/types';
import type { Locale } from '../../i18n';

/**
 * @example pickText({ zh: '逾期', en: 'Overdue' }, 'en-US') // 'Overdue'
 */
export function pickText(text: LocalText, locale: Locale): string {
  return locale === 'zh-CN' ? text.zh : text.en;
}
