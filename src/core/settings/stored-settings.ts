/**
 * What the add-in keeps in the workbook, so the next clerk who opens the file — in Excel, in the
 * local web page or through the command line — gets the same answers. Each feature owns and
 * validates its own section; unknown sections are kept as they are.
 */
import type { FieldName, RegisterKind } from '../types';

/** A mapping the clerk confirmed for one sheet. Columns as letters, the way a clerk reads them. */
export interface ConfirmedMapping {
  readonly kind: RegisterKind;
  readonly headerRows?: readonly [number, number];
  readonly columns: Readonly<Partial<Record<FieldName, string>>>;
}

export interface StoredSettings {
  readonly version: 1;
  /** Sheet name → the mapping the clerk confirmed. */
  readonly mappings?: Readonly<Record<string, ConfirmedMapping>>;
  /** Feature sections (deadlines, rules, summaries …), each validated by the feature that owns it. */
  readonly [section: string]: unknown;
}

export const EMPTY_SETTINGS: StoredSettings = { version: 1 };

/** The custom XML namespaces under which both hosts store settings and the mark log. */
export const SETTINGS_NAMESPACE = 'urn:register-desk:settings:1';
export const MARK_LOG_NAMESPACE = 'urn:register-desk:marks:1';
