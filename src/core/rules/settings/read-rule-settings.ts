/**
 * Reads the `rules` section of the workbook's settings. Each entry is checked on its own: a bad
 * entry falls back to its default and is reported, the good ones are kept.
 */
import { REGISTER_KINDS, type Problem, type RegisterKind } from '../../types';
import { isFieldName } from '../field-labels';
import { isRuleCode, type RuleCode } from '../rule-codes';
import { DEFAULT_RULE_SETTINGS, type RequiredFields, type RuleSettings } from './rule-settings';

type Reader<T> = (value: unknown) => T | null;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const readStrings: Reader<readonly string[]> = (value) =>
  Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : null;

const readStringMap: Reader<Readonly<Record<string, string>>> = (value) =>
  isObject(value) && Object.values(value).every((v) => typeof v === 'string')
    ? (value as Record<string, string>)
    : null;

const readNumberIn =
  (min: number, max: number): Reader<number> =>
  (value) =>
    typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : null;

function readRequiredFields(value: unknown): RequiredFields | null {
  if (!isObject(value) || !Array.isArray(value.anyOf) || value.anyOf.length === 0) return null;
  if (!value.anyOf.every(isFieldName)) return null;
  if (value.when !== undefined && !isFieldName(value.when)) return null;
  return value.when === undefined ? { anyOf: value.anyOf } : { anyOf: value.anyOf, when: value.when };
}

/** Kinds left out keep their default list; a kind given as a bad list is reported. */
const readRequired: Reader<RuleSettings['required']> = (value) => {
  if (!isObject(value)) return null;
  const result: Record<RegisterKind, readonly RequiredFields[]> = { ...DEFAULT_RULE_SETTINGS.required };
  for (const [key, list] of Object.entries(value)) {
    const kind = REGISTER_KINDS.find((k) => k === key);
    if (!kind || !Array.isArray(list)) return null;
    const entries = list.map(readRequiredFields);
    if (entries.some((e) => e === null)) return null;
    result[kind] = entries.filter((e): e is RequiredFields => e !== null);
  }
  return result;
};

const readUrgenciesByKind: Reader<RuleSettings['urgenciesByKind']> = (value) => {
  if (!isObject(value)) return null;
  const result: Partial<Record<RegisterKind, readonly string[]>> = {};
  for (const [key, list] of Object.entries(value)) {
    const kind = REGISTER_KINDS.find((k) => k === key);
    const strings = readStrings(list);
    if (!kind || !strings) return null;
    result[kind] = strings;
  }
  return result;
};

const readRuleCodes: Reader<readonly RuleCode[]> = (value) =>
  Array.isArray(value) && value.every((v) => typeof v === 'string' && isRuleCode(v)) ? (value as RuleCode[]) : null;

const READERS: { readonly [K in keyof RuleSettings]: Reader<RuleSettings[K]> } = {
  required: readRequired,
  yearSlack: readNumberIn(0, 50),
  dominantYearShare: readNumberIn(0, 1),
  ordinaryClassifications: readStrings,
  classificationSynonyms: readStringMap,
  ordinaryUrgencies: readStrings,
  urgenciesByKind: readUrgenciesByKind,
  urgencySynonyms: readStringMap,
  handlers: readStrings,
  supervisedMarks: readStrings,
  disabledRules: readRuleCodes,
};

function describeBadEntry(key: string): Problem {
  return {
    code: 'settings.rules.invalid',
    severity: 'warning',
    message: {
      zh: `台账检查设置中“${key}”的值无效，已按默认值检查`,
      en: `The rule setting "${key}" is not valid; its default is used`,
    },
    fix: {
      zh: `请在设置中改正“${key}”，或删去这一项以使用默认值`,
      en: `Correct "${key}" in the settings, or remove it to use the default`,
    },
  };
}

/**
 * Validates the stored `rules` section, keeping every good entry and falling back, entry by entry,
 * to DEFAULT_RULE_SETTINGS. A missing section is not a problem.
 * @example readRuleSettings({ yearSlack: 2, handlers: ['县财政局'] }).settings.yearSlack // 2
 */
export function readRuleSettings(section: unknown): { settings: RuleSettings; problems: Problem[] } {
  if (section === undefined || section === null) return { settings: DEFAULT_RULE_SETTINGS, problems: [] };
  if (!isObject(section)) return { settings: DEFAULT_RULE_SETTINGS, problems: [describeBadEntry('rules')] };
  const problems: Problem[] = [];
  const read = <K extends keyof RuleSettings>(key: K): RuleSettings[K] => {
    if (!(key in section)) return DEFAULT_RULE_SETTINGS[key];
    const value = READERS[key](section[key]);
    if (value !== null) return value;
    problems.push(describeBadEntry(key));
    return DEFAULT_RULE_SETTINGS[key];
  };
  const settings: RuleSettings = {
    required: read('required'),
    yearSlack: read('yearSlack'),
    dominantYearShare: read('dominantYearShare'),
    ordinaryClassifications: read('ordinaryClassifications'),
    classificationSynonyms: read('classificationSynonyms'),
    ordinaryUrgencies: read('ordinaryUrgencies'),
    urgenciesByKind: read('urgenciesByKind'),
    urgencySynonyms: read('urgencySynonyms'),
    handlers: read('handlers'),
    supervisedMarks: read('supervisedMarks'),
    disabledRules: read('disabledRules'),
  };
  return { settings, problems };
}
