/**
 * Reads the `deadlines` section of the workbook's stored settings. A clerk (or an older version)
 * may have written anything there: each field is checked on its own, a bad field falls back to
 * its default, a bad rule is dropped, and every fallback is reported.
 */
import { parseIsoDay } from '../dates/day';
import { DATE_FIELDS, REGISTER_KINDS, type DateField, type Problem, type RegisterKind } from '../types';
import { DEFAULT_DEADLINE_SETTINGS, type DeadlineSettings, type DefaultRule, type KindDeadlineSettings } from './deadline-settings';
import { DEADLINE_UNITS, type DeadlineUnit, type Period } from './deadline-types';

export const SETTINGS_INVALID = 'settings.deadlines.invalid';

type Check<T> = (value: unknown) => T | null;

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const integerIn = (min: number, max: number): Check<number> => (v) => (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : null);
const unit: Check<DeadlineUnit> = (v) => (DEADLINE_UNITS.find((u) => u === v) ?? null);
const period: Check<Period> = (v) => {
  if (!isRecord(v)) return null;
  const amount = integerIn(0, 999)(v.amount);
  const u = unit(v.unit);
  return amount !== null && u !== null ? { amount, unit: u } : null;
};
const words: Check<string[]> = (v) => (Array.isArray(v) && v.every((w) => typeof w === 'string') ? v.filter((w) => w.trim() !== '') : null);
const dateFields: Check<DateField[]> = (v) =>
  Array.isArray(v) && v.length > 0 && v.every((f) => DATE_FIELDS.some((d) => d === f)) ? (v as DateField[]) : null;
const rule: Check<DefaultRule> = (v) => {
  if (!isRecord(v) || (v.field !== 'urgency' && v.field !== 'category')) return null;
  const values = words(v.values);
  const p = period(v.period);
  return values && values.length > 0 && p ? { field: v.field, values, period: p } : null;
};

function invalid(path: string): Problem {
  return {
    code: SETTINGS_INVALID,
    severity: 'warning',
    message: { zh: `期限设置"${path}"无效，已改用默认值`, en: `The deadline setting "${path}" is not valid; the default is used.` },
    fix: { zh: '请在设置中重新填写这一项', en: 'Set this item again in the settings.' },
  };
}

function pick<T>(source: Readonly<Record<string, unknown>>, key: string, check: Check<T>, fallback: T, path: string, problems: Problem[]): T {
  if (!(key in source) || source[key] === undefined) return fallback;
  const value = check(source[key]);
  if (value === null) problems.push(invalid(path));
  return value ?? fallback;
}

function readKind(raw: unknown, kind: RegisterKind, problems: Problem[]): KindDeadlineSettings {
  const fallback = DEFAULT_DEADLINE_SETTINGS.kinds[kind];
  if (raw === undefined) return fallback;
  if (!isRecord(raw)) {
    problems.push(invalid(`kinds.${kind}`));
    return fallback;
  }
  let rules = fallback.rules;
  if (raw.rules !== undefined) {
    if (Array.isArray(raw.rules)) {
      rules = raw.rules.flatMap((r, i) => {
        const ok = rule(r);
        if (!ok) problems.push(invalid(`kinds.${kind}.rules[${i}]`));
        return ok ? [ok] : [];
      });
    } else problems.push(invalid(`kinds.${kind}.rules`));
  }
  const fallbackPeriod: Check<Period | null> = (v) => (v === null ? null : period(v));
  const hasNullFallback = raw.fallback === null;
  return {
    startFrom: pick(raw, 'startFrom', dateFields, fallback.startFrom, `kinds.${kind}.startFrom`, problems),
    rules,
    fallback: hasNullFallback ? null : pick(raw, 'fallback', fallbackPeriod, fallback.fallback, `kinds.${kind}.fallback`, problems),
  };
}

/**
 * Validates a stored `deadlines` section field by field; anything missing or bad takes its default.
 * @example readDeadlineSettings({ warningWorkingDays: 5 }).settings.warningWorkingDays // 5
 * @example readDeadlineSettings({ warningWorkingDays: -1 }).problems[0].code // 'settings.deadlines.invalid'
 */
export function readDeadlineSettings(section: unknown): { settings: DeadlineSettings; problems: Problem[] } {
  const problems: Problem[] = [];
  const d = DEFAULT_DEADLINE_SETTINGS;
  if (section === undefined || section === null) return { settings: d, problems };
  if (!isRecord(section)) return { settings: d, problems: [invalid('deadlines')] };
  const asOf: Check<string | null> = (v) => (v === null ? null : typeof v === 'string' && parseIsoDay(v) ? v : null);
  const rawKinds = section.kinds;
  if (rawKinds !== undefined && !isRecord(rawKinds)) problems.push(invalid('kinds'));
  const kindSource = isRecord(rawKinds) ? rawKinds : {};
  const kinds = Object.fromEntries(REGISTER_KINDS.map((k) => [k, readKind(kindSource[k], k, problems)])) as Record<RegisterKind, KindDeadlineSettings>;
  const settings: DeadlineSettings = {
    warningWorkingDays: pick(section, 'warningWorkingDays', integerIn(0, 60), d.warningWorkingDays, 'warningWorkingDays', problems),
    asOfDay: section.asOfDay === null ? null : pick(section, 'asOfDay', asOf, d.asOfDay, 'asOfDay', problems),
    utcOffsetMinutes: pick(section, 'utcOffsetMinutes', integerIn(-720, 840), d.utcOffsetMinutes, 'utcOffsetMinutes', problems),
    bareNumberUnit: pick(section, 'bareNumberUnit', unit, d.bareNumberUnit, 'bareNumberUnit', problems),
    kinds,
    ongoingWords: pick(section, 'ongoingWords', words, d.ongoingWords, 'ongoingWords', problems),
    finishedWords: pick(section, 'finishedWords', words, d.finishedWords, 'finishedWords', problems),
    unfinishedWords: pick(section, 'unfinishedWords', words, d.unfinishedWords, 'unfinishedWords', problems),
  };
  return { settings, problems };
}
