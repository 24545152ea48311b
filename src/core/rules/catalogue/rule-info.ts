/** The shape of one entry of the rule catalogue (see ../catalogue.ts). */
import type { LocalText, RegisterKind } from '../../types';
import type { FindingSeverity } from '../finding';

export type RuleFamily =
  | 'completeness'
  | 'dates'
  | 'docNumbers'
  | 'values'
  | 'duplicates'
  | 'classified'
  | 'crossRegister';

export interface RuleInfo {
  readonly family: RuleFamily;
  readonly severity: FindingSeverity;
  readonly title: LocalText;
  readonly description: LocalText;
  /** A wrong entry and its right form, as a clerk would type them. */
  readonly example: { readonly wrong: string; readonly right: string };
  /** Register kinds the rule looks at; absent: every kind that has the fields. */
  readonly kinds?: readonly RegisterKind[];
  /** A safe fix exists (see proposeFixes). */
  readonly fixable: boolean;
}
