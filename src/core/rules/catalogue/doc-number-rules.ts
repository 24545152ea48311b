/** Catalogue entries for document numbers (GB/T 9704-2012 发文字号). */
import type { RuleInfo } from './rule-info';

type DocNumberRuleCode =
  | 'doc-number.brackets'
  | 'doc-number.two-digit-year'
  | 'doc-number.leading-zero'
  | 'doc-number.ordinal'
  | 'doc-number.missing-hao'
  | 'doc-number.full-width-digits'
  | 'doc-number.malformed'
  | 'doc-number.year-mismatch'
  | 'doc-number.gap'
  | 'doc-number.duplicate';

const FAMILY = 'docNumbers';

export const DOC_NUMBER_RULES: Readonly<Record<DocNumberRuleCode, RuleInfo>> = {
  'doc-number.brackets': {
    family: FAMILY,
    severity: 'error',
    title: { zh: '文号年份括号不对', en: 'Wrong brackets around the year' },
    description: {
      zh: '发文字号的年份应放在六角括号〔 〕中，不能用 [ ]、( )、（ ）、【 】、〈 〉、［ ］ 等。',
      en: 'GB/T 9704-2012 puts the year in six-corner brackets 〔 〕, not [ ], ( ), （ ）, 【 】, 〈 〉 or ［ ］.',
    },
    example: { wrong: '县政办发[2026]12号', right: '县政办发〔2026〕12号' },
    fixable: true,
  },
  'doc-number.two-digit-year': {
    family: FAMILY,
    severity: 'error',
    title: { zh: '文号年份只写了两位', en: 'Two-digit year in the document number' },
    description: {
      zh: '发文字号的年份应写全四位。能从登记日期确定年份时可一键补全。',
      en: 'The year is written in full. A safe fix completes it when the row’s date confirms the year.',
    },
    example: { wrong: '县政办发〔26〕12号', right: '县政办发〔2026〕12号' },
    fixable: true,
  },
  'doc-number.leading-zero': {
    family: FAMILY,
    severity: 'error',
    title: { zh: '文号序号前有 0', en: 'Leading zeros in the serial' },
    description: { zh: '发文顺序号不编虚位，不能写成 012、001。', en: 'The serial has no leading zeros.' },
    example: { wrong: '县政办发〔2026〕012号', right: '县政办发〔2026〕12号' },
    fixable: true,
  },
  'doc-number.ordinal': {
    family: FAMILY,
    severity: 'error',
    title: { zh: '文号序号前加了“第”', en: '第 before the serial' },
    description: { zh: '发文顺序号前不加“第”字。', en: 'No 第 before the serial.' },
    example: { wrong: '县政办发〔2026〕第12号', right: '县政办发〔2026〕12号' },
    fixable: true,
  },
  'doc-number.missing-hao': {
    family: FAMILY,
    severity: 'error',
    title: { zh: '文号缺“号”字', en: 'Document number lacks 号' },
    description: { zh: '发文字号以“号”字结尾。', en: 'A document number ends in 号.' },
    example: { wrong: '县政办发〔2026〕12', right: '县政办发〔2026〕12号' },
    fixable: true,
  },
  'doc-number.full-width-digits': {
    family: FAMILY,
    severity: 'warning',
    title: { zh: '文号用了全角数字', en: 'Full-width digits in the document number' },
    description: {
      zh: '文号中的数字是全角（２０２６），查找和排序时与半角数字对不上。',
      en: 'Full-width digits (２０２６) do not match half-width ones in searches and sorting.',
    },
    example: { wrong: '县政办发〔２０２６〕１２号', right: '县政办发〔2026〕12号' },
    fixable: true,
  },
  'doc-number.malformed': {
    family: FAMILY,
    severity: 'warning',
    title: { zh: '发文字号格式无法识别', en: 'Document number not in the standard form' },
    description: {
      zh: '本机关的发文字号应由机关代字、〔年份〕、顺序号和“号”组成。只检查发文登记簿。',
      en: 'An outgoing number is agency code + 〔year〕 + serial + 号. Checked in outgoing registers only.',
    },
    kinds: ['outgoing'],
    example: { wrong: '2026-12', right: '县政办发〔2026〕12号' },
    fixable: false,
  },
  'doc-number.year-mismatch': {
    family: FAMILY,
    severity: 'error',
    title: { zh: '文号年份与日期不符', en: 'Year in the number disagrees with the date' },
    description: {
      zh: '发文字号中的年份与发文日期的年份不同；收文的文号年份晚于收文日期的年份也属此类。',
      en: 'The number’s year differs from the issued date’s year, or (incoming) is later than the received year.',
    },
    example: { wrong: '县政办发〔2025〕12号，发文日期 2026-03-05', right: '县政办发〔2026〕12号' },
    fixable: false,
  },
  'doc-number.gap': {
    family: FAMILY,
    severity: 'warning',
    title: { zh: '发文字号断号', en: 'Gaps in a document-number series' },
    description: {
      zh: '同一机关代字、同一年度的发文顺序号不连续。每个系列只报一条，列出缺少的号（如 9、12–14），挂在断号后的第一份文件上。只检查最小号到最大号之间。',
      en: 'One finding per agency-code series and year, listing the missing serials compactly, on the first number after a gap.',
    },
    kinds: ['outgoing'],
    example: { wrong: '县政办发〔2026〕8号之后是10号', right: '补登9号，或在备注中说明作废' },
    fixable: false,
  },
  'doc-number.duplicate': {
    family: FAMILY,
    severity: 'error',
    title: { zh: '发文字号重号', en: 'Document number used twice' },
    description: {
      zh: '同一发文字号登记了两次，两行都会列出。',
      en: 'The same outgoing number is registered twice; both rows are named.',
    },
    kinds: ['outgoing'],
    example: { wrong: '两行都是县政办发〔2026〕12号', right: '核对后改正其中一行' },
    fixable: false,
  },
};
