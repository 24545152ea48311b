/** `xl/workbook.xml`: the sheets in tab order, defined names and the date system. */
import { isSml, RELATIONSHIP_NAMESPACES } from './namespaces';
import type { DefinedName, SheetState } from './package-types';
import { parseXml } from './xml-reader';

export interface WorkbookSheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  readonly state: SheetState;
}

export interface WorkbookXml {
  /** False when the root element is not a SpreadsheetML `<workbook>` (a .docx, an .xlsb …). */
  readonly isWorkbook: boolean;
  readonly date1904: boolean;
  readonly sheets: readonly WorkbookSheetEntry[];
  readonly definedNames: readonly DefinedName[];
}

/**
 * Reads the workbook part.
 * @example parseWorkbookXml(text).sheets.map((s) => s.name) // ['收文登记', '督办台账']
 */
export function parseWorkbookXml(text: string): WorkbookXml {
  let isWorkbook = false;
  let depth = 0;
  let date1904 = false;
  const sheets: WorkbookSheetEntry[] = [];
  const definedNames: DefinedName[] = [];
  let name: { attrs: Readonly<Record<string, string>>; text: string } | null = null;
  parseXml(text, {
    open(ns, local, attrs, reader) {
      depth++;
      if (depth === 1) isWorkbook = local === 'workbook' && isSml(ns);
      if (!isWorkbook || !isSml(ns)) return;
      if (local === 'workbookPr') date1904 = isTrue(attrs.date1904);
      else if (local === 'sheet' && attrs.name !== undefined) {
        sheets.push({
          name: attrs.name,
          sheetId: toInteger(attrs.sheetId) ?? 0,
          relId: reader.attributeIn(attrs, RELATIONSHIP_NAMESPACES, 'id') ?? '',
          state: attrs.state === 'hidden' || attrs.state === 'veryHidden' ? attrs.state : 'visible',
        });
      } else if (local === 'definedName') name = { attrs, text: '' };
    },
    text(t) {
      if (name) name.text += t;
    },
    close(ns, local) {
      depth--;
      if (local !== 'definedName' || !name || !isSml(ns)) return;
      const { attrs } = name;
      if (attrs.name !== undefined) {
        const localSheetId = toInteger(attrs.localSheetId);
        definedNames.push({ name: attrs.name, localSheetId, value: name.text, hidden: isTrue(attrs.hidden) });
      }
      name = null;
    },
  });
  return { isWorkbook, date1904, sheets, definedNames };
}

/**
 * xsd:boolean: "1" and "true" (some writers capitalise).
 * @example isTrue('True') // true
 */
export function isTrue(value: string | undefined): boolean {
  return value === '1' || value?.toLowerCase() === 'true';
}

function toInteger(value: string | undefined): number | null {
  if (value === undefined || !/^\s*-?\d+\s*$/.test(value)) return null;
  return Number(value);
}
