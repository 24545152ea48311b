/** The overdue panel: scope, as-of day, warning window, highlight and clear, the list, the 催办单. */
import type { AreaStrings } from '../locale';

export interface OverdueStrings {
  readonly scopeLabel: string;
  readonly scopeWorkbook: string;
  readonly asOfLabel: string;
  readonly asOfHint: string;
  readonly asOfInvalid: string;
  readonly asOfToday: string;
  readonly warningWindowLabel: string;
  readonly warningWindowHint: string;
  readonly warningWindowInvalid: string;
  readonly saveAndRecount: string;
  readonly saveWindowStep: string;
  readonly remindAction: string;
  /** `{count}`. */
  readonly overdueListHeading: string;
  readonly noOverdue: string;
  /** `{deadline}`. */
  readonly overdueDeadline: string;
  /** `{working}`, `{calendar}`. */
  readonly daysLate: string;
  readonly noTitle: string;
  readonly noUnit: string;
  /** `{sheet}`, `{row}`, `{title}`. */
  readonly selectItemLabel: string;
  readonly moreItems: string;
  /** `{sheet}`, `{cell}`. */
  readonly cellAt: string;
  readonly selectStep: string;
  readonly highlightDone: string;
  /** `{day}`. */
  readonly highlightAsOf: string;
  /** `{sheet}`, `{overdue}`, `{dueSoon}`, `{doneLate}`, `{rows}`. */
  readonly highlightSheetLine: string;
  readonly highlightNothing: string;
  readonly clearDone: string;
  /** `{sheet}`, `{rows}`. */
  readonly clearSheetLine: string;
  /** `{cells}`. */
  readonly clearKeptByUser: string;
  /** `{rows}`. */
  readonly clearNotFound: string;
  readonly clearNothing: string;
  readonly remindDone: string;
  /** `{sheet}`, `{overdue}`, `{dueSoon}`. */
  readonly remindLine: string;
  readonly remindRenamed: string;
}

export const OVERDUE_STRINGS: AreaStrings<OverdueStrings> = {
  'zh-CN': {
    scopeLabel: '范围',
    scopeWorkbook: '整个工作簿',
    asOfLabel: '截至日期',
    asOfHint: '按这一天判断逾期和临期；留空则按今天。',
    asOfInvalid: '请按 2026-11-20 的格式填写日期。',
    asOfToday: '今天',
    warningWindowLabel: '临期提醒（工作日）',
    warningWindowHint: '离时限不足这么多个工作日、尚未办结的，标为临期（黄）。保存在工作簿里。',
    warningWindowInvalid: '请填写 0 到 60 之间的整数。',
    saveAndRecount: '保存并重新计算',
    saveWindowStep: '保存临期提醒天数',
    remindAction: '生成催办单',
    overdueListHeading: '逾期事项（{count} 件）',
    noOverdue: '没有逾期事项。',
    overdueDeadline: '时限 {deadline}',
    daysLate: '逾期 {working} 个工作日（{calendar} 天）',
    noTitle: '（无标题）',
    noUnit: '（未填承办单位）',
    selectItemLabel: '在表中选中「{sheet}」第 {row} 行：{title}',
    moreItems: '另有 {count} 件未列出，请看催办单。',
    cellAt: '位置：{sheet}!{cell}',
    selectStep: '选中单元格',
    highlightDone: '已标记逾期',
    highlightAsOf: '截至 {day}：',
    highlightSheetLine: '「{sheet}」逾期 {overdue} 件，临期 {dueSoon} 件，超期办结 {doneLate} 件（标记 {rows} 行）',
    highlightNothing: '没有识别出登记簿，未作标记。请确认表头在前几行，或在“台账”里把它当作登记簿。',
    clearDone: '已清除标记',
    clearSheetLine: '「{sheet}」恢复 {rows} 行原来的底色',
    clearKeptByUser: '保留 {cells} 个您之后改过颜色的单元格',
    clearNotFound: '{rows} 行已找不到（可能已删除），未作改动',
    clearNothing: '这里没有台账助手做的标记，无需清除。',
    remindDone: '已生成催办单',
    remindLine: '工作表「{sheet}」：逾期 {overdue} 件，临期 {dueSoon} 件，按承办单位分组，可直接打印。',
    remindRenamed: '已有一张您自己的「{wanted}」，所以写成了「{written}」，您的表没有动。',
  },
  'en-US': {
    scopeLabel: 'Scope',
    scopeWorkbook: 'Whole workbook',
    asOfLabel: 'As-of day',
    asOfHint: 'Statuses are judged as of this day; leave it empty for today.',
    asOfInvalid: 'Write the day as 2026-11-20.',
    asOfToday: 'today',
    warningWindowLabel: 'Due-soon window (working days)',
    warningWindowHint: 'Unfinished items due within this many working days are marked due soon (amber). Kept in the workbook.',
    warningWindowInvalid: 'Enter a whole number from 0 to 60.',
    saveAndRecount: 'Save and recount',
    saveWindowStep: 'Save the due-soon window',
    remindAction: 'Write the reminder sheet',
    overdueListHeading: 'Overdue items ({count})',
    noOverdue: 'Nothing is overdue.',
    overdueDeadline: 'due {deadline}',
    daysLate: '{working} working days late ({calendar} days)',
    noTitle: '(no title)',
    noUnit: '(no handling unit)',
    selectItemLabel: 'Select row {row} of “{sheet}”: {title}',
    moreItems: '{count} more are not listed; see the reminder sheet.',
    cellAt: 'At {sheet}!{cell}',
    selectStep: 'Select the cell',
    highlightDone: 'Overdue items marked',
    highlightAsOf: 'As of {day}:',
    highlightSheetLine: '“{sheet}”: {overdue} overdue, {dueSoon} due soon, {doneLate} finished late ({rows} rows marked)',
    highlightNothing: 'No register was recognised, so nothing was marked. Check that the header is in the first rows, or treat the sheet as a register under Registers.',
    clearDone: 'Marks cleared',
    clearSheetLine: '“{sheet}”: colours restored on {rows} rows',
    clearKeptByUser: '{cells} cells you re-coloured since were kept',
    clearNotFound: '{rows} marked rows could not be found (deleted?) and were left alone',
    clearNothing: 'There are no Register Desk marks here to clear.',
    remindDone: 'Reminder sheet written',
    remindLine: 'Sheet “{sheet}”: {overdue} overdue, {dueSoon} due soon, grouped by handling unit, ready to print.',
    remindRenamed: 'You already have a sheet “{wanted}” of your own, so it was written as “{written}”; yours was not touched.',
  },
};
