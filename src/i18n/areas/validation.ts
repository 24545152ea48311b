/** The validation panel: findings by rule, marking, drop-downs, safe fixes with preview and undo. */
import type { AreaStrings } from '../locale';

export interface ValidationStrings {
  readonly checkIntro: string;
  readonly runCheck: string;
  readonly checkStep: string;
  readonly checkDone: string;
  /** `{errors}`, `{warnings}`. */
  readonly checkCounts: string;
  readonly checkClean: string;
  readonly findingsHeading: string;
  readonly severityError: string;
  readonly severityWarning: string;
  /** `{count}`. */
  readonly ruleCount: string;
  /** `{sheet}`, `{cell}`, `{message}`. */
  readonly selectFindingLabel: string;
  readonly wholeRegister: string;
  readonly moreFindings: string;
  readonly markInvalid: string;
  readonly markInvalidStep: string;
  readonly markInvalidDone: string;
  /** `{sheet}`, `{cells}`. */
  readonly markInvalidLine: string;
  readonly clearInvalid: string;
  readonly clearInvalidStep: string;
  readonly clearInvalidDone: string;
  readonly dropdownsHeading: string;
  readonly dropdownsHint: string;
  readonly installDropdowns: string;
  readonly installDropdownsStep: string;
  readonly dropdownsDone: string;
  /** `{sheet}`, `{count}`. */
  readonly dropdownsLine: string;
  /** `{sheet}`, `{ref}`. */
  readonly dropdownConflict: string;
  readonly replaceDropdowns: string;
  readonly editingUnavailable: string;
  readonly fixesHeading: string;
  readonly fixesHint: string;
  readonly previewFixes: string;
  /** `{count}`. */
  readonly fixesPreviewTitle: string;
  readonly noFixes: string;
  /** `{cell}`, `{before}`, `{after}`. */
  readonly fixLine: string;
  readonly applyFixes: string;
  readonly applyFixesStep: string;
  readonly fixesApplied: string;
  /** `{count}`. */
  readonly fixesAppliedLine: string;
  /** `{count}`. */
  readonly fixesSkippedLine: string;
  readonly undoFixes: string;
  readonly undoFixesStep: string;
  readonly fixesUndone: string;
  /** `{count}`. */
  readonly fixesUndoneLine: string;
  readonly discardPreview: string;
}

