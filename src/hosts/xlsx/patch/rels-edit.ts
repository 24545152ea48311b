/**
 * Adds and removes relationships in a `.rels` part as text: a new `<Relationship>` goes right
 * before `</Relationships>`, and removing it again gives back the part's original bytes.
 */
import { escapeXml, readAttr, unescapeXml } from './xml-text';

export const REL_TYPES = {
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  customXml: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml',
  customXmlProps: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps',
} as const;

const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

const RELATIONSHIP = /<([A-Za-z_][\w.-]*:)?Relationship\s[^>]*>/g;

/**
 * Appends a relationship with a fresh id (`rIdN`, N above every numbered id present).
 * @example addRelationship(null, REL_TYPES.customXml, '../customXml/item1.xml').id // 'rId1'
 */
export function addRelationship(rels: string | null, type: string, target: string): { xml: string; id: string } {
  const xml = rels ?? EMPTY_RELS;
  let max = 0;
  const ids = new Set<string>();
  for (const m of xml.matchAll(RELATIONSHIP)) {
    const id = unescapeXml(readAttr(m[0], 'Id') ?? '');
    ids.add(id);
    const n = /^rId(\d+)$/.exec(id);
    if (n) max = Math.max(max, Number(n[1]));
  }
  let next = max + 1;
  while (ids.has(`rId${next}`)) next++;
  const id = `rId${next}`;
  const close = /<\/([A-Za-z_][\w.-]*:)?Relationships\s*>/.exec(xml);
  const prefix = close?.[1] ?? '';
  const element = `<${prefix}Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;
  if (!close) {
    const open = /<([A-Za-z_][\w.-]*:)?Relationships([^>]*?)\/>/.exec(xml);
    if (!open) return addRelationship(EMPTY_RELS, type, target);
    const expanded = `<${open[1] ?? ''}Relationships${open[2]}>${element}</${open[1] ?? ''}Relationships>`;
    return { xml: xml.slice(0, open.index) + expanded + xml.slice(open.index + open[0].length), id };
  }
  return { xml: xml.slice(0, close.index) + element + xml.slice(close.index), id };
}

/**
 * Removes the relationship with this id (the element only).
 * @example removeRelationship(xml, 'rId9')
 */
export function removeRelationship(rels: string, id: string): string {
  for (const m of rels.matchAll(RELATIONSHIP)) {
    if (unescapeXml(readAttr(m[0], 'Id') ?? '') === id) {
      const end = (m.index ?? 0) + m[0].length;
      const selfClosing = m[0].endsWith('/>');
      const closeEnd = selfClosing ? end : rels.indexOf('>', rels.indexOf('</', end)) + 1;
      return rels.slice(0, m.index) + rels.slice(closeEnd);
    }
  }
  return rels;
}
