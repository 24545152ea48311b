/**
 * Makes sure the workbook has a styles part to append to. Excel always writes one; a package
 * from a minimal exporter may have none, in which case Excel's default table is added.
 */
import { relsPathOf } from '../read/part-names';
import { addOverride, CONTENT_TYPES } from './content-types-edit';
import { makeRelativeTarget } from './custom-xml-edit';
import type { PackageDraft } from './package-draft';
import { addRelationship, REL_TYPES } from './rels-edit';

/** Excel's default style table: one font, the two required fills, one border, one format. */
export const DEFAULT_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><color theme="1"/><name val="宋体"/><family val="2"/><charset val="134"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/**
 * The styles part's path, creating the part (with its relationship and content type) if needed.
 * @example ensureStylesPart(draft, 'xl/workbook.xml', null) // 'xl/styles.xml'
 */
export function ensureStylesPart(draft: PackageDraft, workbookPath: string, stylesPath: string | null): string {
  if (stylesPath !== null && draft.has(stylesPath)) return stylesPath;
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const path = draft.has(`${folder}styles.xml`) ? draft.freeName(`${folder}styles{n}.xml`) : `${folder}styles.xml`;
  draft.put(path, DEFAULT_STYLES);
  const relsPath = relsPathOf(workbookPath);
  draft.put(relsPath, addRelationship(draft.text(relsPath), REL_TYPES.styles, makeRelativeTarget(workbookPath, path)).xml);
  draft.put('[Content_Types].xml', addOverride(draft.text('[Content_Types].xml') ?? '', path, CONTENT_TYPES.styles));
  return path;
}
