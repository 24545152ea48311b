/**
 * Saving fields of one settings section from the pane, then reading the workbook again so that
 * every panel shows what the new settings give.
 */
import { useCallback } from 'react';
import { updateSettingsSection } from '../operations/settings-steps';
import type { PaneMessage } from '../store/pane-state';
import { usePane } from '../store/pane-store';
import { useWriteThenScan } from './use-write-then-scan';

export type SaveSection = (label: string, section: string, fields: Readonly<Record<string, unknown>>, message?: PaneMessage) => Promise<boolean>;

/** `save(label, section, fields, message)`: true when saved. */
export function useSettingsSection(): SaveSection {
  const { services } = usePane();
  const writeThenScan = useWriteThenScan();
  return useCallback(
    async (label, section, fields, message) =>
      (await writeThenScan(label, (step) => updateSettingsSection(services, section, fields, step), () => message ?? null)) !== null,
    [services, writeThenScan],
  );
}
