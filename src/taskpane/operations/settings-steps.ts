/**
 * Changing what the workbook keeps in its settings. The settings are read again just before
 * writing, so a section another part of the pane (or another clerk) changed meanwhile is kept;
 * inside a section, only what the change touches is replaced.
 */
import type { StoredSettings } from '../../core/settings/stored-settings';
import type { PaneServices } from '../services';
import type { StepHandle } from '../work/step-control';

export type SectionRecord = Readonly<Record<string, unknown>>;

/** The section as a record; a missing or malformed one reads as empty (its owner reports it). */
export function readSection(settings: StoredSettings, section: string): SectionRecord {
  const value = settings[section];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as SectionRecord) : {};
}

/**
 * Writes the whole settings object after `change` made a new one from the current.
 * @example await changeSettings(services, (s) => ({ ...s, mappings: { ...s.mappings, 收文: mapping } }), step)
 */
export async function changeSettings(services: PaneServices, change: (current: StoredSettings) => StoredSettings, step: StepHandle): Promise<StoredSettings> {
  const next = change(await services.host.readSettings());
  step.beginWriting();
  await services.host.writeSettings(next);
  return next;
}

/**
 * Rewrites one settings section (deadlines, rules …) from its current content.
 * @example await changeSection(services, 'deadlines', (d) => ({ ...d, warningWorkingDays: 5 }), step)
 */
export function changeSection(services: PaneServices, section: string, change: (current: SectionRecord) => SectionRecord, step: StepHandle): Promise<StoredSettings> {
  return changeSettings(services, (settings) => ({ ...settings, [section]: change(readSection(settings, section)) }), step);
}

/**
 * Replaces some fields of one settings section, keeping the others.
 * @example await updateSettingsSection(services, 'deadlines', { warningWorkingDays: 5 }, step)
 */
export function updateSettingsSection(services: PaneServices, section: string, fields: SectionRecord, step: StepHandle): Promise<StoredSettings> {
  return changeSection(services, section, (current) => ({ ...current, ...fields }), step);
}

/**
 * Rewrites one entry of a keyed group inside a section (deadlines.kinds.incoming,
 * rules.required.supervision), keeping the group's other entries as the workbook has them.
 * @example await changeSectionEntry(services, 'rules', 'required', 'incoming', () => [{ anyOf: ['title'] }], step)
 */
export function changeSectionEntry(
  services: PaneServices,
  section: string,
  group: string,
  key: string,
  change: (entry: unknown) => unknown,
  step: StepHandle,
): Promise<StoredSettings> {
  return changeSection(
    services,
    section,
    (current) => {
      const existing = current[group];
      const entries = typeof existing === 'object' && existing !== null && !Array.isArray(existing) ? (existing as SectionRecord) : {};
      return { ...current, [group]: { ...entries, [key]: change(entries[key]) } };
    },
    step,
  );
}
