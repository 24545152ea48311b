/**
 * A failed step in plain words: what went wrong (describeFailure, shared with the ribbon) and,
 * when the failure says it, what to do next — a host's or the web engine's `fix`.
 */
import { describeFailure } from '../../commands/describe-failure';
import type { LocalText } from '../../core/types';
import type { Locale } from '../../i18n';
import { pickText } from './local-text';

function readFix(error: unknown): LocalText | null {
  if (typeof error !== 'object' || error === null || !('fix' in error)) return null;
  const fix: unknown = (error as { fix: unknown }).fix;
  if (typeof fix !== 'object' || fix === null) return null;
  const { zh, en } = fix as Record<string, unknown>;
  return typeof zh === 'string' && typeof en === 'string' ? { zh, en } : null;
}

/**
 * @example describeStepFailure({ message: { zh: '文件已损坏', en: 'Damaged' }, fix: { zh: '请另存后再试', en: 'Save a copy' } }, 'zh-CN')
 * // ['文件已损坏', '请另存后再试']
 */
export function describeStepFailure(error: unknown, locale: Locale): string[] {
  const fix = readFix(error);
  return fix ? [describeFailure(error, locale), pickText(fix, locale)] : [describeFailure(error, locale)];
}
