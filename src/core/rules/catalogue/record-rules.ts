/** Catalogue entries for the completeness, date and result rules. */
import type { RuleInfo } from './rule-info';

type RecordRuleCode =
  | 'completeness.required'
  | 'completeness.column-missing'
  | 'date.unreadable'
  | 'date.as-text'
  | 'date.out-of-range'
  | 'date.completed-before-start'
  | 'date.completed-in-future'
  | 'date.deadline-before-start'
  | 'result.done-without-date'
  | 'result.open-with-date';

export const RECORD_RULES: Readonly<Record<RecordRuleCode, RuleInfo>> = {
  'completeness.required': {
    family: 'completeness',
    severity: 'error',
    title: { zh: '必填项为空', en: 'Required entry is empty' },
    description: {
      zh: '这类台账离不开的栏目没有填写（收文：收文日期、来文单位或文号、标题，设了时限的还要承办单位；督办：督办事项、承办单位、交办日期；发文：发文字号、发文日期、标题）。必填栏目可在设置中调整。',
      en: 'A field this kind of register cannot do without is empty. The required fields are a setting.',
    },
    example: { wrong: '收文日期一栏空白', right: '收文日期填 2026-03-05' },
    fixable: false,
  },
  'completeness.column-missing': {
    family: 'completeness',
    severity: 'warning',
    title: { zh: '缺少必填栏目', en: 'Required column is missing' },
    description: {
      zh: '台账里找不到某个必填栏目，整列都无法检查。请增加该列，或在列映射中指明是哪一列。',
      en: 'The register has no column for a required field, so nothing in it can be checked.',
    },
    example: { wrong: '收文登记簿没有“标题”列', right: '增加“文件标题”列' },
    fixable: false,
  },
  'date.unreadable': {
    family: 'dates',
    severity: 'error',
    title: { zh: '日期无法识别', en: 'Date cannot be read' },
    description: {
      zh: '日期栏里的内容读不成日期（如 3月32日、2026-2-30、“待定”）。这是读表时发现的问题，在检查结果中列出一次。',
      en: 'A date cell does not hold a readable date. Raised by the reader; listed once among the findings.',
    },
    example: { wrong: '2026-2-30', right: '2026-02-28' },
    fixable: false,
  },
  'date.as-text': {
    family: 'dates',
    severity: 'warning',
    title: { zh: '日期写成了文字', en: 'Date typed as text' },
    description: {
      zh: '日期以文字形式录入（2026.3.5、2026年3月5日、２０２６－３－５），Excel 无法按日期排序、筛选和计算。可一键改为真正的日期。',
      en: 'The date is text, so Excel cannot sort, filter or count with it. A safe fix turns it into a date cell.',
    },
    example: { wrong: '2026.3.5（文字）', right: '2026-03-05（日期格式）' },
    fixable: true,
  },
  'date.out-of-range': {
    family: 'dates',
    severity: 'warning',
    title: { zh: '日期不在台账年度内', en: 'Date outside the register’s years' },
    description: {
      zh: '日期的年份超出台账年度前后的允许范围（标题或表名中的年度 ± 设置的宽限年数；没有年度时按台账中大多数记录的年份），多为年份录错。',
      en: 'The year is outside the register’s year ± the configured slack (or the years most records carry): usually a typing slip.',
    },
    example: { wrong: '2062-03-05（2026年收文登记簿）', right: '2026-03-05' },
    fixable: false,
  },
  'date.completed-before-start': {
    family: 'dates',
    severity: 'error',
    title: { zh: '办结早于收文或交办', en: 'Completed before it was received or assigned' },
    description: {
      zh: '办结日期早于收文日期（或交办日期），事情不可能在收到之前办完。',
      en: 'The completion date is earlier than the received (or assigned) date.',
    },
    example: { wrong: '收文 2026-03-05，办结 2026-03-01', right: '办结 2026-03-10' },
    fixable: false,
  },
  'date.completed-in-future': {
    family: 'dates',
    severity: 'error',
    title: { zh: '办结日期在今天之后', en: 'Completion date in the future' },
    description: {
      zh: '办结日期晚于检查基准日（默认今天）。尚未办结的事项应空着办结日期。',
      en: 'The completion date is after the as-of day. Leave it empty until the item is finished.',
    },
    example: { wrong: '基准日 2026-11-20，办结 2026-12-01', right: '办结日期留空，办理结果写“办理中”' },
    fixable: false,
  },
  'date.deadline-before-start': {
    family: 'dates',
    severity: 'error',
    title: { zh: '时限早于收文或交办', en: 'Deadline before it was received or assigned' },
    description: {
      zh: '办理时限写的日期早于收文日期（或交办日期），多为日期录错。',
      en: 'The deadline date is earlier than the received (or assigned) date.',
    },
    example: { wrong: '收文 2026-03-05，时限 2026-02-10', right: '时限 2026-03-12' },
    fixable: false,
  },
  'result.done-without-date': {
    family: 'dates',
    severity: 'warning',
    title: { zh: '已办结但无办结日期', en: 'Finished but no completion date' },
    description: {
      zh: '办理结果写明已办结（办结、已完成、已答复等），但办结日期为空，无法统计按时办结率。',
      en: 'The result says finished but the completion date is empty, so on-time rates cannot be counted.',
    },
    example: { wrong: '办理结果“已办结”，办结日期空', right: '办结日期填 2026-03-10' },
    fixable: false,
  },
  'result.open-with-date': {
    family: 'dates',
    severity: 'error',
    title: { zh: '有办结日期但结果写未办结', en: 'Completion date but result says still open' },
    description: {
      zh: '填了办结日期，办理结果却写着办理中、未办结等，两者矛盾。',
      en: 'A completion date is filled in but the result says the item is still open.',
    },
    example: { wrong: '办结 2026-03-10，结果“办理中”', right: '结果改为“已办结”，或删去办结日期' },
    fixable: false,
  },
};
