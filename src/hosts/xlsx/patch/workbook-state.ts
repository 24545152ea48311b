/**
 * The workbook as the draft now stands — sheets with their parts, defined names, the date
 * system, the styles part — read from the (possibly patched) workbook part and its relationships.
 */
import { relationKind } from '../read/namespaces';
import type { DefinedName, SheetKind, SheetState } from '../read/package-types';
import { relsPathOf } from '../read/part-names';
import { parseRelationships } from '../read/relationships';
import { parseWorkbookXml } from '../read/workbook-xml';
import type { PackageDraft } from './package-draft';

/** The defined name that marks a sheet as the add-in's own; its value is the sheet's purpose. */
export const OWNED_NAME = 'RegisterDesk.Owned';

export interface DraftSheet {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  /** The part holding the sheet ('' when its relationship is missing). */
  readonly path: string;
  readonly state: SheetState;
  readonly kind: SheetKind;
  /** 0-based position in `<sheets>` (what `localSheetId` counts). */
  readonly index: number;
  /** The purpose recorded by {@link OWNED_NAME}, when the add-in wrote this sheet. */
  readonly ownedPurpose: string | null;
}

export interface WorkbookState {
  readonly sheets: readonly DraftSheet[];
  readonly definedNames: readonly DefinedName[];
  readonly date1904: boolean;
  /** The styles part, when the workbook has one. */
  readonly stylesPath: string | null;
}

/**
 * @example readWorkbookState(draft, 'xl/workbook.xml').sheets.map((s) => s.name)
 */
export function readWorkbookState(draft: PackageDraft, workbookPath: string): WorkbookState {
  const wb = parseWorkbookXml(draft.text(workbookPath) ?? '');
  const relsText = draft.text(relsPathOf(workbookPath));
  const rels = relsText === null ? [] : parseRelationships(relsText, workbookPath);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const owned = new Map<number, string>();
  for (const d of wb.definedNames) {
    if (d.name.toLowerCase() === OWNED_NAME.toLowerCase() && d.localSheetId !== null) owned.set(d.localSheetId, readStringConstant(d.value));
  }
  const sheets = wb.sheets.map((s, index): DraftSheet => {
    const rel = byId.get(s.relId);
    const internal = rel !== undefined && rel.targetMode === undefined;
    const kind = rel ? relationKind(rel.type) : '';
    return {
      name: s.name,
      sheetId: s.sheetId,
      relId: s.relId,
      path: internal ? (draft.archive.get(rel.resolved)?.name ?? rel.resolved) : '',
      state: s.state,
      kind: kind === 'worksheet' || kind === 'chartsheet' ? kind : 'other',
      index,
      ownedPurpose: owned.get(index) ?? null,
    };
  });
  const styles = rels.find((r) => relationKind(r.type) === 'styles' && r.targetMode === undefined);
  return { sheets, definedNames: wb.definedNames, date1904: wb.date1904, stylesPath: styles ? styles.resolved : null };
}

/**
 * The text of a formula string constant: `"summary:2026"` → `summary:2026` (doubled quotes undone).
 * @example readStringConstant('"a""b"') // 'a"b'
 */
export function readStringConstant(value: string): string {
  const v = value.trim();
  return v.startsWith('"') && v.endsWith('"') && v.length >= 2 ? v.slice(1, -1).replace(/""/g, '"') : v;
}

/**
 * A string as a formula constant.
 * @example writeStringConstant('a"b') // '"a""b"'
 */
export function writeStringConstant(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A sheet by name: exact first, then as Excel compares names (ignoring case).
 * @example findDraftSheet(state, '收文登记')?.path // 'xl/worksheets/sheet1.xml'
 */
export function findDraftSheet(state: WorkbookState, name: string): DraftSheet | undefined {
  return state.sheets.find((s) => s.name === name) ?? state.sheets.find((s) => s.name.toLocaleUpperCase('en-US') === name.toLocaleUpperCase('en-US'));
}
