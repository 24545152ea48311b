/**
 * The name a saved copy gets: the clerk's file name, what was done, and the day it counts from —
 * 收文登记-已标记-2026-11-20.xlsx. Naming a copy of a copy replaces the earlier suffix instead of
 * piling one on another, and a macro workbook stays .xlsm (Excel refuses a renamed one).
 */

export type CopyAction =
  | 'yearEnd'
  | 'summary'
  | 'reminder'
  | 'holidays'
  | 'marked'
  | 'checked'
  | 'cleared'
  | 'fixed'
  | 'dropDowns'
  | 'settings';

/**
 * The words of each action in a file name (file names stay Chinese in every UI language: the
 * office's folders are Chinese). In order of precedence: a step that did several things is
 * named for the first of them (highlighting clears the old marks, then paints: 已标记).
 */
export const COPY_ACTION_WORDS: Readonly<Record<CopyAction, string>> = {
  yearEnd: '年终汇总',
  summary: '汇总',
  reminder: '催办单',
  holidays: '节假日表',
  marked: '已标记',
  checked: '已标出错误',
  cleared: '已清除标记',
  fixed: '已修正',
  dropDowns: '已加下拉',
  settings: '已更新设置',
};

export const COPY_ACTIONS = Object.keys(COPY_ACTION_WORDS) as readonly CopyAction[];

const WORKBOOK_EXTENSION = /\.(xlsx|xlsm)$/i;
/** " (1)", "(2)": what browsers add to a download whose name is taken. */
const DOWNLOAD_COUNTER = /\s*\(\d{1,3}\)$/;
const STAMP = String.raw`\d{4}(?:-\d{2}-\d{2})?`;
const OUR_SUFFIX = new RegExp(`-(?:${Object.values(COPY_ACTION_WORDS).join('|')})-${STAMP}$`);

/**
 * The clerk's name for the workbook, without extension, download counter or an earlier suffix.
 * @example baseNameOf('收文登记-已标记-2026-11-20 (1).xlsx') // '收文登记'
 */
export function baseNameOf(fileName: string): string {
  const leaf = fileName.split(/[\\/]/).pop() ?? '';
  let base = leaf.replace(WORKBOOK_EXTENSION, '').replace(DOWNLOAD_COUNTER, '');
  // A copy of a copy of a copy: every suffix this page gave is taken off.
  while (OUR_SUFFIX.test(base)) base = base.replace(OUR_SUFFIX, '');
  return base.trim() === '' ? '工作簿' : base;
}

/**
 * @example nameCopy('收文登记.xlsx', 'marked', '2026-11-20') // '收文登记-已标记-2026-11-20.xlsx'
 * @example nameCopy('督办台账.XLSM', 'yearEnd', '2026') // '督办台账-年终汇总-2026.xlsm'
 */
export function nameCopy(fileName: string, action: CopyAction, stamp: string): string {
  const extension = /\.xlsm$/i.test(fileName) ? '.xlsm' : '.xlsx';
  return `${baseNameOf(fileName)}-${COPY_ACTION_WORDS[action]}-${stamp}${extension}`;
}
