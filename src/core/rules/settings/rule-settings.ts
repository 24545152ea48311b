/**
 * What an office may change about the validation rules. Stored in the workbook's settings under
 * the `rules` section (see read-rule-settings.ts), so the next clerk gets the same findings.
 */
import type { FieldName, RegisterKind } from '../../types';
import type { RuleCode } from '../rule-codes';

/** One required entry: at least one of `anyOf` filled, checked only where `when` is filled. */
export interface RequiredFields {
  readonly anyOf: readonly FieldName[];
  readonly when?: FieldName;
}

export interface RuleSettings {
  /** Per register kind, the entries a row cannot do without. */
  readonly required: Readonly<Record<RegisterKind, readonly RequiredFields[]>>;
  /** Years allowed either side of the register's year. */
  readonly yearSlack: number;
  /** Share of dated rows (0..1) a year needs to count as one of the register's own years. */
  readonly dominantYearShare: number;
  /** 密级 values meaning "not classified" (besides 绝密/机密/秘密 and empty). */
  readonly ordinaryClassifications: readonly string[];
  /** Non-standard 密级 spellings with one standard meaning, for the safe fix. */
  readonly classificationSynonyms: Readonly<Record<string, string>>;
  /** 紧急程度 values meaning "not urgent" (besides 特急/加急/特提/平急 and empty). */
  readonly ordinaryUrgencies: readonly string[];
  /** Further urgency values a register kind uses (督办台账: 紧急, 中等 …). */
  readonly urgenciesByKind: Readonly<Partial<Record<RegisterKind, readonly string[]>>>;
  /** Non-standard 紧急程度 spellings with one standard meaning, for the safe fix. */
  readonly urgencySynonyms: Readonly<Record<string, string>>;
  /** The office's handling units; empty: names are not checked. */
  readonly handlers: readonly string[];
  /** What a 是否督办 cell holds when the document is under supervision. */
  readonly supervisedMarks: readonly string[];
  /** Rules the office switched off. */
  readonly disabledRules: readonly RuleCode[];
}

/** The settings section the rules own in `StoredSettings`. */
export const RULE_SETTINGS_SECTION = 'rules';

export const DEFAULT_RULE_SETTINGS: RuleSettings = {
  required: {
    incoming: [
      { anyOf: ['receivedDate'] },
      { anyOf: ['sender', 'docNumber'] },
      { anyOf: ['title'] },
      { anyOf: ['handler'], when: 'deadline' },
    ],
    supervision: [{ anyOf: ['matter', 'title'] }, { anyOf: ['handler'] }, { anyOf: ['assignedDate'] }],
    outgoing: [{ anyOf: ['docNumber'] }, { anyOf: ['issuedDate'] }, { anyOf: ['title'] }],
    submissions: [{ anyOf: ['title'] }],
  },
  yearSlack: 1,
  dominantYearShare: 0.05,
  ordinaryClassifications: ['非密', '公开', '内部', '普通', '明文', '无'],
  classificationSynonyms: { 绝密级: '绝密', 机密级: '机密', 秘密级: '秘密' },
  ordinaryUrgencies: ['普通', '平件', '一般'],
  urgenciesByKind: { supervision: ['紧急', '中等', '一般', '不需回复'] },
  urgencySynonyms: {
    急件: '加急',
    急: '加急',
    加急件: '加急',
    特急件: '特急',
    特提件: '特提',
    平急件: '平急',
  },
  handlers: [],
  supervisedMarks: ['是', '√', '✓', '✔', 'Y', 'y', 'Yes', 'yes', '督办', '纳入督办', '需督办'],
  disabledRules: [],
};
