/**
 * Turns whatever a failed action threw into one sentence a clerk can read. Errors that carry
 * their own Chinese and English text speak for themselves — the Excel host's `ExcelHostError`
 * (`text`), `Problem`-shaped values (`message`), or `zh`/`en` on the error itself; anything else
 * is named plainly, never swallowed.
 */
import type { LocalText } from '../core/types';
import { getStrings, type Locale } from '../i18n';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readLocalText(value: unknown): LocalText | null {
  if (!isRecord(value)) return null;
  const { zh, en } = value;
  return typeof zh === 'string' && typeof en === 'string' ? { zh, en } : null;
}

function pick(text: LocalText, locale: Locale): string {
  return locale === 'zh-CN' ? text.zh : text.en;
}

/**
 * The sentence to show for a failure, in the clerk's language.
 * @example describeFailure({ message: { zh: '工作表"收文"受保护', en: 'Sheet "收文" is protected' } }, 'zh-CN')
 * // '工作表"收文"受保护'
 */
export function describeFailure(error: unknown, locale: Locale): string {
  const strings = getStrings(locale);
  const ownText =
    readLocalText(error) ?? (isRecord(error) ? (readLocalText(error.text) ?? readLocalText(error.message)) : null);
  if (ownText) return pick(ownText, locale);
  const plain = typeof error === 'string' ? error : isRecord(error) && typeof error.message === 'string' ? error.message : '';
  return plain.trim() ? `${strings.failurePrefix}${plain.trim()}` : strings.unknownFailure;
}
