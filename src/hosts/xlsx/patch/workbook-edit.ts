/**
 * Edits `xl/workbook.xml` as text: appends a sheet to `<sheets>`, renames one, sets or removes a
 * defined name. Everything else in the part — views, protection, calc settings, extensions and
 * namespace prefixes — keeps its bytes.
 */
import { escapeXml, readAttr, unescapeXml } from './xml-text';

const REL_NAMESPACES = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'];
/** Children of `<workbook>` that come after `<definedNames>` (ECMA-376 CT_Workbook). */
const AFTER_DEFINED_NAMES = ['calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

export interface DefinedNameEdit {
  readonly name: string;
  readonly localSheetId: number | null;
  /** The formula text, unescaped (e.g. `"summary:2026"` or `'汇总'!$4:$4`). */
  readonly value: string;
  readonly hidden?: boolean;
}

function find(xml: string, local: string): RegExpExecArray | null {
  return new RegExp(`<(/?)([A-Za-z_][\\w.-]*:)?${local}[\\s/>]`).exec(xml);
}

/**
 * Appends `<sheet>` at the end of `<sheets>` (so no existing sheet index moves).
 * @example appendSheet(xml, { name: '汇总', sheetId: 4, relId: 'rId9' })
 */
export function appendSheet(xml: string, sheet: { name: string; sheetId: number; relId: string }): string {
  const close = /<\/([A-Za-z_][\w.-]*:)?sheets\s*>/.exec(xml);
  if (!close) throw new Error('workbook part has no <sheets> element');
  const prefix = close[1] ?? '';
  const root = /<([A-Za-z_][\w.-]*:)?workbook[\s>][^>]*>/.exec(xml)?.[0] ?? '';
  let relPrefix: string | null = null;
  for (const m of root.matchAll(/\sxmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g)) {
    if (REL_NAMESPACES.includes(m[2])) relPrefix = m[1];
  }
  const declare = relPrefix === null ? ` xmlns:r="${REL_NAMESPACES[0]}"` : '';
  const element = `<${prefix}sheet name="${escapeXml(sheet.name)}" sheetId="${sheet.sheetId}"${declare} ${relPrefix ?? 'r'}:id="${escapeXml(sheet.relId)}"/>`;
  return xml.slice(0, close.index) + element + xml.slice(close.index);
}

/**
 * Renames the sheet whose relationship id is `relId`.
 * @example renameSheet(xml, 'rId4', '汇总 (2)')
 */
export function renameSheet(xml: string, relId: string, name: string): string {
  for (const m of xml.matchAll(/<([A-Za-z_][\w.-]*:)?sheet\s[^>]*>/g)) {
    const id = /\s[\w.-]+:id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(m[0]);
    if (id && unescapeXml(id[1] ?? id[2] ?? '') === relId) {
      const renamed = m[0].replace(/(\sname\s*=\s*)(?:"[^"]*"|'[^']*')/, `$1"${escapeXml(name)}"`);
      return xml.slice(0, m.index) + renamed + xml.slice((m.index ?? 0) + m[0].length);
    }
  }
  return xml;
}

function definedNameElements(xml: string): Array<{ start: number; end: number; name: string; localSheetId: number | null }> {
  const out: Array<{ start: number; end: number; name: string; localSheetId: number | null }> = [];
  const re = /<([A-Za-z_][\w.-]*:)?definedName(\s[^>]*?)?(\/>|>[\s\S]*?<\/([A-Za-z_][\w.-]*:)?definedName\s*>)/g;
  for (const m of xml.matchAll(re)) {
    const tag = `<x${m[2] ?? ''}>`;
    const local = readAttr(tag, 'localSheetId');
    out.push({
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      name: unescapeXml(readAttr(tag, 'name') ?? ''),
      localSheetId: local !== null && /^\d+$/.test(local) ? Number(local) : null,
    });
  }
  return out;
}

/**
 * Removes the defined name of that name (case-insensitive) and scope; drops an emptied `<definedNames>`.
 * @example removeDefinedName(xml, '_xlnm.Print_Titles', 3)
 */
export function removeDefinedName(xml: string, name: string, localSheetId: number | null): string {
  const hit = definedNameElements(xml).find((d) => d.name.toLowerCase() === name.toLowerCase() && d.localSheetId === localSheetId);
  if (!hit) return xml;
  const out = xml.slice(0, hit.start) + xml.slice(hit.end);
  // An emptied container goes: back to `<definedNames/>` when it was expanded from one, else away.
  return out.replace(/<(([A-Za-z_][\w.-]*:)?definedNames)(\s[^>]*)?>\s*<\/([A-Za-z_][\w.-]*:)?definedNames\s*>/, (_m, qname: string, _p, attrs: string | undefined) =>
    attrs !== undefined && attrs.endsWith(' ') ? `<${qname}${attrs.slice(0, -1)}/>` : '',
  );
}

/**
 * Sets a defined name, replacing one of the same name and scope.
 * @example setDefinedName(xml, { name: 'RegisterDesk.Owned', localSheetId: 3, value: '"summary:2026"', hidden: true })
 */
export function setDefinedName(xml: string, edit: DefinedNameEdit): string {
  // A self-closing `<definedNames/>` (openpyxl writes one) is opened rather than duplicated.
  const base = removeDefinedName(xml, edit.name, edit.localSheetId).replace(/<(([A-Za-z_][\w.-]*:)?definedNames)(\s[^>]*?)?\/>/, (_m, qname: string, _p, attrs: string | undefined) => `<${qname}${attrs ?? ''} ></${qname}>`);
  const container = /<\/([A-Za-z_][\w.-]*:)?definedNames\s*>/.exec(base);
  const prefix = container?.[1] ?? /<\/([A-Za-z_][\w.-]*:)?sheets\s*>/.exec(base)?.[1] ?? '';
  const scope = edit.localSheetId === null ? '' : ` localSheetId="${edit.localSheetId}"`;
  const hidden = edit.hidden ? ' hidden="1"' : '';
  const element = `<${prefix}definedName name="${escapeXml(edit.name)}"${scope}${hidden}>${escapeXml(edit.value)}</${prefix}definedName>`;
  if (container) return base.slice(0, container.index) + element + base.slice(container.index);
  const wrapped = `<${prefix}definedNames>${element}</${prefix}definedNames>`;
  const positions = AFTER_DEFINED_NAMES.map((n) => find(base, n)?.index ?? -1).filter((i) => i >= 0);
  const at = positions.length ? Math.min(...positions) : (/<\/([A-Za-z_][\w.-]*:)?workbook\s*>/.exec(base)?.index ?? base.length);
  return base.slice(0, at) + wrapped + base.slice(at);
}
