/**
 * Writes generated sheets into the draft: a sheet the add-in made for the same purpose (found by
 * its `RegisterDesk.Owned` name, never by its sheet name) is replaced in place; any other spec
 * becomes a new sheet at the end, under a name no user sheet has. Sheets are added to the
 * workbook part, its relationships and the content types; styles are appended. A sheet is
 * rendered in pieces and deflated as it is rendered: a list of 10,000 overdue items is 7 MB of
 * XML, and it is never one string nor kept inflated.
 */
import type { SheetSpec } from '../../../core/sheet-spec';
import type { WriteOutcome } from '../../host';
import { relsPathOf } from '../read/part-names';
import { makeRenderStyles } from '../render/render-styles';
import { renderSheetPieces, type RenderedPieces } from '../render/render-sheet';
import { fitSheetName, quoteSheetName, toSheetNameKey, uniqueSheetName } from '../render/sheet-name';
import { addOverride, CONTENT_TYPES } from './content-types-edit';
import { makeRelativeTarget } from './custom-xml-edit';
import type { PackageDraft } from './package-draft';
import { addRelationship, REL_TYPES } from './rels-edit';
import { protectedWorkbook } from './host-errors';
import { attachCharts, removeSheetParts } from './sheet-charts';
import { DeflateSink } from './stream-patch';
import { isStructureLocked } from './sheet-protection';
import { ensureStylesPart } from './styles-part';
import { StyleSheetEdit } from './style-sheet-edit';
import { appendSheet, removeDefinedName, renameSheet, setDefinedName } from './workbook-edit';
import { OWNED_NAME, readWorkbookState, writeStringConstant, type DraftSheet } from './workbook-state';

const PRINT_TITLES = '_xlnm.Print_Titles';

interface Placement {
  readonly spec: SheetSpec;
  readonly name: string;
  /** The owned sheet replaced, or null for a new sheet. */
  readonly replaces: DraftSheet | null;
}

/**
 * @example await writeSheetsToDraft(draft, 'xl/workbook.xml', [summarySpec]) // { sheets: ['2026年汇总'], renamed: [] }
 */
export async function writeSheetsToDraft(draft: PackageDraft, workbookPath: string, specs: readonly SheetSpec[]): Promise<WriteOutcome> {
  const state = readWorkbookState(draft, workbookPath);
  const placements = placeSheets(state.sheets, specs);
  if (isStructureLocked(draft.text(workbookPath) ?? '') && placements.some((p) => !p.replaces || p.replaces.name !== p.name)) throw protectedWorkbook();
  const finalName = new Map(placements.map((p) => [p.spec.name, p.name]));
  const stylesPath = ensureStylesPart(draft, workbookPath, state.stylesPath);
  const styles = new StyleSheetEdit(draft.text(stylesPath) ?? '');
  const styleOf = makeRenderStyles(styles);
  let workbook = draft.text(workbookPath) ?? '';
  let nextSheetId = Math.max(0, ...state.sheets.map((s) => s.sheetId)) + 1;
  let index = state.sheets.length;
  for (const p of placements) {
    const rendered = renderSheetPieces(p.spec, { styleOf, date1904: state.date1904, sheetName: (wanted) => finalName.get(wanted) ?? wanted });
    let sheetIndex: number;
    if (p.replaces) {
      removeSheetParts(draft, p.replaces.path);
      await putSheet(draft, p.replaces.path, rendered, p.spec, p.name);
      if (p.replaces.name !== p.name) workbook = renameSheet(workbook, p.replaces.relId, p.name);
      sheetIndex = p.replaces.index;
    } else {
      const path = draft.freeName('xl/worksheets/sheet{n}.xml');
      await putSheet(draft, path, rendered, p.spec, p.name);
      const relsPath = relsPathOf(workbookPath);
      const rel = addRelationship(draft.text(relsPath), REL_TYPES.worksheet, makeRelativeTarget(workbookPath, path));
      draft.put(relsPath, rel.xml);
      draft.put('[Content_Types].xml', addOverride(draft.text('[Content_Types].xml') ?? '', path, CONTENT_TYPES.worksheet));
      workbook = appendSheet(workbook, { name: p.name, sheetId: nextSheetId++, relId: rel.id });
      sheetIndex = index++;
    }
    workbook = setDefinedName(workbook, { name: OWNED_NAME, localSheetId: sheetIndex, value: writeStringConstant(p.spec.purpose), hidden: true });
    workbook =
      rendered.printTitleRow === null
        ? removeDefinedName(workbook, PRINT_TITLES, sheetIndex)
        : setDefinedName(workbook, { name: PRINT_TITLES, localSheetId: sheetIndex, value: `${quoteSheetName(p.name)}!$${rendered.printTitleRow}:$${rendered.printTitleRow}` });
  }
  draft.put(workbookPath, workbook);
  if (styles.changed) draft.put(stylesPath, styles.toXml());
  return {
    sheets: placements.map((p) => p.name),
    renamed: placements.filter((p) => p.name !== p.spec.name).map((p) => ({ wanted: p.spec.name, written: p.name })),
  };
}

/** Deflates a rendered sheet into the draft piece by piece; its charts are attached to the last piece (the one with `</worksheet>`). */
async function putSheet(draft: PackageDraft, path: string, rendered: RenderedPieces, spec: SheetSpec, name: string): Promise<void> {
  const sink = new DeflateSink(draft.codec);
  let held: string | null = null;
  for (const piece of rendered.pieces) {
    if (held !== null) await sink.write(held);
    held = piece;
  }
  const tail = held ?? '';
  await sink.write(attachCharts(draft, path, tail, spec, { tables: rendered.tables, width: rendered.width, printTitleRow: rendered.printTitleRow, xml: tail }, name));
  draft.putDeflated(path, await sink.finish());
}

/**
 * Decides each spec's sheet: the owned sheet of the same purpose if there is one, and a name
 * that clashes with no other sheet (a user's sheet of the wanted name pushes ours to "name (2)").
 */
function placeSheets(sheets: readonly DraftSheet[], specs: readonly SheetSpec[]): Placement[] {
  const ownedByPurpose = new Map<string, DraftSheet>();
  for (const s of sheets) if (s.ownedPurpose !== null && s.kind === 'worksheet' && s.path) ownedByPurpose.set(s.ownedPurpose, s);
  const replaced = new Set<DraftSheet>();
  const placements: Array<{ spec: SheetSpec; replaces: DraftSheet | null }> = specs.map((spec) => {
    const owned = ownedByPurpose.get(spec.purpose) ?? null;
    if (owned && !replaced.has(owned)) {
      replaced.add(owned);
      return { spec, replaces: owned };
    }
    return { spec, replaces: null };
  });
  // Names held by sheets that stay as they are; a replaced sheet's old name is free for reuse.
  const taken = new Set(sheets.filter((s) => !replaced.has(s)).map((s) => toSheetNameKey(s.name)));
  return placements.map(({ spec, replaces }) => {
    const name = uniqueSheetName(fitSheetName(spec.name), taken);
    taken.add(toSheetNameKey(name));
    return { spec, name, replaces };
  });
}
