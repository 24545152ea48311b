/**
 * The parts of an .xlsx package as a second, independent reader sees them: fflate for the zip,
 * saxes for the XML. Names of sheets, where their parts are, the style table, shared strings.
 */
import { strFromU8, unzipSync } from 'fflate';
import { canonicalXml, childOf, childrenOf, parseXmlTree, textOf, type XmlNode } from './xml-tree';

export interface PackageParts {
  readonly files: Readonly<Record<string, Uint8Array>>;
  /** Sheet name → part path, in workbook order (worksheets only). */
  readonly sheets: ReadonlyArray<{ readonly name: string; readonly path: string }>;
  readonly sharedStrings: readonly string[];
  /** cellXfs index → the format it stands for, with fonts, fills, borders and number formats resolved. */
  readonly resolvedXfs: readonly string[];
  text(path: string): string | null;
}

const BUILT_IN = 'builtin:';

function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

function relsOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`;
}

function readRels(text: string | null, base: string): Map<string, { type: string; path: string }> {
  const out = new Map<string, { type: string; path: string }>();
  if (!text) return out;
  for (const rel of childrenOf(parseXmlTree(text), 'Relationship')) {
    out.set(rel.attrs.Id, { type: rel.attrs.Type ?? '', path: resolveTarget(base, rel.attrs.Target ?? '') });
  }
  return out;
}

function resolveXfs(styles: XmlNode | undefined): string[] {
  const numFmts = new Map(childrenOf(childOf(styles, 'numFmts'), 'numFmt').map((n) => [n.attrs.numFmtId, n.attrs.formatCode]));
  const fonts = childrenOf(childOf(styles, 'fonts'), 'font');
  const fills = childrenOf(childOf(styles, 'fills'), 'fill');
  const borders = childrenOf(childOf(styles, 'borders'), 'border');
  const cellStyleXfs = childrenOf(childOf(styles, 'cellStyleXfs'), 'xf');
  return childrenOf(childOf(styles, 'cellXfs'), 'xf').map((xf) => {
    const at = (key: string): number => Number(xf.attrs[key] ?? 0);
    const numFmtId = xf.attrs.numFmtId ?? '0';
    return JSON.stringify({
      numFmt: numFmts.get(numFmtId) ?? `${BUILT_IN}${numFmtId}`,
      font: canonicalXml(fonts[at('fontId')]),
      // applyFill travels with the fill: a marked copy of a format says it applies its fill.
      fill: `${canonicalXml(fills[at('fillId')])} applyFill=${xf.attrs.applyFill ?? ''}`,
      border: canonicalXml(borders[at('borderId')]),
      parentStyle: canonicalXml(cellStyleXfs[at('xfId')]),
      rest: canonicalXml(xf, ['numFmtId', 'fontId', 'fillId', 'borderId', 'xfId', 'applyFill']),
    });
  });
}

function readSharedStrings(text: string | null): string[] {
  if (!text) return [];
  return childrenOf(parseXmlTree(text), 'si').map(textOf);
}

/** @example const parts = readPackageParts(bytes); parts.sheets[0].name // '收文登记' */
export function readPackageParts(bytes: Uint8Array): PackageParts {
  const files = unzipSync(bytes);
  const text = (path: string): string | null => (files[path] ? strFromU8(files[path]) : null);
  const root = readRels(text('_rels/.rels'), '');
  const workbookPath = [...root.values()].find((r) => r.type.endsWith('/officeDocument'))?.path ?? 'xl/workbook.xml';
  const rels = readRels(text(relsOf(workbookPath)), workbookPath);
  const workbook = parseXmlTree(text(workbookPath) ?? '<workbook/>');
  const sheets = childrenOf(childOf(workbook, 'sheets'), 'sheet').flatMap((s) => {
    const rel = rels.get(s.attrs.id ?? '');
    return rel && rel.type.endsWith('/worksheet') ? [{ name: s.attrs.name, path: rel.path }] : [];
  });
  const relPath = (suffix: string): string | undefined => [...rels.values()].find((r) => r.type.endsWith(suffix))?.path;
  const stylesPath = relPath('/styles');
  const stringsPath = relPath('/sharedStrings');
  return {
    files,
    sheets,
    sharedStrings: readSharedStrings(stringsPath ? text(stringsPath) : null),
    resolvedXfs: resolveXfs(stylesPath ? parseXmlTree(text(stylesPath) ?? '<styleSheet/>') : undefined),
    text,
  };
}
