/**
 * 紧急程度: 特急 / 加急 (and the telegram grades 特提 / 平急), the register's declared ordinary
 * values (普通, 平件, 一般), the extra values its kind uses (督办台账: 紧急, 中等 …), or empty.
 */
import type { LocalText } from '../../types';
import { makeFinding, nameCell, nameField, quote, type RuleContext } from '../context';
import type { Finding } from '../finding';
import { isFilledValue, readValueText } from '../record-values';
import { foldAll, foldKeys } from './fold-value';
import { rememberVerdicts } from './remember-verdicts';

/** GB/T 9704-2012 grades and the telegram grades. */
export const STANDARD_URGENCIES: readonly string[] = ['特急', '加急', '特提', '平急'];

/** What a finding says of one invalid entry, but for the cell's name (the same for every row holding it). */
interface Invalid {
  readonly zh: string;
  readonly en: string;
  readonly fix: LocalText;
}

function describeInvalid(ctx: RuleContext, text: string, synonym: string | undefined): Invalid {
  const label = nameField(ctx, 'urgency');
  const ordinary = ctx.settings.ordinaryUrgencies.join('、');
  const own = ctx.kind ? (ctx.settings.urgenciesByKind[ctx.kind] ?? []) : [];
  const ownZh = own.length > 0 ? `；本台账还可写 ${own.join('、')}` : '';
  const ownEn = own.length > 0 ? `; this register also takes ${own.join(', ')}` : '';
  return {
    zh: ` 的${label.zh}${quote(text)}不是规范写法`,
    en: ` urgency "${text}" is not a standard value`,
    fix: synonym
      ? { zh: `请改为“${synonym}”（可一键修正）`, en: `Write "${synonym}" (a safe fix is available)` }
      : {
          zh: `紧急文件写 特急 或 加急（电报为 特提、特急、加急、平急）；普通文件写 ${ordinary} 之一或留空${ownZh}`,
          en: `Write 特急 or 加急 (telegrams: 特提, 特急, 加急, 平急); ordinary items ${ordinary}, or leave it empty${ownEn}`,
        },
  };
}

function report(ctx: RuleContext, row: number, invalid: Invalid): Finding {
  const cell = nameCell(ctx, row, 'urgency');
  return makeFinding(ctx, {
    rule: 'urgency.invalid',
    row,
    field: 'urgency',
    message: { zh: cell.zh + invalid.zh, en: cell.en + invalid.en },
    fix: invalid.fix,
  });
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
  const judge = rememberVerdicts((value): Invalid | null => {
    if (!isFilledValue(value)) return null;
    const text = readValueText(value);
    const folded = ctx.fold(text);
    return allowed.has(folded) ? null : describeInvalid(ctx, text, synonyms.get(folded));
  });
  const findings: Finding[] = [];
  for (const record of ctx.register.records) {
    const invalid = judge(record.values.urgency);
    if (invalid) findings.push(report(ctx, record.row, invalid));
  }
  return findings;
}
