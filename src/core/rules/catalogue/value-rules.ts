/** Catalogue entries for controlled values, duplicates, classified documents and cross-register links. */
import type { RuleInfo } from './rule-info';

type ValueRuleCode =
  | 'value.full-width-digits'
  | 'classification.invalid'
  | 'urgency.invalid'
  | 'handler.unknown'
  | 'duplicate.serial'
  | 'duplicate.document'
  | 'classified.copy-number'
  | 'classified.not-returned'
  | 'cross.supervision-missing'
  | 'cross.off-register';

export const VALUE_RULES: Readonly<Record<ValueRuleCode, RuleInfo>> = {
  'value.full-width-digits': {
    family: 'values',
    severity: 'warning',
    title: { zh: '编号用了全角数字', en: 'Full-width digits in a number' },
    description: {
      zh: '编号、份数、份号中的数字是全角（１２），排序和统计会出错。可一键改为半角。',
      en: 'Full-width digits in a serial, copies or copy number break sorting and counting.',
    },
    example: { wrong: '１２', right: '12' },
    fixable: true,
  },
  'classification.invalid': {
    family: 'values',
    severity: 'error',
    title: { zh: '密级写法不规范', en: 'Non-standard classification' },
    description: {
      zh: '密级只能是绝密、机密、秘密（可在★后写保密期限，如 秘密★1年），或台账设置中声明的普通写法（非密、公开、内部、普通、明文、无）或空白。',
      en: '绝密 / 机密 / 秘密 (a period may follow ★), or one of the register’s declared ordinary values, or empty.',
    },
    example: { wrong: '秘密级', right: '秘密' },
    fixable: true,
  },
  'urgency.invalid': {
    family: 'values',
    severity: 'error',
    title: { zh: '紧急程度写法不规范', en: 'Non-standard urgency' },
    description: {
      zh: '紧急程度只能是特急、加急（电报还有特提、平急），或设置中声明的普通写法（普通、平件、一般）或空白；督办台账另可用紧急、中等、不需回复。急件等同义写法可一键改为标准写法。',
      en: '特急 / 加急 / 特提 / 平急, a declared ordinary value, or empty. Synonyms such as 急件 have a safe fix.',
    },
    example: { wrong: '急件', right: '加急' },
    fixable: true,
  },
  'handler.unknown': {
    family: 'values',
    severity: 'warning',
    title: { zh: '承办单位不在单位名单中', en: 'Handling unit not in the list' },
    description: {
      zh: '设置了本单位的承办单位名单时，名单外的写法（错别字、简称）会把统计拆散。会提示最接近的单位名称。',
      en: 'When the settings list the handling units, a name outside the list splits the statistics; the closest listed name is suggested.',
    },
    example: { wrong: '县财正局', right: '县财政局' },
    fixable: false,
  },
  'duplicate.serial': {
    family: 'duplicates',
    severity: 'error',
    title: { zh: '编号重复', en: 'Serial number used twice' },
    description: {
      zh: '同一年度内同一个收文编号（或督办编号）出现两次，两行都会列出。',
      en: 'The same serial number appears twice in one year; both rows are named.',
    },
    example: { wrong: '第8行和第15行编号都是 12', right: '后一件改为下一个未用的编号' },
    fixable: false,
  },
  'duplicate.document': {
    family: 'duplicates',
    severity: 'error',
    title: { zh: '同一文件重复登记', en: 'Same document registered twice' },
    description: {
      zh: '来文单位和文号都相同的收文登记了两次，两行都会列出。',
      en: 'An incoming document with the same sender and number is registered twice; both rows are named.',
    },
    kinds: ['incoming'],
    example: { wrong: '两行都是 市财政局 市财发〔2026〕3号', right: '删去重复的一行，或注明另一份的用途' },
    fixable: false,
  },
  'classified.copy-number': {
    family: 'classified',
    severity: 'error',
    title: { zh: '涉密文件未登记份号', en: 'Classified document without a copy number' },
    description: {
      zh: '绝密、机密、秘密文件必须登记份号，以便收回和清退时逐份核对。',
      en: 'A classified document needs its copy number (份号) so each copy can be accounted for.',
    },
    example: { wrong: '密级“机密★10年”，份号空', right: '份号填 000123' },
    fixable: false,
  },
  'classified.not-returned': {
    family: 'classified',
    severity: 'error',
    title: { zh: '涉密文件年终未清退', en: 'Classified document not returned after its year' },
    description: {
      zh: '收文年度已结束，涉密文件仍未填写收回或清退日期。年终应交回发文机关或按规定销毁。',
      en: 'The year of receipt has ended and no returned/destroyed date is recorded.',
    },
    kinds: ['incoming'],
    example: { wrong: '2025年收到的秘密文件，清退日期空', right: '清退日期填 2026-01-10' },
    fixable: false,
  },
  'cross.supervision-missing': {
    family: 'crossRegister',
    severity: 'warning',
    title: { zh: '标为督办却不在督办台账', en: 'Marked for supervision but not in the ledger' },
    description: {
      zh: '收文标明纳入督查督办（是、√、Y），但同一工作簿的督办台账中找不到它（按文号或标题对照）。工作簿中没有督办台账时不检查。',
      en: 'An incoming document marked for supervision has no item in the workbook’s supervision ledger (matched by number or title).',
    },
    kinds: ['incoming'],
    example: { wrong: '是否督办“是”，督办台账无此文', right: '在督办台账中登记该事项' },
    fixable: false,
  },
  'cross.off-register': {
    family: 'crossRegister',
    severity: 'warning',
    title: { zh: '账外文', en: 'Document handled outside the register' },
    description: {
      zh: '督办事项引用的文号在同一工作簿的收文（或发文）登记簿中找不到，文件可能未经登记就在办理。工作簿中没有收文登记簿时不检查。',
      en: 'A supervised item cites a document number that is in neither the incoming nor the outgoing register.',
    },
    kinds: ['supervision'],
    example: { wrong: '督办事项“落实市政办发〔2026〕9号”，收文簿无此号', right: '先在收文登记簿补登该文' },
    fixable: false,
  },
};
