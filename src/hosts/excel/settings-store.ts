/**
 * Settings in a custom XML part with SETTINGS_NAMESPACE, in the same XML as the .xlsx host
 * (src/hosts/xlsx/patch/settings-xml.ts), so that Excel and the command line read each other's.
 */
import { SETTINGS_NAMESPACE, type StoredSettings } from '../../core/settings/stored-settings';
import { parseSettingsXml, serializeSettingsXml } from '../xlsx/patch/settings-xml';
import type { BatchRunner } from './run-batch';
import { listPartsIn, queueReplaceParts, readPartsIn } from './xml-part-store';

/**
 * @example const settings = await readStoredSettings(runner); settings.version // 1
 */
export async function readStoredSettings(runner: BatchRunner): Promise<StoredSettings> {
  return runner.run(async (ctx) => {
    const [first] = await readPartsIn(ctx, SETTINGS_NAMESPACE);
    return first ? parseSettingsXml(first.xml).settings : { version: 1 };
  });
}

/**
 * @example await writeStoredSettings(runner, { version: 1, mappings: {} });
 */
export async function writeStoredSettings(runner: BatchRunner, settings: StoredSettings): Promise<void> {
  const xml = serializeSettingsXml(settings);
  await runner.run(async (ctx) => {
    const existing = await listPartsIn(ctx, SETTINGS_NAMESPACE);
    queueReplaceParts(ctx, existing, [xml]);
    await ctx.sync();
  });
}
