/**
 * Namespaces of the package parts, in both flavours: Excel writes the transitional ones, a file
 * saved as "Strict Open XML" uses purl.oclc.org. Readers accept both, and elements in no
 * namespace at all (some exporters forget the declaration).
 */

export const SML_TRANSITIONAL = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const SML_STRICT = 'http://purl.oclc.org/ooxml/spreadsheetml/main';

export const SML_NAMESPACES: ReadonlySet<string> = new Set([SML_TRANSITIONAL, SML_STRICT]);

export const RELATIONSHIP_NAMESPACES: ReadonlySet<string> = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
]);

export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

const CANONICAL = new Map([...SML_NAMESPACES, ...RELATIONSHIP_NAMESPACES].map((ns) => [ns, ns]));

/**
 * The one string object used for a well-known namespace, so that the checks made on every
 * element compare references instead of 60-character URIs.
 * @example canonicalNamespace(uriFromXml) === SML_TRANSITIONAL // the same object, when equal
 */
export function canonicalNamespace(uri: string): string {
  return CANONICAL.get(uri) ?? uri;
}

/**
 * True for SpreadsheetML (either flavour) and for elements in no namespace. Runs on every
 * element of a sheet: namespaces from the XML reader are canonical, so this is two pointer checks.
 * @example isSml(SML_STRICT) // true
 */
export function isSml(ns: string): boolean {
  return ns === '' || ns === SML_TRANSITIONAL || ns === SML_STRICT;
}

/**
 * The last path segment of a relationship type, the same in both flavours:
 * `.../relationships/worksheet` → `worksheet`.
 * @example relationKind('http://purl.oclc.org/ooxml/officeDocument/relationships/styles') // 'styles'
 */
export function relationKind(type: string): string {
  return type.slice(type.lastIndexOf('/') + 1);
}
