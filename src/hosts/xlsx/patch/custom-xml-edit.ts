/**
 * The add-in's custom XML parts in a package (settings, the mark log): found by the namespace
 * of their root element, written as `customXml/itemN.xml` with an `itemPropsN.xml` naming the
 * namespace, a relationship from the workbook part and content-type overrides — and removed
 * again so that the package is left as it was before the first write.
 */
import { relationKind } from '../read/namespaces';
import { relsPathOf, resolveTarget } from '../read/part-names';
import { parseRelationships } from '../read/relationships';
import { addOverride, CONTENT_TYPES, hasDefault, removeOverride } from './content-types-edit';
import type { PackageDraft } from './package-draft';
import { addRelationship, REL_TYPES, removeRelationship } from './rels-edit';
import { escapeXml } from './xml-text';

const CONTENT_TYPES_PART = '[Content_Types].xml';

export interface CustomPart {
  readonly path: string;
  readonly text: string;
  /** Id of the workbook relationship pointing to it. */
  readonly relId: string;
}

/**
 * The namespace of a part's root element, or null.
 * @example readRootNamespace('<?xml version="1.0"?><settings xmlns="urn:x"/>') // 'urn:x'
 */
export function readRootNamespace(xml: string): string | null {
  const root = /<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*(\s[^>]*)?\/?>/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, (m) => ' '.repeat(m.length)));
  if (!root) return null;
  const prefix = root[1] ? root[1].slice(0, -1) : null;
  const decl = prefix === null ? /\sxmlns\s*=\s*["']([^"']*)["']/ : new RegExp(`\\sxmlns:${prefix.replace(/[.-]/g, '\\$&')}\\s*=\\s*["']([^"']*)["']`);
  return decl.exec(root[0])?.[1] ?? null;
}

/**
 * The first custom XML part of the workbook whose root is in `namespace`, or null.
 * @example findCustomPart(draft, 'xl/workbook.xml', SETTINGS_NAMESPACE)?.text
 */
export function findCustomPart(draft: PackageDraft, workbookPath: string, namespace: string): CustomPart | null {
  const rels = draft.text(relsPathOf(workbookPath));
  if (rels === null) return null;
  for (const rel of parseRelationships(rels, workbookPath)) {
    if (relationKind(rel.type) !== 'customXml' || rel.targetMode !== undefined) continue;
    const text = draft.has(rel.resolved) ? draft.text(rel.resolved) : null;
    if (text !== null && readRootNamespace(text) === namespace) return { path: rel.resolved, text, relId: rel.id };
  }
  return null;
}

/**
 * Writes the part of a namespace: replaces its content when it exists, else adds a new item
 * with its properties part (a fresh datastore GUID), relationships and content types.
 * @example writeCustomPart(draft, 'xl/workbook.xml', SETTINGS_NAMESPACE, serializeSettingsXml(settings), randomGuid)
 */
export function writeCustomPart(draft: PackageDraft, workbookPath: string, namespace: string, xml: string, newGuid: () => string): void {
  const existing = findCustomPart(draft, workbookPath, namespace);
  if (existing) {
    draft.put(existing.path, xml);
    return;
  }
  let n = 1;
  while (draft.has(`customXml/item${n}.xml`) || draft.has(`customXml/itemProps${n}.xml`)) n++;
  const item = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;
  draft.put(item, xml);
  draft.put(
    props,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{${newGuid().replace(/[{}]/g, '').toUpperCase()}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${escapeXml(namespace)}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  draft.put(relsPathOf(item), addRelationship(null, REL_TYPES.customXmlProps, `itemProps${n}.xml`).xml);
  const wbRels = relsPathOf(workbookPath);
  draft.put(wbRels, addRelationship(draft.text(wbRels), REL_TYPES.customXml, makeRelativeTarget(workbookPath, item)).xml);
  let types = draft.text(CONTENT_TYPES_PART) ?? '';
  types = addOverride(types, props, CONTENT_TYPES.customXmlProps);
  if (!hasDefault(types, 'xml')) types = addOverride(types, item, CONTENT_TYPES.xml);
  draft.put(CONTENT_TYPES_PART, types);
}

/**
 * Removes the part of a namespace with everything that was added with it.
 * @example removeCustomPart(draft, 'xl/workbook.xml', MARK_LOG_NAMESPACE)
 */
export function removeCustomPart(draft: PackageDraft, workbookPath: string, namespace: string): void {
  const existing = findCustomPart(draft, workbookPath, namespace);
  if (!existing) return;
  const itemRels = relsPathOf(existing.path);
  const relsText = draft.text(itemRels);
  let types = draft.text(CONTENT_TYPES_PART) ?? '';
  for (const rel of relsText === null ? [] : parseRelationships(relsText, existing.path)) {
    if (relationKind(rel.type) !== 'customXmlProps') continue;
    draft.remove(rel.resolved);
    types = removeOverride(types, rel.resolved);
  }
  draft.remove(itemRels);
  draft.remove(existing.path);
  types = removeOverride(types, existing.path);
  draft.put(CONTENT_TYPES_PART, types);
  const wbRels = relsPathOf(workbookPath);
  draft.put(wbRels, removeRelationship(draft.text(wbRels) ?? '', existing.relId));
}

/**
 * A relationship target from one part to another, relative to the first part's folder.
 * @example makeRelativeTarget('xl/workbook.xml', 'customXml/item1.xml') // '../customXml/item1.xml'
 */
export function makeRelativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = toPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const target = [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
  return resolveTarget(fromPart, target) === toPart ? target : `/${toPart}`;
}
