/** The pane's frame: its sections, the progress of long steps, cancel, and step outcomes. */
import type { AreaStrings } from '../locale';

export interface FrameStrings {
  readonly tabsLabel: string;
  readonly tabRegisters: string;
  readonly tabOverdue: string;
  readonly tabValidation: string;
  readonly tabSummaries: string;
  readonly tabSettings: string;
  readonly dismiss: string;
  readonly cancel: string;
  readonly cancelling: string;
  readonly writingCannotCancel: string;
  /** `{done}`, `{total}`, `{item}`. */
  readonly progressItem: string;
  readonly progressCount: string;
  /** `{step}`. */
  readonly stepCancelled: string;
  readonly stepCancelledUnchanged: string;
  readonly stepFailed: string;
  readonly loadingPanel: string;
  readonly notScannedYet: string;
}

export const FRAME_STRINGS: AreaStrings<FrameStrings> = {
  'zh-CN': {
    tabsLabel: '台账助手功能',
    tabRegisters: '台账',
    tabOverdue: '逾期',
    tabValidation: '校验',
    tabSummaries: '汇总',
    tabSettings: '设置',
    dismiss: '关闭提示',
    cancel: '取消',
    cancelling: '正在取消…',
    writingCannotCancel: '正在写入工作簿，写完才能停下，以免只改了一半。',
    progressItem: '{done}/{total}：{item}',
    progressCount: '{done}/{total}',
    stepCancelled: '已取消：{step}',
    stepCancelledUnchanged: '工作簿没有改动。',
    stepFailed: '{step}没有完成',
    loadingPanel: '正在打开…',
    notScannedYet: '正在读取工作簿，请稍候。',
  },
  'en-US': {
    tabsLabel: 'Register Desk sections',
    tabRegisters: 'Registers',
    tabOverdue: 'Overdue',
    tabValidation: 'Checks',
    tabSummaries: 'Summaries',
    tabSettings: 'Settings',
    dismiss: 'Dismiss',
    cancel: 'Cancel',
    cancelling: 'Cancelling…',
    writingCannotCancel: 'Writing to the workbook: it finishes first so that the workbook is never left half-changed.',
    progressItem: '{done} of {total}: {item}',
    progressCount: '{done} of {total}',
    stepCancelled: 'Cancelled: {step}',
    stepCancelledUnchanged: 'The workbook was not changed.',
    stepFailed: '{step} did not finish',
    loadingPanel: 'Opening…',
    notScannedYet: 'Reading the workbook, please wait.',
  },
};
