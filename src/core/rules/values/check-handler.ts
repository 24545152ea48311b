/**
 * Handling units against the office's own list, when the settings keep one: a misspelt or
 * shortened name splits the unit's figures in every summary. A cell may name several units
 * (县财政局、县发改委); each is checked.
 */
import type { RegisterRecord } from '../../types';
import { makeFinding, nameCell, nameField, quote, type RuleContext } from '../context';
import type { Finding } from '../finding';
import { isFilled, readText } from '../record-values';
import { findClosestName } from './closest-name';
import { foldValue } from './fold-value';

const UNIT_SEPARATORS = /[、,，;；/／\n]+/;

function report(ctx: RuleContext, record: RegisterRecord, text: string, unknown: ReadonlyArray<{ name: string; closest: string | null }>): Finding {
  const cell = nameCell(ctx, record.row, 'handler');
  const label = nameField(ctx, 'handler');
  const names = unknown.map((u) => quote(u.name)).join('、');
  const suggestions = unknown.filter((u) => u.closest !== null).map((u) => `${quote(u.name)}可能是“${u.closest}”`);
  const suggestionsEn = unknown.filter((u) => u.closest !== null).map((u) => `"${u.name}" may be "${u.closest}"`);
  return makeFinding(ctx, {
    rule: 'handler.unknown',
    row: record.row,
    field: 'handler',
    message: {
      zh: `${cell.zh} 的${label.zh}${unknown.length === 1 && unknown[0].name === text ? quote(text) : `中的${names}`}不在本单位的承办单位名单中`,
      en: `${cell.en} handling unit ${unknown.map((u) => `"${u.name}"`).join(', ')} is not in the list of units`,
    },
    fix:
      suggestions.length > 0
        ? { zh: `${suggestions.join('；')}，请按名单写法填写`, en: `${suggestionsEn.join('; ')}: write names as listed` }
        : {
            zh: `请按名单写法填写（共 ${ctx.settings.handlers.length} 个单位，见设置）；新单位请先加入名单`,
            en: `Write a name from the list (${ctx.settings.handlers.length} units, see settings), or add the new unit to it`,
          },
  });
}

/**
 * Finds handling units that are not in the office's list, suggesting the closest listed name.
 * @example checkHandler(ctx) // [{ rule: 'handler.unknown', fix: { zh: '“县财正局”可能是“县财政局”…' } }]
 */
export function checkHandler(ctx: RuleContext): Finding[] {
  if (ctx.settings.handlers.length === 0 || ctx.register.layout.columns.handler === undefined) return [];
  const listed = new Map(ctx.settings.handlers.map((name) => [foldValue(name), name]));
  const listedNames = [...listed.values()];
  // The same misspelling recurs down a register: work out its suggestion once.
  const closestCache = new Map<string, string | null>();
  const findings: Finding[] = [];
  for (const record of ctx.register.records) {
    if (!isFilled(record, 'handler')) continue;
    const text = readText(record, 'handler');
    const unknown: Array<{ name: string; closest: string | null }> = [];
    for (const part of text.split(UNIT_SEPARATORS)) {
      const name = part.trim();
      if (!name || listed.has(ctx.fold(name))) continue;
      let closest = closestCache.get(name);
      if (closest === undefined) {
        closest = findClosestName(name, listedNames);
        closestCache.set(name, closest);
      }
      unknown.push({ name, closest });
    }
    if (unknown.length > 0) findings.push(report(ctx, record, text, unknown));
  }
  return findings;
}
