/** The summaries panel: the period, one summary or the year-end package, the sheets to be written. */
import type { AreaStrings } from '../locale';

export interface SummariesStrings {
  readonly summariesIntro: string;
  readonly periodHeading: string;
  readonly periodKind: string;
  readonly periodYear: string;
  readonly periodQuarter: string;
  readonly periodMonth: string;
  readonly periodRange: string;
  readonly yearLabel: string;
  readonly quarterLabel: string;
  /** `{quarter}`. */
  readonly quarterOption: string;
  readonly monthLabel: string;
  /** `{month}`. */
  readonly monthOption: string;
  readonly rangeFrom: string;
  readonly rangeTo: string;
  readonly periodInvalid: string;
  readonly singleHeading: string;
  readonly summaryKindLabel: string;
  readonly summaryIncoming: string;
  readonly summaryOutgoing: string;
  readonly summarySupervision: string;
  readonly summarySubmissions: string;
  readonly summaryAppraisal: string;
  readonly summaryOverdue: string;
  readonly summaryClassified: string;
  readonly planSummary: string;
  readonly yearEndHeading: string;
  readonly yearEndHint: string;
  readonly planYearEnd: string;
  readonly planStep: string;
  readonly planHeading: string;
  /** `{name}`. */
  readonly planNew: string;
  /** `{name}`, `{old}`. */
  readonly planReplaces: string;
  /** `{name}`, `{wanted}`. */
  readonly planStepsAside: string;
  readonly writeSheets: string;
  readonly writeSheetsStep: string;
  readonly discardPlan: string;
  readonly sheetsWritten: string;
  /** `{count}`. */
  readonly sheetsWrittenLine: string;
  readonly nothingToSummarise: string;
}

export const SUMMARIES_STRINGS: AreaStrings<SummariesStrings> = {
  'zh-CN': {
    summariesIntro: '按所选期间统计各登记簿，结果写成新的工作表，可直接打印上报。写之前先列出表名；台账助手只替换自己以前生成的表，不动您的表。',
    periodHeading: '统计期间',
    periodKind: '期间',
    periodYear: '全年',
    periodQuarter: '季度',
    periodMonth: '月份',
    periodRange: '自定义起止日期',
    yearLabel: '年份',
    quarterLabel: '季度',
    quarterOption: '第 {quarter} 季度',
    monthLabel: '月份',
    monthOption: '{month} 月',
    rangeFrom: '起始日期',
    rangeTo: '截止日期',
    periodInvalid: '请填写完整的期间（年份为四位数，日期如 2026-03-01）。',
    singleHeading: '单项统计',
    summaryKindLabel: '统计内容',
    summaryIncoming: '收文统计',
    summaryOutgoing: '发文统计',
    summarySupervision: '督办统计',
    summarySubmissions: '信息报送统计',
    summaryAppraisal: '考核汇总',
    summaryOverdue: '逾期未办结清单',
    summaryClassified: '涉密文件清退清单',
    planSummary: '列出要写的表',
    yearEndHeading: '年终汇总',
    yearEndHint: '一次生成全年的各项统计、逾期未办结清单、涉密文件清退清单和目录；还没有发文定额表和考核计分办法的，一并生成。',
    planYearEnd: '列出年终汇总要写的表',
    planStep: '准备汇总',
    planHeading: '将写入这些工作表：',
    planNew: '新建「{name}」',
    planReplaces: '「{name}」（替换台账助手以前生成的「{old}」）',
    planStepsAside: '「{name}」（已有您自己的「{wanted}」，所以换个名字，您的表不动）',
    writeSheets: '写入工作簿',
    writeSheetsStep: '写入汇总表',
    discardPlan: '不写入',
    sheetsWritten: '汇总表已写入',
    sheetsWrittenLine: '共 {count} 张：',
    nothingToSummarise: '工作簿里没有这项统计需要的登记簿。',
  },
  'en-US': {
    summariesIntro: 'Counts the registers over the chosen period and writes the results as new sheets, ready to print. The sheet names are listed before anything is written; Register Desk replaces only sheets it made earlier, never yours.',
    periodHeading: 'Period',
    periodKind: 'Period',
    periodYear: 'Whole year',
    periodQuarter: 'Quarter',
    periodMonth: 'Month',
    periodRange: 'From … to …',
    yearLabel: 'Year',
    quarterLabel: 'Quarter',
    quarterOption: 'Q{quarter}',
    monthLabel: 'Month',
    monthOption: 'month {month}',
    rangeFrom: 'From',
    rangeTo: 'To',
    periodInvalid: 'Complete the period (a four-digit year; days such as 2026-03-01).',
    singleHeading: 'One summary',
    summaryKindLabel: 'Summary',
    summaryIncoming: 'Incoming documents',
    summaryOutgoing: 'Outgoing documents',
    summarySupervision: 'Supervised items',
    summarySubmissions: 'Information submissions',
    summaryAppraisal: 'Appraisal',
    summaryOverdue: 'Overdue items still open',
    summaryClassified: 'Classified documents not returned',
    planSummary: 'List the sheets to write',
    yearEndHeading: 'Year-end package',
    yearEndHint: 'Builds every summary of the year, the list of overdue items still open, the list of classified documents not yet returned and a contents sheet; the quota table and appraisal scheme too when the workbook has none.',
    planYearEnd: 'List the year-end sheets',
    planStep: 'Prepare the summary',
    planHeading: 'These sheets will be written:',
    planNew: 'new “{name}”',
    planReplaces: '“{name}” (replaces “{old}”, made by Register Desk earlier)',
    planStepsAside: '“{name}” (you have a sheet “{wanted}” of your own, so another name is used; yours is not touched)',
    writeSheets: 'Write into the workbook',
    writeSheetsStep: 'Write the summary sheets',
    discardPlan: 'Do not write',
    sheetsWritten: 'Summary sheets written',
    sheetsWrittenLine: '{count} sheets:',
    nothingToSummarise: 'The workbook has no register this summary needs.',
  },
};
