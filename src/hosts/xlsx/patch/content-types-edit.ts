/**
 * Adds and removes `<Override>` entries of `[Content_Types].xml` as text, so that removing what
 * was added gives back the original bytes.
 */
import { escapeXml, readAttr, unescapeXml } from './xml-text';

export const CONTENT_TYPES = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  customXmlProps: 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml',
  xml: 'application/xml',
} as const;

const OVERRIDE = /<([A-Za-z_][\w.-]*:)?Override\s[^>]*>/g;
const DEFAULT = /<([A-Za-z_][\w.-]*:)?Default\s[^>]*>/g;

function samePart(a: string, b: string): boolean {
  return a.replace(/^\/+/, '').toLowerCase() === b.replace(/^\/+/, '').toLowerCase();
}

/**
 * True when a `<Default>` covers the extension (case-insensitive).
 * @example hasDefault(types, 'xml') // true when <Default Extension="xml"> is there
 */
export function hasDefault(types: string, extension: string): boolean {
  for (const m of types.matchAll(DEFAULT)) {
    if ((readAttr(m[0], 'Extension') ?? '').toLowerCase() === extension.toLowerCase()) return true;
  }
  return false;
}

/**
 * True when an `<Override>` names the part.
 * @example hasOverride(types, '/xl/workbook.xml') // true
 */
export function hasOverride(types: string, part: string): boolean {
  for (const m of types.matchAll(OVERRIDE)) {
    if (samePart(unescapeXml(readAttr(m[0], 'PartName') ?? ''), part)) return true;
  }
  return false;
}

/**
 * Adds an override for a part (given without or with its leading slash) unless one exists.
 * @example addOverride(xml, 'customXml/itemProps1.xml', CONTENT_TYPES.customXmlProps)
 */
export function addOverride(types: string, part: string, contentType: string): string {
  if (hasOverride(types, part)) return types;
  const close = /<\/([A-Za-z_][\w.-]*:)?Types\s*>/.exec(types);
  if (!close) return types;
  const name = `/${part.replace(/^\/+/, '')}`;
  const element = `<${close[1] ?? ''}Override PartName="${escapeXml(name)}" ContentType="${escapeXml(contentType)}"/>`;
  return types.slice(0, close.index) + element + types.slice(close.index);
}

/**
 * Removes the override of a part, when there is one.
 * @example removeOverride(types, 'customXml/itemProps1.xml')
 */
export function removeOverride(types: string, part: string): string {
  for (const m of types.matchAll(OVERRIDE)) {
    if (samePart(unescapeXml(readAttr(m[0], 'PartName') ?? ''), part)) {
      const end = (m.index ?? 0) + m[0].length;
      const closeEnd = m[0].endsWith('/>') ? end : types.indexOf('>', types.indexOf('</', end)) + 1;
      return types.slice(0, m.index) + types.slice(closeEnd);
    }
  }
  return types;
}
