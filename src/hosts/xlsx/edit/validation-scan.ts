/**
 * The data validations a worksheet part holds: the `<dataValidations>` block of the worksheet
 * and the extended ones Excel keeps in `<extLst>` (`x14:dataValidation`, used when a list points
 * at another sheet), with where a new block would go in CT_Worksheet's element order.
 *
 * The add-in's own rules carry `promptTitle="台账助手"` (ADD_IN_PROMPT_TITLE): an attribute every
 * writer keeps (Excel, LibreOffice and openpyxl round-trip it) that a clerk never sees unless the
 * input message is switched on, which the add-in leaves off. Any other rule is the clerk's.
 */
import { findSheetData } from '../patch/sheet-scan';
import { readAttr, readPrefix, unescapeXml } from '../patch/xml-text';
import { parseSqref, type CellRange } from './sqref';
import { childrenOf, findChild, listChildren, type ElementSpan } from './xml-elements';

export const ADD_IN_PROMPT_TITLE = '台账助手';

/** Worksheet children that follow `<sheetData>`, in the order CT_Worksheet requires. */
const AFTER_SHEET_DATA = [
  'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate',
  'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks',
  'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties',
  'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF',
  'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
];
const VALIDATIONS_RANK = AFTER_SHEET_DATA.indexOf('dataValidations');

export interface FoundValidation {
  readonly element: ElementSpan;
  /** The `<dataValidations>` (or `x14:dataValidations`) element holding it. */
  readonly container: ElementSpan;
  readonly sqref: string;
  /** Where the sqref text sits: an attribute value, or the text of `<xm:sqref>`. */
  readonly sqrefStart: number;
  readonly sqrefEnd: number;
  /** null when the sqref cannot be read (such a rule is never trimmed, only reported). */
  readonly ranges: CellRange[] | null;
  /** `list`, `date`, … or `none` (an input message only). */
  readonly type: string;
  readonly ownedByAddIn: boolean;
  /** For the x14 rules kept in `<extLst>`: the `<ext>` element holding their block. */
  readonly ext: ElementSpan | null;
}

export interface SheetValidations {
  /** The main namespace's prefix in this part ('' or e.g. 'x:'). */
  readonly prefix: string;
  /** The worksheet's own `<dataValidations>` block. */
  readonly block: ElementSpan | null;
  /** Where a new block goes when there is none. */
  readonly insertAt: number;
  readonly items: readonly FoundValidation[];
}

function readSqrefAttr(xml: string, element: ElementSpan): { start: number; end: number } | null {
  const tag = xml.slice(element.start, element.tagEnd);
  const m = /\ssqref\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(tag);
  if (!m) return null;
  const value = m[1] ?? m[2] ?? '';
  const start = element.start + m.index + m[0].length - value.length - 1;
  return { start, end: start + value.length };
}

function describe(xml: string, element: ElementSpan, container: ElementSpan, ext: ElementSpan | null): FoundValidation {
  const tag = xml.slice(element.start, element.tagEnd);
  let at: { start: number; end: number } | null = readSqrefAttr(xml, element);
  if (!at && ext) {
    const child = findChild(xml, element, 'sqref');
    if (child && !child.selfClosing) at = { start: child.tagEnd, end: child.closeStart };
  }
  const sqref = at ? xml.slice(at.start, at.end) : '';
  return {
    element,
    container,
    sqref,
    sqrefStart: at?.start ?? element.tagEnd,
    sqrefEnd: at?.end ?? element.tagEnd,
    ranges: at ? parseSqref(unescapeXml(sqref)) : null,
    type: readAttr(tag, 'type') ?? 'none',
    ownedByAddIn: unescapeXml(readAttr(tag, 'promptTitle') ?? '') === ADD_IN_PROMPT_TITLE,
    ext,
  };
}

function validationsIn(xml: string, container: ElementSpan, ext: ElementSpan | null): FoundValidation[] {
  return childrenOf(xml, container)
    .filter((c) => c.localName === 'dataValidation')
    .map((c) => describe(xml, c, container, ext));
}

/**
 * Reads the validations of a worksheet part; null when the part has no `<sheetData>`.
 * @example scanValidations(sheetXml)?.items.map((v) => v.sqref) // ['F3:F22', 'K3:K22']
 */
export function scanValidations(xml: string): SheetValidations | null {
  const data = findSheetData(xml);
  if (!data) return null;
  const prefix = readPrefix(data.qname);
  const rootClose = xml.lastIndexOf('</');
  const siblings = listChildren(xml, data.end, rootClose < data.end ? xml.length : rootClose);
  let block: ElementSpan | null = null;
  let insertAt = rootClose < data.end ? xml.length : rootClose;
  const items: FoundValidation[] = [];
  for (const el of siblings) {
    const rank = AFTER_SHEET_DATA.indexOf(el.localName);
    if (el.localName === 'dataValidations' && readPrefix(el.qname) === prefix) {
      block = el;
      items.push(...validationsIn(xml, el, null));
    }
    if ((rank < 0 || rank > VALIDATIONS_RANK) && insertAt > el.start) insertAt = el.start;
    if (el.localName === 'extLst') {
      for (const ext of childrenOf(xml, el)) {
        for (const inner of childrenOf(xml, ext)) {
          if (inner.localName === 'dataValidations') items.push(...validationsIn(xml, inner, ext));
        }
      }
    }
  }
  return { prefix, block, insertAt, items };
}
