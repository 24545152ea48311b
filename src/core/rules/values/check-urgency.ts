/**
 * 紧急程度: 特急 / 加急 (and the telegram grades 特提 / 平急), the register's declared ordinary
 * values (普通, 平件, 一般), the extra values its kind uses (督办台账: 紧急, 中等 …), or empty.
 */
import { nameField, quote, type RuleContext } from '../context';
import type { Finding } from '../finding';
import { isFilledValue, readValueText } from '../record-values';
import { foldAll, foldKeys } from './fold-value';
import { fixOfInvalid, reportInvalid, type InvalidValue } from './invalid-value';
import { rememberVerdicts } from './remember-verdicts';

/** GB/T 9704-2012 grades and the telegram grades. */
export const STANDARD_URGENCIES: readonly string[] = ['特急', '加急', '特提', '平急'];

function describeInvalid(ctx: RuleContext, text: string, synonym: string | undefined): InvalidValue {
  const label = nameField(ctx, 'urgency');
  const ordinary = ctx.settings.ordinaryUrgencies.join('、');
  const own = ctx.kind ? (ctx.settings.urgenciesByKind[ctx.kind] ?? []) : [];
  const ownZh = own.length > 0 ? `；本台账还可写 ${own.join('、')}` : '';
  const ownEn = own.length > 0 ? `; this register also takes ${own.join(', ')}` : '';
  return {
    zh: ` 的${label.zh}${quote(text)}不是规范写法`,
    en: ` urgency "${text}" is not a standard value`,
    fix: fixOfInvalid(synonym, {
      zh: `紧急文件写 特急 或 加急（电报为 特提、特急、加急、平急）；普通文件写 ${ordinary} 之一或留空${ownZh}`,
      en: `Write 特急 or 加急 (telegrams: 特提, 特急, 加急, 平急); ordinary items ${ordinary}, or leave it empty${ownEn}`,
    }),
  };
}

/**
 * Finds 紧急程度 entries outside the standard, ordinary and per-kind values.
 * @example checkUrgency(ctx) // [{ rule: 'urgency.invalid', row: 4, … }]
 */
export function checkUrgency(ctx: RuleContext): Finding[] {
  if (ctx.register.layout.columns.urgency === undefined) return [];
  const byKind = ctx.kind ? (ctx.settings.urgenciesByKind[ctx.kind] ?? []) : [];
  const allowed = foldAll([...STANDARD_URGENCIES, ...ctx.settings.ordinaryUrgencies, ...byKind]);
  const synonyms = foldKeys(ctx.settings.urgencySynonyms);
  const judge = rememberVerdicts((value): InvalidValue | null => {
    if (!isFilledValue(value)) return null;
    const text = readValueText(value);
    const folded = ctx.fold(text);
    return allowed.has(folded) ? null : describeInvalid(ctx, text, synonyms.get(folded));
  });
  const findings: Finding[] = [];
  for (const record of ctx.register.records) {
    const invalid = judge(record.values.urgency);
    if (invalid) findings.push(reportInvalid(ctx, record.row, 'urgency.invalid', 'urgency', invalid));
  }
  return findings;
}
