/**
 * All custom XML parts of one namespace, for data kept over several parts (a long mark log: the
 * Excel host splits it so that Excel on the web never sends more than 5 MB at once). Parts are
 * found through the workbook's relationships, in their order, and written the way
 * custom-xml-edit writes a single part, so one part gives the same package either way.
 */
import { relationKind } from '../read/namespaces';
import { relsPathOf } from '../read/part-names';
import { parseRelationships } from '../read/relationships';
import { addOverride, CONTENT_TYPES, hasDefault } from './content-types-edit';
import { makeRelativeTarget, readRootNamespace, removeCustomPart, type CustomPart } from './custom-xml-edit';
import type { PackageDraft } from './package-draft';
import { addRelationship, REL_TYPES } from './rels-edit';
import { escapeXml } from './xml-text';

const CONTENT_TYPES_PART = '[Content_Types].xml';

/**
 * Every custom XML part of the workbook whose root is in `namespace`, in relationship order.
 * @example listNamespaceParts(draft, 'xl/workbook.xml', MARK_LOG_NAMESPACE).map((p) => p.path) // ['customXml/item1.xml', 'customXml/item2.xml']
 */
export function listNamespaceParts(draft: PackageDraft, workbookPath: string, namespace: string): CustomPart[] {
  const rels = draft.text(relsPathOf(workbookPath));
  if (rels === null) return [];
  const parts: CustomPart[] = [];
  for (const rel of parseRelationships(rels, workbookPath)) {
    if (relationKind(rel.type) !== 'customXml' || rel.targetMode !== undefined) continue;
    const text = draft.has(rel.resolved) ? draft.text(rel.resolved) : null;
    if (text !== null && readRootNamespace(text) === namespace) parts.push({ path: rel.resolved, text, relId: rel.id });
  }
  return parts;
}

/**
 * Makes the namespace's parts hold exactly `documents`, in order: parts there are rewritten in
 * place, missing ones added, the surplus removed (with their properties, relationships and
 * content types). No documents removes every part of the namespace.
 * @example replaceNamespaceParts(draft, 'xl/workbook.xml', MARK_LOG_NAMESPACE, splitMarkLog(log), randomGuid)
 */
export function replaceNamespaceParts(draft: PackageDraft, workbookPath: string, namespace: string, documents: ReadonlyArray<string | Uint8Array>, newGuid: () => string): void {
  const existing = listNamespaceParts(draft, workbookPath, namespace);
  // removeCustomPart takes the first part of the namespace: the surplus goes from the front,
  // and the parts left keep their order.
  for (let i = documents.length; i < existing.length; i++) removeCustomPart(draft, workbookPath, namespace);
  const kept = existing.slice(Math.max(0, existing.length - documents.length));
  documents.forEach((xml, i) => {
    if (i < kept.length) draft.put(kept[i].path, xml);
    else addNamespacePart(draft, workbookPath, namespace, xml, newGuid);
  });
}

/**
 * Adds one more part: `customXml/itemN.xml`, its `itemPropsN.xml` naming the namespace with a
 * fresh datastore GUID, the relationships and the content types.
 * @example addNamespacePart(draft, 'xl/workbook.xml', MARK_LOG_NAMESPACE, secondDocument, randomGuid)
 */
export function addNamespacePart(draft: PackageDraft, workbookPath: string, namespace: string, xml: string | Uint8Array, newGuid: () => string): void {
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
