/**
 * Anything thrown inside the engine, turned into a value the page can show: hosts and the
 * package reader throw errors carrying `zh`/`en` sentences and a `code`; those pass through as
 * they are. Anything else is an unexpected failure, said plainly, with what to do.
 */
import type { LocalText } from '../../core/types';
import type { EngineFailure } from './rpc-messages';

const DETAIL_CHARS = 200;

/** The failure of a step the clerk cancelled: the copy is as it was before the step. */
export const CANCELLED: EngineFailure = {
  code: 'cancelled',
  message: { zh: '已取消，正在处理的副本保持这一步之前的样子。', en: 'Cancelled; the working copy is as it was before this step.' },
};

function readText(value: unknown): LocalText | null {
  if (typeof value !== 'object' || value === null) return null;
  const { zh, en } = value as { zh?: unknown; en?: unknown };
  return typeof zh === 'string' ? { zh, en: typeof en === 'string' ? en : zh } : null;
}

function isAbort(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError';
}

/**
 * @example toEngineFailure(new WorkbookOpenError('xls')).code // 'xls'
 * @example toEngineFailure(new Error('boom')).code // 'unexpected'
 */
export function toEngineFailure(e: unknown): EngineFailure {
  if (isAbort(e)) return CANCELLED;
  const direct = readText(e);
  const nested = direct ?? readText((e as { message?: unknown } | null)?.message);
  const code = typeof (e as { code?: unknown } | null)?.code === 'string' ? (e as { code: string }).code : 'failed';
  if (nested) {
    const fix = readText((e as { fix?: unknown }).fix);
    return fix ? { code, message: nested, fix } : { code, message: nested };
  }
  const detail = (e instanceof Error ? e.message : String(e)).slice(0, DETAIL_CHARS);
  return {
    code: 'unexpected',
    message: { zh: `处理时出现意外错误（${detail}）。原文件没有被改动。`, en: `Unexpected error (${detail}). The original file was not changed.` },
    fix: {
      zh: '请重新打开本页再试一次；如果仍不成功，请把该工作簿的副本交给维护人员排查。',
      en: 'Reload this page and try again; if it still fails, give a copy of the workbook to your support staff.',
    },
  };
}
