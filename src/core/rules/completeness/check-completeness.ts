/**
 * Completeness: the entries a register kind cannot do without (from the settings, not code).
 * A row with nothing but its running number is a pre-numbered blank line, not an entry.
 */
import type { FieldName, LocalText, RegisterRecord } from '../../types';
import { findColumn, makeFinding, nameCell, nameField, type RuleContext } from '../context';
import type { Finding } from '../finding';
import { isFilled } from '../record-values';
import type { RequiredFields } from '../settings/rule-settings';

/** What a correct entry looks like, for the fields settings usually require. */
const EXAMPLES: Partial<Record<FieldName, string>> = {
  receivedDate: '2026-03-05',
  issuedDate: '2026-03-05',
  assignedDate: '2026-03-05',
  sender: '市财政局',
  docNumber: '县政办发〔2026〕12号',
  title: '关于做好2026年春节期间有关工作的通知',
  matter: '核实群众反映的道路损毁问题并答复',
  handler: '县财政局',
};

function joinNames(names: readonly string[], and: string): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join('、 ')}${and}${names[names.length - 1]}`;
}

function describeWanted(ctx: RuleContext, fields: readonly FieldName[]): LocalText {
  const zh = fields.map((f) => {
    const example = EXAMPLES[f];
    return example ? `${nameField(ctx, f).zh}（如 ${example}）` : nameField(ctx, f).zh;
  });
  const en = fields.map((f) => nameField(ctx, f).en);
  return fields.length === 1
    ? { zh: `请填写${zh[0]}`, en: `Fill in the ${en[0]}` }
    : { zh: `请至少填写一项：${zh.join('或')}`, en: `Fill in at least one of: ${en.join(', ')}` };
}

function reportEmpty(ctx: RuleContext, record: RegisterRecord, group: RequiredFields, mapped: readonly FieldName[]): Finding {
  const cells = mapped.map((f) => `${nameCell(ctx, record.row, f).zh} 的${nameField(ctx, f).zh}`);
  const cellsEn = mapped.map((f) => `${nameCell(ctx, record.row, f).en} (${nameField(ctx, f).en})`);
  const condition = group.when
    ? {
        zh: `已填${nameField(ctx, group.when).zh}（${nameCell(ctx, record.row, group.when).zh}），但 `,
        en: `The ${nameField(ctx, group.when).en} (${nameCell(ctx, record.row, group.when).en}) is set but `,
      }
    : { zh: '', en: '' };
  const empty = mapped.length === 1 ? '为空' : '都为空';
  return makeFinding(ctx, {
    rule: 'completeness.required',
    row: record.row,
    field: mapped[0],
    message: {
      zh: `${condition.zh}${joinNames(cells, '和 ')}${empty}`,
      en: `${condition.en}${joinNames(cellsEn, ' and ')} ${mapped.length === 1 ? 'is' : 'are'} empty`,
    },
    fix: describeWanted(ctx, mapped),
  });
}

function reportColumnMissing(ctx: RuleContext, group: RequiredFields): Finding {
  const names = group.anyOf.map((f) => nameField(ctx, f));
  const zh = names.map((n) => `“${n.zh}”`).join('或');
  const en = names.map((n) => `"${n.en}"`).join(' or ');
  return makeFinding(ctx, {
    rule: 'completeness.column-missing',
    row: null,
    field: group.anyOf[0],
    message: {
      zh: `工作表“${ctx.sheet}”中找不到${zh}列，无法检查每行是否已填写`,
      en: `Sheet "${ctx.sheet}" has no ${en} column, so no row can be checked for it`,
    },
    fix: {
      zh: `请增加${zh}列，或在列映射中指明它所在的列`,
      en: `Add a ${en} column, or point the column mapping at it`,
    },
  });
}

// Loops rather than some(): a closure per row and group adds up on big registers.
function hasOnlySerial(record: RegisterRecord, others: readonly FieldName[]): boolean {
  for (const field of others) if (isFilled(record, field)) return false;
  return true;
}

function isAnyFilled(record: RegisterRecord, fields: readonly FieldName[]): boolean {
  for (const field of fields) if (isFilled(record, field)) return true;
  return false;
}

/**
 * Finds rows whose required entries are empty, and required fields the register has no column for.
 * @example checkCompleteness(ctx) // [{ rule: 'completeness.required', row: 17, field: 'title', … }]
 */
export function checkCompleteness(ctx: RuleContext): Finding[] {
  if (!ctx.kind) return [];
  const findings: Finding[] = [];
  const active: Array<{ group: RequiredFields; mapped: FieldName[] }> = [];
  for (const group of ctx.settings.required[ctx.kind]) {
    if (group.when && findColumn(ctx, group.when) === undefined) continue;
    const mapped = group.anyOf.filter((f) => findColumn(ctx, f) !== undefined);
    if (mapped.length === 0) findings.push(reportColumnMissing(ctx, group));
    else active.push({ group, mapped });
  }
  if (active.length === 0) return findings;
  const others = (Object.keys(ctx.register.layout.columns) as FieldName[]).filter((f) => f !== 'serialNo');
  for (const record of ctx.register.records) {
    if (hasOnlySerial(record, others)) continue;
    for (const { group, mapped } of active) {
      if (group.when && !isFilled(record, group.when)) continue;
      if (!isAnyFilled(record, mapped)) findings.push(reportEmpty(ctx, record, group, mapped));
    }
  }
  return findings;
}
