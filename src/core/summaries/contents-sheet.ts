/** The contents sheet (目录) of the year-end package: one linked line per sheet, with what it counts. */
import type { SheetSpec, SpecValue } from '../sheet-spec';
import { PORTRAIT, describePeriodLine, namePurpose, nameSummarySheet } from './sheet-frame';
import type { SummaryContext } from './summary-types';

/** What each sheet counts and by which date, keyed by its purpose without the period. */
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  'summary:incoming': '收文按月份、来文单位、密级、紧急程度、承办单位统计（按收文日期）',
  'summary:outgoing': '发文按月份、拟稿单位或机关代字统计，发文定额执行情况（按发文日期）',
  'summary:supervision': '督办事项按来源、类别、批示领导、承办单位统计，满意率，逾期未办结事项（按交办日期）',
  'summary:submissions': '信息报送与采用按单位、按人统计及得分（按报送日期）',
  'summary:appraisal': '承办单位和个人考核得分、名次与等次（强制分布）',
  'summary:overdue': '截至统计日已逾期仍未办结的收文和督办事项',
  'summary:classified': '尚未清退或销毁的涉密文件',
  'settings:quota': '各单位年度发文定额及定额规则（可修改）',
  'settings:appraisal': '考核计分项目、分值、权重及优秀比例（可修改）',
};

function describeSheet(sheet: SheetSpec): string {
  return DESCRIPTIONS[sheet.purpose.split(':').slice(0, 2).join(':')] ?? sheet.title;
}

/**
 * @example buildContentsSheet(ctx, specs).tables[0].rows[0] // [1, { text: '2026年度 收文统计', linkToSheet: '2026年度 收文统计' }, '收文按月份…']
 */
export function buildContentsSheet(ctx: SummaryContext, sheets: readonly SheetSpec[]): SheetSpec {
  const rows = sheets.map((s, i): SpecValue[] => [i + 1, { text: s.name, linkToSheet: s.name }, describeSheet(s)]);
  return {
    name: nameSummarySheet(ctx.period, '目录'),
    purpose: namePurpose('contents', ctx.period),
    title: `${ctx.period.label}工作汇总`,
    subtitle: describePeriodLine(ctx),
    tables: [
      {
        columns: [
          { header: '序号', width: 6, format: 'integer' },
          { header: '工作表', width: 28, format: 'text' },
          { header: '内容', width: 60, format: 'text' },
        ],
        rows,
      },
    ],
    notes: ['点击工作表名称可跳转。重新生成年终汇总时，以上各表整表替换；手工修改请另存。'],
    print: PORTRAIT,
  };
}
