/**
 * The web page's own words (around the pane, whose words live in src/i18n): opening a file,
 * the one-line promise about copies and uploads, and saving copies. Both languages side by side.
 */
import type { AreaStrings, Locale } from '../../i18n/locale';
import type { CopyAction } from '../engine/copy-name';

export interface PageStrings {
  readonly appName: string;
  readonly pageKind: string;
  /** The one line: a copy, on this computer, nothing uploaded. */
  readonly copyPromise: string;
  readonly pickTitle: string;
  readonly pickHint: string;
  readonly pickButton: string;
  readonly pickFormats: string;
  readonly fileInputLabel: string;
  /** `{name}`. */
  readonly opening: string;
  readonly openFailed: string;
  readonly workingOn: string;
  readonly openAnother: string;
  readonly startOver: string;
  readonly copyReady: string;
  readonly copyContains: string;
  readonly saveCopy: string;
  readonly savingHint: string;
  readonly verifying: string;
  readonly copyFailed: string;
  readonly slowMode: string;
  readonly actions: Readonly<Record<CopyAction, string>>;
}

export const PAGE_STRINGS: AreaStrings<PageStrings> = {
  'zh-CN': {
    appName: '台账助手',
    pageKind: '网页版（适用于 Excel 2016/2019 和 WPS 表格）',
    copyPromise: '本页只在这台电脑上处理工作簿的副本：原文件不会被改动，任何内容都不会上传。',
    pickTitle: '打开工作簿',
    pickHint: '把 .xlsx 或 .xlsm 工作簿拖到这里，或者',
    pickButton: '选择工作簿…',
    pickFormats: 'Excel 或 WPS 保存的 .xlsx、.xlsm 文件都可以；.xls 和 .et 请先另存为 .xlsx。',
    fileInputLabel: '选择要处理的工作簿',
    opening: '正在打开“{name}”…',
    openFailed: '无法打开“{name}”',
    workingOn: '正在处理：{name}',
    openAnother: '打开其他工作簿',
    startOver: '从原文件重新开始',
    copyReady: '副本已生成：{name}',
    copyContains: '这个副本包含本次的全部改动：{actions}。',
    saveCopy: '保存副本',
    savingHint: '保存后可在 Excel 或 WPS 中打开；原文件保持不变。',
    verifying: '正在检查副本能否完整读回…',
    copyFailed: '这一步的副本没有生成',
    slowMode: '这个浏览器不允许后台处理，本页改在前台处理：处理很大的表格时，页面可能会短暂停顿。',
    actions: {
      yearEnd: '年终汇总',
      summary: '汇总表',
      reminder: '催办单',
      holidays: '节假日表',
      marked: '逾期标记',
      checked: '错误标记',
      cleared: '清除标记',
      fixed: '修正的单元格',
      dropDowns: '下拉列表',
      settings: '设置与列对应',
    },
  },
  'en-US': {
    appName: 'Register Desk',
    pageKind: 'web page (for Excel 2016/2019 and WPS Spreadsheets)',
    copyPromise: 'This page works on a copy of your workbook on this computer only: the original file is never changed and nothing is uploaded.',
    pickTitle: 'Open a workbook',
    pickHint: 'Drop an .xlsx or .xlsm workbook here, or',
    pickButton: 'Choose a workbook…',
    pickFormats: '.xlsx and .xlsm files saved by Excel or WPS; save .xls and .et files as .xlsx first.',
    fileInputLabel: 'Choose the workbook to work on',
    opening: 'Opening "{name}"…',
    openFailed: 'Cannot open "{name}"',
    workingOn: 'Working on: {name}',
    openAnother: 'Open another workbook',
    startOver: 'Start again from the original',
    copyReady: 'Copy ready: {name}',
    copyContains: 'This copy holds every change made here: {actions}.',
    saveCopy: 'Save the copy',
    savingHint: 'Open it in Excel or WPS once saved; the original file stays as it was.',
    verifying: 'Checking that the copy reads back completely…',
    copyFailed: 'No copy was made for this step',
    slowMode: 'This browser does not allow background work, so the page works in the foreground: it may pause briefly on very large sheets.',
    actions: {
      yearEnd: 'year-end package',
      summary: 'summary sheets',
      reminder: 'reminder sheet',
      holidays: 'holiday table',
      marked: 'overdue marks',
      checked: 'error marks',
      cleared: 'marks cleared',
      fixed: 'corrected cells',
      dropDowns: 'drop-down lists',
      settings: 'settings and column mapping',
    },
  },
};

/**
 * @example getPageStrings('zh-CN').saveCopy // '保存副本'
 */
export function getPageStrings(locale: Locale): PageStrings {
  return PAGE_STRINGS[locale];
}
