/**
 * The XML form of {@link StoredSettings} inside a custom XML part — the same in both hosts:
 * `<settings xmlns="urn:register-desk:settings:1"><json>…escaped JSON…</json></settings>`.
 */
import { EMPTY_SETTINGS, SETTINGS_NAMESPACE, type StoredSettings } from '../../../core/settings/stored-settings';
import type { Problem } from '../../../core/types';
import { unescapeXml } from './xml-text';

/**
 * @example serializeSettingsXml({ version: 1 })
 * // '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<settings xmlns="urn:register-desk:settings:1"><json>{"version":1}</json></settings>'
 */
export function serializeSettingsXml(settings: StoredSettings): string {
  const json = JSON.stringify(settings).replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<settings xmlns="${SETTINGS_NAMESPACE}"><json>${json}</json></settings>`;
}

/**
 * Reads the settings back; anything unreadable gives the empty settings and a problem, so a
 * damaged part never stops the add-in.
 * @example parseSettingsXml(serializeSettingsXml({ version: 1 })).settings // { version: 1 }
 */
export function parseSettingsXml(xml: string): { settings: StoredSettings; problems: Problem[] } {
  const m = /<([A-Za-z_][\w.-]*:)?json(\s[^>]*)?>([\s\S]*?)<\/([A-Za-z_][\w.-]*:)?json\s*>/.exec(xml);
  const body = m ? m[3].replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_c, inner: string) => inner.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))) : null;
  if (body === null) return unreadable('no <json> element');
  let value: unknown;
  try {
    value = JSON.parse(unescapeXml(body));
  } catch (e) {
    return unreadable(e instanceof Error ? e.message : 'bad JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || (value as { version?: unknown }).version !== 1) {
    return unreadable('not a version 1 settings object');
  }
  return { settings: value as StoredSettings, problems: [] };
}

function unreadable(detail: string): { settings: StoredSettings; problems: Problem[] } {
  return {
    settings: EMPTY_SETTINGS,
    problems: [
      {
        code: 'settings.unreadable',
        severity: 'warning',
        message: {
          zh: `工作簿中保存的台账助手设置无法读取（${detail}），本次按默认设置处理；重新确认设置后会覆盖保存`,
          en: `The Register Desk settings stored in the workbook cannot be read (${detail}); defaults are used until settings are saved again.`,
        },
        fix: { zh: '在设置中重新确认列对应和规则后保存', en: 'Confirm the mappings and rules again and save the settings.' },
      },
    ],
  };
}
