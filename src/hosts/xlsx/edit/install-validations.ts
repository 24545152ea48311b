/**
 * Installs the add-in's data-validation rules in a worksheet part, patching only the
 * validation blocks. The clerk's rules are never changed or duplicated: where one covers cells a
 * new rule would cover, the rule is reported as a conflict and left out — unless the clerk
 * asked to replace (then the clerk's rule gives up just those cells). The add-in's own earlier
 * rules on the same columns are taken out first, so installing again gives the same part.
 */
import type { ColumnValidation, ExistingValidation } from '../../editing-host';
import { setAttr, unescapeXml } from '../patch/xml-text';
import { renderValidation } from './render-validation';
import { formatSqref, LAST_ROW, rangesMeet, subtractRange, type CellRange } from './sqref';
import { scanValidations, type FoundValidation, type SheetValidations } from './validation-scan';
import { childrenOf, type ElementSpan } from './xml-elements';

export interface InstallResult {
  readonly xml: string;
  readonly installed: number;
  readonly conflicts: readonly ExistingValidation[];
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function bandOf(rule: ColumnValidation): CellRange {
  return { top: rule.fromRow, bottom: rule.toRow, left: rule.col, right: rule.col };
}

function meets(v: FoundValidation, band: CellRange): boolean {
  return v.ranges !== null && v.ranges.some((r) => rangesMeet(r, band));
}

function toExisting(v: FoundValidation, col: number): ExistingValidation {
  return { col, ref: unescapeXml(v.sqref), type: v.type, ownedByAddIn: v.ownedByAddIn };
}

/** What is left of each touched rule: its new sqref, or null when nothing is left. */
function trimRules(cuts: ReadonlyMap<FoundValidation, CellRange[]>): Map<FoundValidation, string | null> {
  const out = new Map<FoundValidation, string | null>();
  for (const [v, bands] of cuts) {
    let ranges = v.ranges ?? [];
    for (const band of bands) ranges = ranges.flatMap((r) => subtractRange(r, band));
    out.set(v, ranges.length === 0 ? null : formatSqref(ranges));
  }
  return out;
}

/** Edits for one block: its children removed or re-ranged, new rules appended, count kept right. */
function editBlock(xml: string, block: ElementSpan, members: readonly FoundValidation[], trimmed: ReadonlyMap<FoundValidation, string | null>, added: string, whole: ElementSpan): Edit[] {
  const removed = members.filter((v) => trimmed.get(v) === null);
  const left = members.length - removed.length + (added === '' ? 0 : (added.match(/<([\w.-]+:)?dataValidation[\s>]/g) ?? []).length);
  if (left === 0) return [{ start: whole.start, end: whole.end, text: '' }];
  const edits: Edit[] = [];
  const tag = xml.slice(block.start, block.tagEnd);
  const counted = setAttr(tag, 'count', String(left));
  if (counted !== tag) edits.push({ start: block.start, end: block.tagEnd, text: counted });
  for (const v of members) {
    const sqref = trimmed.get(v);
    if (sqref === null) edits.push({ start: v.element.start, end: v.element.end, text: '' });
    else if (sqref !== undefined) edits.push({ start: v.sqrefStart, end: v.sqrefEnd, text: sqref });
  }
  if (added) edits.push({ start: block.closeStart, end: block.closeStart, text: added });
  return edits;
}

function applyEdits(xml: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let copied = 0;
  for (const e of sorted) {
    out += xml.slice(copied, e.start) + e.text;
    copied = Math.max(copied, e.end);
  }
  return out + xml.slice(copied);
}

function collectEdits(xml: string, scan: SheetValidations, trimmed: Map<FoundValidation, string | null>, added: string): Edit[] {
  const edits: Edit[] = [];
  const byBlock = new Map<ElementSpan, FoundValidation[]>();
  for (const v of scan.items) byBlock.set(v.container, [...(byBlock.get(v.container) ?? []), v]);
  for (const [block, members] of byBlock) {
    if (block === scan.block || !members.some((v) => trimmed.has(v))) continue;
    // An x14 block left empty goes with the <ext> holding it (an empty ext is not allowed).
    const ext = members[0].ext;
    edits.push(...editBlock(xml, block, members, trimmed, '', ext && childrenOf(xml, ext).length === 1 ? ext : block));
  }
  if (scan.block && !scan.block.selfClosing) {
    const members = byBlock.get(scan.block) ?? [];
    if (added || members.some((v) => trimmed.has(v))) edits.push(...editBlock(xml, scan.block, members, trimmed, added, scan.block));
  } else if (added) {
    const count = (added.match(/<([\w.-]+:)?dataValidation[\s>]/g) ?? []).length;
    const at = scan.block ?? { start: scan.insertAt, end: scan.insertAt };
    edits.push({ start: at.start, end: at.end, text: `<${scan.prefix}dataValidations count="${count}">${added}</${scan.prefix}dataValidations>` });
  }
  return edits;
}

/**
 * @example
 * installValidationsInXml(sheetXml, [{ col: 5, fromRow: 3, toRow: 1002, type: 'list', values: ['特急', '加急'], … }], false)
 * // { xml: '…<dataValidations count="1"><dataValidation type="list" … sqref="F3:F1002">…', installed: 1, conflicts: [] }
 */
export function installValidationsInXml(xml: string, rules: readonly ColumnValidation[], replace: boolean): InstallResult {
  const scan = scanValidations(xml);
  if (!scan) return { xml, installed: 0, conflicts: [] };
  const cuts = new Map<FoundValidation, CellRange[]>();
  const cut = (v: FoundValidation, band: CellRange): void => void cuts.set(v, [...(cuts.get(v) ?? []), band]);
  const conflicts: ExistingValidation[] = [];
  let added = '';
  let installed = 0;
  for (const rule of rules) {
    const rendered = renderValidation(rule, scan.prefix);
    if (!rendered) continue;
    const band = bandOf(rule);
    const column: CellRange = { top: 1, bottom: LAST_ROW, left: rule.col, right: rule.col };
    const clerks = scan.items.filter((v) => !v.ownedByAddIn && meets(v, band));
    if (clerks.length > 0 && !replace) {
      conflicts.push(...clerks.map((v) => toExisting(v, rule.col)));
      continue;
    }
    for (const v of clerks) cut(v, band);
    for (const v of scan.items) if (v.ownedByAddIn && meets(v, column)) cut(v, column);
    added += rendered;
    installed += 1;
  }
  const trimmed = trimRules(cuts);
  for (const [v, sqref] of trimmed) if (sqref === v.sqref) trimmed.delete(v);
  const edits = collectEdits(xml, scan, trimmed, added);
  return { xml: edits.length === 0 ? xml : applyEdits(xml, edits), installed, conflicts };
}

/** Columns listed per rule at most: a rule over whole rows would otherwise name 16,384. */
const MAX_LISTED_COLUMNS = 256;

/**
 * Every validation of the part, once per column it covers (clerk's and the add-in's).
 * @example listValidationsInXml(sheetXml) // [{ col: 5, ref: 'F3:F22', type: 'list', ownedByAddIn: false }, …]
 */
export function listValidationsInXml(xml: string): ExistingValidation[] {
  const scan = scanValidations(xml);
  if (!scan) return [];
  const out: ExistingValidation[] = [];
  for (const v of scan.items) {
    const cols = new Set<number>();
    for (const r of v.ranges ?? []) {
      for (let c = r.left; c <= r.right && cols.size < MAX_LISTED_COLUMNS; c++) cols.add(c);
    }
    for (const col of [...cols].sort((a, b) => a - b)) out.push(toExisting(v, col));
  }
  return out;
}
