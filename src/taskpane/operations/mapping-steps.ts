/**
 * Reading, confirming and forgetting a sheet's column mapping. A confirmed mapping is kept in the
 * workbook's settings (`mappings`), so the next clerk who opens the file — and the command line
 * reading it — read the sheet the same way.
 */
import { PROBE_ROWS } from '../../app/scan-workbook';
import { applyConfirmedMapping } from '../../core/layout/apply-mapping';
import { detectLayout } from '../../core/layout/detect-layout';
import type { ConfirmedMapping, StoredSettings } from '../../core/settings/stored-settings';
import type { Grid, RegisterKind, RegisterLayout } from '../../core/types';
import type { PaneServices } from '../services';
import type { StepHandle } from '../work/step-control';
import { changeSettings } from './settings-steps';

export interface MappingDraft {
  /** The sheet's top rows: the header and a sample of data. */
  readonly grid: Grid;
  /** What the add-in reads now: the confirmed mapping, else what it detected (for the kind asked). */
  readonly layout: RegisterLayout;
  readonly confirmed: ConfirmedMapping | null;
}

/**
 * @example const draft = await readMappingDraft(services, '填表说明', 'incoming', step); draft.layout.kind // 'incoming'
 */
export async function readMappingDraft(services: PaneServices, sheet: string, kind: RegisterKind | null, step: StepHandle): Promise<MappingDraft> {
  const settings = await services.host.readSettings();
  step.progress(1, 2, sheet);
  const grid = await services.host.readTop(sheet, PROBE_ROWS);
  step.progress(2, 2, sheet);
  const confirmed = settings.mappings?.[sheet] ?? null;
  // A kind the clerk just chose is a hint to detection; an earlier confirmation is the clerk's word.
  const detected = detectLayout(grid, kind ? { kindHint: kind } : {});
  const layout = confirmed && (kind === null || kind === confirmed.kind) ? applyConfirmedMapping(detected, confirmed) : detected;
  return { grid, layout: kind && layout.kind !== kind ? { ...layout, kind } : layout, confirmed };
}

function withMapping(settings: StoredSettings, sheet: string, mapping: ConfirmedMapping | null): StoredSettings {
  const mappings = { ...(settings.mappings ?? {}) };
  if (mapping) mappings[sheet] = mapping;
  else delete mappings[sheet];
  return { ...settings, mappings };
}

/** @example await saveMapping(services, '收文', { kind: 'incoming', headerRows: [2, 2], columns: { title: 'E' } }, step) */
export function saveMapping(services: PaneServices, sheet: string, mapping: ConfirmedMapping, step: StepHandle): Promise<StoredSettings> {
  return changeSettings(services, (s) => withMapping(s, sheet, mapping), step);
}

/** Drops the confirmed mapping: the add-in detects the sheet's columns again. */
export function forgetMapping(services: PaneServices, sheet: string, step: StepHandle): Promise<StoredSettings> {
  return changeSettings(services, (s) => withMapping(s, sheet, null), step);
}