export const VALIDATION_STRINGS: AreaStrings<ValidationStrings> = {
  'zh-CN': {
    checkIntro: '按公文处理的规矩逐条检查登记内容：必填项、日期、文号、密级和紧急程度、重复登记、涉密文件清退、收文与督办台账的对应。',
    runCheck: '校验工作簿',
    checkStep: '校验工作簿',
    checkDone: '校验完成',
    checkCounts: '错误 {errors} 处，需要注意 {warnings} 处。',
    checkClean: '没有发现问题。',
    findingsHeading: '发现的问题',
    severityError: '错误',
    severityWarning: '注意',
    ruleCount: '{count} 处',
    selectFindingLabel: '选中「{sheet}」{cell}：{message}',
    wholeRegister: '整张表',
    moreFindings: '另有 {count} 处未列出，标出有误单元格后可在表中逐一查看。',
    markInvalid: '标出有误单元格',
    markInvalidStep: '标出有误单元格',
    markInvalidDone: '已标出有误单元格',
    markInvalidLine: '「{sheet}」标出 {cells} 个单元格（紫色）',
    clearInvalid: '清除有误标记',
    clearInvalidStep: '清除有误标记',
    clearInvalidDone: '已清除有误标记',
    dropdownsHeading: '下拉列表和日期限制',
    dropdownsHint: '为密级、紧急程度、承办单位设下拉列表，为日期列限定日期，以后登记时填错会当场提示。',
    installDropdowns: '设置下拉列表',
    installDropdownsStep: '设置下拉列表',
    dropdownsDone: '已设置下拉列表',
    dropdownsLine: '「{sheet}」设置 {count} 列',
    dropdownConflict: '「{sheet}」{ref} 已有您自己设的数据验证，未覆盖。',
    replaceDropdowns: '仍然替换为台账助手的设置',
    editingUnavailable: '这里不能由台账助手修改单元格内容或设置下拉列表；请在 Excel 加载项或本机网页版中使用这两项功能。',
    fixesHeading: '安全修正',
    fixesHint: '只改写含义明确的错误（如文号括号、全角数字、“急件”写成“加急”），改之前先列出来给您看，改完可以撤销。',
    previewFixes: '预览修正',
    fixesPreviewTitle: '将修正 {count} 处：',
    noFixes: '选中的问题里没有可以安全修正的。',
    fixLine: '{cell}：{before} → {after}',
    applyFixes: '确认修正',
    applyFixesStep: '修正单元格',
    fixesApplied: '已修正',
    fixesAppliedLine: '改写了 {count} 个单元格。',
    fixesSkippedLine: '{count} 个单元格在预览后被改动过，没有改写。',
    undoFixes: '撤销上次修正',
    undoFixesStep: '撤销修正',
    fixesUndone: '已撤销修正',
    fixesUndoneLine: '恢复了 {count} 个单元格。',
    discardPreview: '不修正',
  },
  'en-US': {
    checkIntro: 'Checks every entry by the rules of official document handling: required entries, dates, document numbers, classification and urgency, duplicates, return of classified copies, and the links between the incoming register and the supervision ledger.',
    runCheck: 'Check the workbook',
    checkStep: 'Check the workbook',
    checkDone: 'Check finished',
    checkCounts: '{errors} errors and {warnings} warnings.',
    checkClean: 'No problems found.',
    findingsHeading: 'Problems found',
    severityError: 'Error',
    severityWarning: 'Warning',
    ruleCount: '{count}',
    selectFindingLabel: 'Select {cell} of “{sheet}”: {message}',
    wholeRegister: 'whole sheet',
    moreFindings: '{count} more are not listed; mark the wrong cells to find them in the sheet.',
    markInvalid: 'Mark wrong cells',
    markInvalidStep: 'Mark wrong cells',
    markInvalidDone: 'Wrong cells marked',
    markInvalidLine: '“{sheet}”: {cells} cells marked (violet)',
    clearInvalid: 'Clear those marks',
    clearInvalidStep: 'Clear the marks on wrong cells',
    clearInvalidDone: 'Marks on wrong cells cleared',
    dropdownsHeading: 'Drop-down lists and date limits',
    dropdownsHint: 'Sets drop-down lists on classification, urgency and handling unit, and date limits on the date columns, so that a wrong entry is caught when it is typed.',
    installDropdowns: 'Set drop-down lists',
    installDropdownsStep: 'Set drop-down lists',
    dropdownsDone: 'Drop-down lists set',
    dropdownsLine: '“{sheet}”: {count} columns',
    dropdownConflict: '“{sheet}” {ref} already has a validation of your own; it was left as it is.',
    replaceDropdowns: 'Replace them with Register Desk’s',
    editingUnavailable: 'Here Register Desk cannot change cell values or set drop-down lists; use the Excel add-in or the local web page for these two features.',
    fixesHeading: 'Safe fixes',
    fixesHint: 'Only mistakes with one clear meaning are rewritten (brackets in document numbers, full-width digits, a non-standard spelling of an urgency); they are listed for you first, and can be undone.',
    previewFixes: 'Preview the fixes',
    fixesPreviewTitle: '{count} cells will be fixed:',
    noFixes: 'None of the chosen problems has a safe fix.',
    fixLine: '{cell}: {before} → {after}',
    applyFixes: 'Apply the fixes',
    applyFixesStep: 'Fix the cells',
    fixesApplied: 'Fixed',
    fixesAppliedLine: '{count} cells rewritten.',
    fixesSkippedLine: '{count} cells changed since the preview were left alone.',
    undoFixes: 'Undo the last fixes',
    undoFixesStep: 'Undo the fixes',
    fixesUndone: 'Fixes undone',
    fixesUndoneLine: '{count} cells restored.',
    discardPreview: 'Do not fix',
  },
};
