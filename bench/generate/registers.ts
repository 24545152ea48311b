/**
 * The bench's register files under bench/work/: generated once per generator version, row
 * count and seed, then reused (a sidecar JSON says what each file holds).
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { BENCH_YEAR, generateRows, type Outcome } from './register-rows';
import { MAIN_NS, REL_NS, SharedStrings, sheetXmlChunks, STYLES_XML, escapeXml } from './sheet-xml';
import { writeXlsx, type PartSource } from './write-xlsx';

/** Bump when the generated content changes, so cached files are rebuilt. */
export const GENERATOR_VERSION = 3;
export const SHEET_NAME = '收文登记';
export const SHEET_PART = 'xl/worksheets/sheet1.xml';

export interface RegisterFile {
  readonly version: number;
  readonly path: string;
  readonly rows: number;
  readonly seed: number;
  readonly bytes: number;
  /** Inflated bytes of the sheet part (the largest part). */
  readonly sheetXmlBytes: number;
  /** Rows the generator meant to be in each state on the as-of day. */
  readonly outcomes: Readonly<Partial<Record<Outcome, number>>>;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CT = 'application/vnd.openxmlformats-officedocument';

function packageParts(title: string, rows: number, seed: number, outcomes: Partial<Record<Outcome, number>>): PartSource[] {
  const sst = new SharedStrings();
  const counted = (function* () {
    for (const row of generateRows(rows, seed)) {
      outcomes[row.outcome] = (outcomes[row.outcome] ?? 0) + 1;
      yield row;
    }
  })();
  const one = (text: string) => () => [XML_HEAD + text];
  return [
    {
      name: '[Content_Types].xml',
      chunks: one(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/></Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      chunks: one(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    { name: 'docProps/app.xml', chunks: one(`<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application><AppVersion>16.0300</AppVersion></Properties>`) },
    {
      name: 'docProps/core.xml',
      chunks: one(
        `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>办公室</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-01-04T01:00:00Z</dcterms:created></cp:coreProperties>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      chunks: one(
        `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr defaultThemeVersion="164011"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets><sheet name="${escapeXml(SHEET_NAME)}" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'${SHEET_NAME}'!$1:$2</definedName></definedNames><calcPr calcId="191029"/></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      chunks: one(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
    },
    { name: SHEET_PART, chunks: () => sheetXmlChunks(title, counted, rows, sst) },
    { name: 'xl/styles.xml', chunks: () => [STYLES_XML] },
    { name: 'xl/sharedStrings.xml', chunks: () => sst.xmlChunks() },
  ];
}

/**
 * The register of `rows` items from `seed` in `dir`, generated when missing or out of date.
 * @example const file = await ensureRegister('bench/work/registers', 10_000, 1);
 */
export async function ensureRegister(dir: string, rows: number, seed: number, title = `${BENCH_YEAR}年收文登记簿`): Promise<RegisterFile> {
  const file = path.join(dir, `incoming-${rows}-s${seed}.xlsx`);
  const sidecar = `${file}.json`;
  try {
    const known = JSON.parse(await fs.readFile(sidecar, 'utf8')) as RegisterFile;
    const stat = await fs.stat(file);
    if (known.version === GENERATOR_VERSION && stat.size === known.bytes) return known;
  } catch {
    // Not generated yet (or from an older generator): build it below.
  }
  await fs.mkdir(dir, { recursive: true });
  const outcomes: Partial<Record<Outcome, number>> = {};
  const sizes = await writeXlsx(file, packageParts(title, rows, seed, outcomes));
  const stat = await fs.stat(file);
  const made: RegisterFile = { version: GENERATOR_VERSION, path: file, rows, seed, bytes: stat.size, sheetXmlBytes: sizes.get(SHEET_PART) ?? 0, outcomes };
  await fs.writeFile(sidecar, JSON.stringify(made, null, 2));
  return made;
}
