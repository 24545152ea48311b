import type { UiStrings } from './index';

export const zhCN: UiStrings = {
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
};
