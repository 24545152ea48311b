/**
 * The add-in's custom XML parts (ExcelApi 1.5), found by namespace: settings and the mark log.
 * Office.js needs two round trips to read one (ids first, then the XML).
 */
import type { XlContext, XlCustomXmlPart } from './excel-api';

export interface StoredPart {
  readonly part: XlCustomXmlPart;
  readonly xml: string;
}

/** The parts with the namespace, without their XML (one round trip). */
export async function listPartsIn(ctx: XlContext, namespaceUri: string): Promise<XlCustomXmlPart[]> {
  // 'items' loads the two scalar properties of each part (id, namespaceUri): as cheap as 'items/id'.
  const parts = ctx.workbook.customXmlParts.getByNamespace(namespaceUri).load('items');
  await ctx.sync();
  return parts.items;
}

/**
 * Every part with the namespace, with its XML, in document order.
 * @example const parts = await readPartsIn(ctx, SETTINGS_NAMESPACE); parts[0]?.xml
 */
export async function readPartsIn(ctx: XlContext, namespaceUri: string): Promise<StoredPart[]> {
  const parts = await listPartsIn(ctx, namespaceUri);
  if (parts.length === 0) return [];
  const texts = parts.map((part) => ({ part, xml: part.getXml() }));
  await ctx.sync();
  return texts.map(({ part, xml }) => ({ part, xml: xml.value }));
}

/**
 * Queues the replacement of the namespace's parts by the given XML documents: existing parts are
 * rewritten in place, extra ones deleted, missing ones added. Nothing is synced here.
 */
export function queueReplaceParts(ctx: XlContext, existing: readonly XlCustomXmlPart[], documents: readonly string[]): void {
  documents.forEach((xml, i) => {
    if (i < existing.length) existing[i].setXml(xml);
    else ctx.workbook.customXmlParts.add(xml);
  });
  for (const stale of existing.slice(documents.length)) stale.delete();
}
