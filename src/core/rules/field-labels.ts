/** Field names read from settings, checked against the one field vocabulary. */
import { FIELD_LABELS } from '../layout/field-labels';
import type { FieldName } from '../types';

const FIELD_SET: ReadonlySet<string> = new Set(Object.keys(FIELD_LABELS));

/**
 * Narrows a value read from settings to a field name.
 * @example isFieldName('receivedDate') // true
 */
export function isFieldName(text: unknown): text is FieldName {
  return typeof text === 'string' && FIELD_SET.has(text);
}
