/** The add-in's name and the words the ribbon commands and the pane's frame share. */
import type { AreaStrings } from '../locale';

export interface ShellStrings {
  readonly appName: string;
  readonly tagline: string;
  readonly privacyNote: string;
  readonly highlightOverdue: string;
  readonly clearHighlights: string;
  readonly working: string;
  readonly resultDone: string;
  readonly resultFailed: string;
  /** `{action}` and `{outcome}` are filled in by fillTemplate. */
  readonly resultTitleFromPane: string;
  readonly resultTitleFromRibbon: string;
  readonly notInExcel: string;
  readonly failurePrefix: string;
  readonly unknownFailure: string;
}

export const SHELL_STRINGS: AreaStrings<ShellStrings> = {
  'zh-CN': {
    appName: '台账助手',
    tagline: '读懂您已有的 Excel 台账，标出逾期和临期事项；清除标记时原样恢复单元格底色。',
    privacyNote: '数据只在本机处理，不会上传。',
    highlightOverdue: '标记逾期',
    clearHighlights: '清除标记',
    working: '正在处理…',
    resultDone: '完成',
    resultFailed: '未完成',
    resultTitleFromPane: '{action}：{outcome}',
    resultTitleFromRibbon: '{action}（功能区按钮）：{outcome}',
    notInExcel: '台账助手需要在 Excel 中使用：请在 Excel“开始”选项卡上点击“打开台账助手”。',
    failurePrefix: '操作没有完成：',
    unknownFailure: '操作没有完成，原因不明。请再试一次；如果仍不成功，请关闭任务窗格后重新打开。',
  },
  'en-US': {
    appName: 'Register Desk',
    tagline: 'Reads the Excel registers you already keep and marks overdue and due-soon items; clearing gives every cell its colour back.',
    privacyNote: 'Your data is processed on this computer only and never uploaded.',
    highlightOverdue: 'Mark overdue',
    clearHighlights: 'Clear marks',
    working: 'Working…',
    resultDone: 'Done',
    resultFailed: 'Not done',
    resultTitleFromPane: '{action}: {outcome}',
    resultTitleFromRibbon: '{action} (ribbon button): {outcome}',
    notInExcel: 'Register Desk runs inside Excel: on the Home tab, choose “Open Register Desk”.',
    failurePrefix: 'Not done: ',
    unknownFailure: 'The action did not finish and the reason is unknown. Try again; if it still fails, close the task pane and open it again.',
  },
};
