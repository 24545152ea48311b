/**
 * Custom XML parts (`customXml/item1.xml` …): where Office.js `customXmlParts` and the .xlsx
 * host keep data that travels with the workbook, told apart by the namespace of their root.
 */
import { ZipError } from '../zip/zip-types';
import type { ZipArchive } from '../zip/zip-types';
import { partKey } from '../zip/read-zip';
import { relationKind } from './namespaces';
import type { Relationship } from './relationships';
import { parseXml, XmlError } from './xml-reader';

export interface CustomXmlPart {
  readonly path: string;
  /** Namespace of the root element; null when it has none or the part is not XML. */
  readonly namespace: string | null;
  readonly text: string;
}

interface PackageView {
  readonly zip: ZipArchive;
  readonly workbookPath: string;
  relsOf(partPath: string): readonly Relationship[];
  partText(path: string): string | null;
}

const ITEM = /^customxml\/item[^/]*\.xml$/i;
const PROPS = /^customxml\/itemprops/i;

/**
 * Every custom XML part the workbook links to, and any stray `customXml/item*.xml`.
 * @example findCustomXmlParts(pkg).find((p) => p.namespace === SETTINGS_NAMESPACE)
 */
export function findCustomXmlParts(pkg: PackageView): CustomXmlPart[] {
  const paths = new Map<string, string>();
  for (const rel of pkg.relsOf(pkg.workbookPath)) {
    const entry = relationKind(rel.type) === 'customXml' ? pkg.zip.get(rel.resolved) : undefined;
    if (entry) paths.set(partKey(entry.name), entry.name);
  }
  for (const entry of pkg.zip.entries) {
    if (ITEM.test(entry.name) && !PROPS.test(entry.name) && !paths.has(partKey(entry.name))) {
      paths.set(partKey(entry.name), entry.name);
    }
  }
  const parts: CustomXmlPart[] = [];
  for (const path of paths.values()) {
    const text = readText(pkg, path);
    if (text !== null) parts.push({ path, namespace: rootNamespace(text), text });
  }
  return parts;
}

/** A damaged part is skipped: settings are optional, the workbook still opens. */
function readText(pkg: PackageView, path: string): string | null {
  try {
    return pkg.partText(path);
  } catch (e) {
    if (e instanceof ZipError) return null;
    throw e;
  }
}

/** The namespace of a document's root element, reading no further than its start tag. */
function rootNamespace(text: string): string | null {
  let found: string | null = null;
  try {
    parseXml(text, {
      open(ns) {
        found = ns === '' ? null : ns;
        return false;
      },
    });
  } catch (e) {
    if (!(e instanceof XmlError)) throw e;
  }
  return found;
}
