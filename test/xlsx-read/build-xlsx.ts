/**
 * Builds small .xlsx packages from XML strings, so each test shows the exact XML it reads.
 * Parts can be replaced, added or left out to imitate what other programs write.
 */
import { zipSync, strToU8 } from 'fflate';
import type { Zippable } from 'fflate';

export const SML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const STRICT_SML = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface SheetDef {
  readonly name: string;
  /** The `<sheetData>` content (rows), or a whole worksheet document when it starts with `<?xml` or `<`+root. */
  readonly xml: string;
  readonly state?: 'hidden' | 'veryHidden';
  /** Part name under xl/ (default worksheets/sheetN.xml). */
  readonly target?: string;
  /** Relationship type suffix (default worksheet). */
  readonly kind?: string;
}

export interface BuildOptions {
  readonly sheets: readonly SheetDef[];
  readonly strings?: readonly string[];
  /** A whole sharedStrings.xml instead of `strings`. */
  readonly sharedStringsXml?: string;
  readonly styles?: string;
  readonly workbookPr?: string;
  readonly definedNames?: string;
  /** Extra or replacing parts, by zip entry name. */
  readonly files?: Readonly<Record<string, string | Uint8Array>>;
  /** Entries to leave out. */
  readonly omit?: readonly string[];
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A worksheet document around rows, with optional parts before and after `sheetData`. */
export function worksheet(rows: string, options: { before?: string; after?: string } = {}): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${SML}" xmlns:r="${REL}">` +
    `${options.before ?? ''}<sheetData>${rows}</sheetData>${options.after ?? ''}</worksheet>`
  );
}

/** A styles part whose cellXfs use these number formats (index = style id). */
export function stylesWith(numFmtIds: readonly number[], customFormats: Readonly<Record<number, string>> = {}): string {
  const fmts = Object.entries(customFormats)
    .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`)
    .join('');
  const xfs = numFmtIds.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0"/>`).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${SML}">` +
    (fmts ? `<numFmts count="${Object.keys(customFormats).length}">${fmts}</numFmts>` : '') +
    `<fonts count="1"><font/></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>` +
    `<cellXfs count="${numFmtIds.length}">${xfs}</cellXfs></styleSheet>`
  );
}

/** The parts of a package as a map, before zipping (tests may edit it). */
export function xlsxParts(options: BuildOptions): Record<string, Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  const rels: string[] = [];
  const sheetsXml: string[] = [];
  options.sheets.forEach((sheet, i) => {
    const target = sheet.target ?? `worksheets/sheet${i + 1}.xml`;
    const kind = sheet.kind ?? 'worksheet';
    rels.push(`<Relationship Id="rId${i + 1}" Type="${REL}/${kind}" Target="${escapeXml(target)}"/>`);
    const state = sheet.state ? ` state="${sheet.state}"` : '';
    sheetsXml.push(`<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}"${state} r:id="rId${i + 1}"/>`);
    const whole = sheet.xml.trimStart().startsWith('<?xml') || /^<(\w+:)?worksheet\b/.test(sheet.xml.trimStart());
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    files[path.replace(/\\/g, '/')] = whole ? sheet.xml : worksheet(sheet.xml);
  });
  const n = options.sheets.length;
  rels.push(`<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>`);
  files['xl/styles.xml'] = options.styles ?? stylesWith([0]);
  if (options.strings || options.sharedStringsXml) {
    rels.push(`<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    files['xl/sharedStrings.xml'] =
      options.sharedStringsXml ??
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${SML}" count="${options.strings?.length}" uniqueCount="${options.strings?.length}">` +
        (options.strings ?? []).map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join('') +
        '</sst>';
  }
  files['[Content_Types].xml'] =
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '</Types>';
  files['_rels/.rels'] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  files['xl/workbook.xml'] =
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${SML}" xmlns:r="${REL}">` +
    `${options.workbookPr ?? ''}<sheets>${sheetsXml.join('')}</sheets>` +
    `${options.definedNames ? `<definedNames>${options.definedNames}</definedNames>` : ''}</workbook>`;
  files['xl/_rels/workbook.xml.rels'] = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">${rels.join('')}</Relationships>`;
  Object.assign(files, options.files ?? {});
  for (const name of options.omit ?? []) delete files[name];
  const out: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(files)) out[name] = typeof content === 'string' ? strToU8(content) : content;
  return out;
}

/** A zipped package. */
export function buildXlsx(options: BuildOptions): Uint8Array {
  return zipParts(xlsxParts(options));
}

export function zipParts(parts: Record<string, Uint8Array>): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(parts)) zippable[name] = data;
  return zipSync(zippable);
}

/** A cell element: `c('B2', 's', '0')`, `c('A1', undefined, '42', 3)`. */
export function c(ref: string, t: string | undefined, v: string, s?: number): string {
  return `<c r="${ref}"${s === undefined ? '' : ` s="${s}"`}${t ? ` t="${t}"` : ''}><v>${v}</v></c>`;
}
