/**
 * 密级: 绝密 / 机密 / 秘密, optionally with a 保密期限 after ★ (秘密★1年, 机密★10年, 绝密★长期),
 * or one of the register's declared ordinary values (非密, 公开, 内部 …), or empty.
 */
import { nameField, quote, type RuleContext } from '../context';
import type { Finding } from '../finding';
import { isFilledValue, readValueText } from '../record-values';
import { foldAll, foldKeys, foldValue } from './fold-value';
import { fixOfInvalid, reportInvalid, type InvalidValue } from './invalid-value';
import { rememberVerdicts } from './remember-verdicts';

/** 绝密/机密/秘密, then optionally ★ and a period in years or months, or 长期. */
const CLASSIFIED = /^(绝密|机密|秘密)(★(\d{1,3}(年|个月)|长期))?$/;

/**
 * True when a 密级 entry names a classified level (with or without a 保密期限).
 * @example isClassifiedLevel('秘密★1年') // true
 */
export function isClassifiedLevel(text: string, fold: (text: string) => string = foldValue): boolean {
  return CLASSIFIED.test(fold(text));
}

function describeInvalid(ctx: RuleContext, text: string, synonym: string | undefined): InvalidValue {
  const label = nameField(ctx, 'classification');
  const ordinary = ctx.settings.ordinaryClassifications.join('、');
  return {
    zh: ` 的${label.zh}${quote(text)}不是规范写法`,
    en: ` classification "${text}" is not a standard value`,
    fix: fixOfInvalid(synonym, {
      zh: `涉密文件写 绝密、机密 或 秘密（保密期限写在★后，如 秘密★1年）；非涉密写 ${ordinary} 之一或留空`,
      en: `Write 绝密, 机密 or 秘密 (a period after ★, e.g. 秘密★1年); otherwise one of ${ordinary}, or leave it empty`,
    }),
  };
}

/**
 * Finds 密级 entries that are neither a standard level nor a declared ordinary value.
 * @example checkClassification(ctx) // [{ rule: 'classification.invalid', row: 9, … }]
 */
export function checkClassification(ctx: RuleContext): Finding[] {
  if (ctx.register.layout.columns.classification === undefined) return [];
  const ordinary = foldAll(ctx.settings.ordinaryClassifications);
  const synonyms = foldKeys(ctx.settings.classificationSynonyms);
  const judge = rememberVerdicts((value): InvalidValue | null => {
    if (!isFilledValue(value)) return null;
    const text = readValueText(value);
    const folded = ctx.fold(text);
    if (CLASSIFIED.test(folded) || ordinary.has(folded)) return null;
    return describeInvalid(ctx, text, synonyms.get(folded));
  });
  const findings: Finding[] = [];
  for (const record of ctx.register.records) {
    const invalid = judge(record.values.classification);
    if (invalid) findings.push(reportInvalid(ctx, record.row, 'classification.invalid', 'classification', invalid));
  }
  return findings;
}
