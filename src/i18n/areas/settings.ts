/** The settings panel: what the office decides, kept in the workbook, edited as tables. */
import type { AreaStrings } from '../locale';

export interface SettingsStrings {
  readonly settingsIntro: string;
  readonly deadlineRulesHeading: string;
  readonly deadlineRulesHint: string;
  readonly ruleBasis: string;
  readonly basisUrgency: string;
  readonly basisCategory: string;
  readonly ruleValues: string;
  readonly ruleValuesHint: string;
  readonly ruleAmount: string;
  readonly ruleUnit: string;
  readonly unitWorkingDays: string;
  readonly unitCalendarDays: string;
  readonly unitMonths: string;
  readonly fallbackCheckbox: string;
  readonly fallbackNone: string;
  /** `{row}`. */
  readonly ruleRowLabel: string;
  /** `{row}`. */
  readonly requiredRowLabel: string;
  readonly addRow: string;
  /** `{row}`. */
  readonly removeRow: string;
  readonly saveTable: string;
  readonly saveDeadlineRulesStep: string;
  readonly rowIncomplete: string;
  readonly requiredHeading: string;
  readonly requiredHint: string;
  readonly requiredField: string;
  readonly requiredOr: string;
  readonly requiredWhen: string;
  readonly requiredAlways: string;
  readonly noSecondField: string;
  readonly saveRequiredStep: string;
  readonly valuesHeading: string;
  readonly ordinaryClassifications: string;
  readonly ordinaryUrgencies: string;
  readonly handlersLabel: string;
  readonly handlersHint: string;
  readonly valueLabel: string;
  readonly saveValuesStep: string;
  readonly summarySettingsHeading: string;
  readonly summarySettingsHint: string;
  readonly quotaSheetLabel: string;
  readonly schemeSheetLabel: string;
  readonly sheetPresent: string;
  readonly sheetAbsent: string;
  readonly openSheet: string;
  readonly createSettingsSheets: string;
  readonly createSettingsStep: string;
  readonly settingsSheetsWritten: string;
  /** `{label}`, `{value}`. */
  readonly schemeItem: string;
  readonly settingsSaved: string;
}

export const SETTINGS_STRINGS: AreaStrings<SettingsStrings> = {
  'zh-CN': {
    settingsIntro: '这些设置保存在本工作簿里，换一台电脑、换一位同事打开，或用命令行读取，结果都一样。',
    deadlineRulesHeading: '默认办理时限',
    deadlineRulesHint: '登记时没写时限的，按下表确定：从上往下找，第一条对上的为准。',
    ruleBasis: '依据',
    basisUrgency: '紧急程度',
    basisCategory: '类别',
    ruleValues: '取值',
    ruleValuesHint: '多个取值用顿号或逗号隔开，如 特急、特急件',
    ruleAmount: '时限',
    ruleUnit: '单位',
    unitWorkingDays: '个工作日',
    unitCalendarDays: '个自然日',
    unitMonths: '个月',
    fallbackCheckbox: '其他事项按此时限',
    fallbackNone: '（不设时限）',
    ruleRowLabel: '第 {row} 条规则',
    requiredRowLabel: '第 {row} 项必填',
    addRow: '添加一行',
    removeRow: '删除第 {row} 行',
    saveTable: '保存',
    saveDeadlineRulesStep: '保存默认办理时限',
    rowIncomplete: '第 {row} 行没有填完整，请补全或删除。',
    requiredHeading: '必填项',
    requiredHint: '每条登记必须填写的内容。“或”表示两项填一项即可；“仅当…已填”表示只在那一项有内容时才要求。',
    requiredField: '必填',
    requiredOr: '或',
    requiredWhen: '仅当已填',
    requiredAlways: '（总是要求）',
    noSecondField: '（无）',
    saveRequiredStep: '保存必填项',
    valuesHeading: '常用取值',
    ordinaryClassifications: '表示“不涉密”的密级写法',
    ordinaryUrgencies: '表示“不紧急”的紧急程度写法',
    handlersLabel: '承办单位名单',
    handlersHint: '填写后，校验会指出不在名单里的承办单位，并可为承办单位列设下拉列表；留空则不检查。',
    valueLabel: '第 {row} 项',
    saveValuesStep: '保存常用取值',
    summarySettingsHeading: '发文定额和考核计分',
    summarySettingsHint: '这两张表在工作簿里，直接在表中修改；年终汇总按表中的数字计算。',
    quotaSheetLabel: '发文定额表',
    schemeSheetLabel: '考核计分办法',
    sheetPresent: '已有',
    sheetAbsent: '还没有',
    openSheet: '打开',
    createSettingsSheets: '生成这两张表',
    createSettingsStep: '生成定额表和计分办法',
    settingsSheetsWritten: '已生成',
    schemeItem: '{label}：{value}',
    settingsSaved: '设置已保存',
  },
  'en-US': {
    settingsIntro: 'These settings are kept in this workbook: on another computer, for another colleague, or through the command line, the results are the same.',
    deadlineRulesHeading: 'Default time limits',
    deadlineRulesHint: 'Items registered without a time limit get one from this table: the first row that matches, from the top.',
    ruleBasis: 'Based on',
    basisUrgency: 'urgency',
    basisCategory: 'category',
    ruleValues: 'Values',
    ruleValuesHint: 'Separate several values with commas',
    ruleAmount: 'Limit',
    ruleUnit: 'Unit',
    unitWorkingDays: 'working days',
    unitCalendarDays: 'calendar days',
    unitMonths: 'months',
    fallbackCheckbox: 'Other items get this limit',
    fallbackNone: '(no time limit)',
    ruleRowLabel: 'Rule {row}',
    requiredRowLabel: 'Required entry {row}',
    addRow: 'Add a row',
    removeRow: 'Remove row {row}',
    saveTable: 'Save',
    saveDeadlineRulesStep: 'Save the default time limits',
    rowIncomplete: 'Row {row} is incomplete: complete it or remove it.',
    requiredHeading: 'Required entries',
    requiredHint: 'What every row must have. “or”: either entry will do; “only when … is filled”: required only when that entry has something in it.',
    requiredField: 'Required',
    requiredOr: 'or',
    requiredWhen: 'Only when filled',
    requiredAlways: '(always)',
    noSecondField: '(none)',
    saveRequiredStep: 'Save the required entries',
    valuesHeading: 'Usual values',
    ordinaryClassifications: 'Ways of writing “not classified”',
    ordinaryUrgencies: 'Ways of writing “not urgent”',
    handlersLabel: 'Handling units',
    handlersHint: 'With a list, the checks point out units not on it and a drop-down can be set on the unit column; leave it empty to skip that check.',
    valueLabel: 'Item {row}',
    saveValuesStep: 'Save the usual values',
    summarySettingsHeading: 'Document quotas and appraisal points',
    summarySettingsHint: 'Both tables are sheets of this workbook: edit them there; the year-end package counts with their figures.',
    quotaSheetLabel: 'Document quota table',
    schemeSheetLabel: 'Appraisal scheme',
    sheetPresent: 'present',
    sheetAbsent: 'not yet',
    openSheet: 'Open',
    createSettingsSheets: 'Create both tables',
    createSettingsStep: 'Create the quota table and appraisal scheme',
    settingsSheetsWritten: 'Written',
    schemeItem: '{label}: {value}',
    settingsSaved: 'Settings saved',
  },
};
