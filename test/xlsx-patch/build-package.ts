/**
 * Builds small .xlsx packages in tests from XML strings (zipped with fflate), so each test shows
 * the exact parts it starts from.
 */
import { unzipSync, zipSync } from 'fflate';

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface SheetSource {
  readonly name: string;
  /** The whole worksheet part, or only the rows (put inside `<sheetData>`). */
  readonly xml?: string;
  readonly rows?: string;
  readonly state?: 'hidden' | 'veryHidden';
}

export interface PackageSource {
  readonly sheets: readonly SheetSource[];
  readonly sharedStrings?: readonly string[];
  /** The styles part; null leaves it out. */
  readonly styles?: string | null;
  /** Extra text put after `</sheets>` in the workbook part (definedNames, calcPr …). */
  readonly afterSheets?: string;
  /** More parts, by name. */
  readonly parts?: Readonly<Record<string, string | Uint8Array>>;
}

export const BASIC_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN_NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><fonts count="1"><font><sz val="12"/><name val="宋体"/><charset val="134"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FF00B050"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/></cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles><dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font></dxf></dxfs></styleSheet>`;

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Builds the package bytes. */
export function buildPackage(source: PackageSource): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const overrides: string[] = ['<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'];
  const rels: string[] = [];
  const sheets: string[] = [];
  source.sheets.forEach((s, i) => {
    const n = i + 1;
    const xml = s.xml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>${s.rows ?? ''}</sheetData></worksheet>`;
    files[`xl/worksheets/sheet${n}.xml`] = enc(xml);
    overrides.push(`<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
    rels.push(`<Relationship Id="rId${n}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
    sheets.push(`<sheet name="${escape(s.name)}" sheetId="${n}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${n}"/>`);
  });
  const styles = source.styles === undefined ? BASIC_STYLES : source.styles;
  if (styles !== null) {
    files['xl/styles.xml'] = enc(styles);
    overrides.push('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>');
    rels.push(`<Relationship Id="rIdS" Type="${REL_NS}/styles" Target="styles.xml"/>`);
  }
  if (source.sharedStrings) {
    const items = source.sharedStrings.map((t) => `<si><t xml:space="preserve">${escape(t)}</t></si>`).join('');
    files['xl/sharedStrings.xml'] = enc(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN_NS}" count="${source.sharedStrings.length}" uniqueCount="${source.sharedStrings.length}">${items}</sst>`);
    overrides.push('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>');
    rels.push(`<Relationship Id="rIdT" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  files['[Content_Types].xml'] = enc(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
  );
  files['_rels/.rels'] = enc(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files['xl/workbook.xml'] = enc(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets.join('')}</sheets>${source.afterSheets ?? ''}<calcPr calcId="191029"/></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = enc(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  for (const [name, content] of Object.entries(source.parts ?? {})) files[name] = typeof content === 'string' ? enc(content) : content;
  return zipSync(files, { level: 6 });
}

/** Every part of a package, inflated, as text. */
export function partsOf(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) out[name] = new TextDecoder().decode(data);
  return out;
}

/** The package with some parts' text edited (as a clerk's Excel would leave them), re-zipped. */
export function repackage(bytes: Uint8Array, edits: Readonly<Record<string, (text: string) => string>>): Uint8Array {
  const files: Record<string, Uint8Array> = unzipSync(bytes);
  for (const [name, edit] of Object.entries(edits)) files[name] = enc(edit(new TextDecoder().decode(files[name])));
  return zipSync(files, { level: 6 });
}
