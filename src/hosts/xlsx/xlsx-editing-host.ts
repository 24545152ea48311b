/**
 * The .xlsx host with the editing half of issue 4: confirmed value fixes (only the edited `<c>`
 * elements change), data-validation installs (only the validation blocks change), and validation
 * marks (kind `invalid`, one cell each) kept as a layer over the status marks, so that marking
 * and clearing either kind, in any order, gives every cell back the clerk's own format.
 *
 * Why the layer: XlsxHost's mark patch keeps one log entry per row and lets a new mark take over
 * the entry of any mark already on its row. Left to it, marking an invalid cell in an overdue
 * row dropped the row's overdue entry (the rest of the row stayed red after every clear), and
 * two invalid cells in one row could not both be cleared. Here the validation layer is peeled
 * off before the status patch runs and laid again after it (edit/mark-layers.ts).
 */
import type { MarkKind, RowMark } from '../../core/marks/mark-types';
import { MARK_KINDS } from '../../core/marks/mark-types';
import type { CellEdit, ColumnValidation, EditingHost, EditOutcome, ExistingValidation, ValidationOutcome } from '../editing-host';
import type { ClearOutcome, MarkOutcome } from '../host';
import { WorkbookPackage, type OpenOptions } from './package';
import { applyMarksToDraft } from './patch/apply-marks';
import { clearMarksInDraft } from './patch/clear-marks';
import { noSheet, notWorksheet } from './patch/host-errors';
import { findDraftSheet, readWorkbookState, type DraftSheet } from './patch/workbook-state';
import { keyRowsIn } from './read/key-rows';
import { isSheetLocked, lockedForEditing } from './edit/edit-errors';
import { installValidationsInXml, listValidationsInXml } from './edit/install-validations';
import type { KeyRowsOf } from './edit/locate-marks';
import { layInvalidMarks, peelInvalidMarks, releaseMarkStylesIfUnused, type PeeledMark } from './edit/mark-layers';
import { mergeClearOutcomes } from './edit/merge-outcomes';
import { LAST_COL } from './edit/sqref';
import { writeCellsToDraft } from './edit/write-cells';
import { XlsxHost, type XlsxHostOptions } from './xlsx-host';

export class XlsxEditingHost extends XlsxHost implements EditingHost {
  /**
   * @example const host = XlsxEditingHost.open(bytes); await host.writeCells('收文登记', edits); host.save()
   */
  static override open(bytes: Uint8Array, options: OpenOptions & XlsxHostOptions = {}): XlsxEditingHost {
    return new XlsxEditingHost(WorkbookPackage.open(bytes, options), options);
  }

  async writeCells(sheet: string, edits: readonly CellEdit[]): Promise<EditOutcome> {
    const pkg = this.current();
    const keyRowsOf = this.keyRowsFor(pkg);
    return this.change(() => writeCellsToDraft(this.context(), pkg, sheet, edits, (cols, wanted) => keyRowsOf(sheet, cols, wanted)));
  }

  async listValidations(sheet: string): Promise<readonly ExistingValidation[]> {
    this.current();
    return listValidationsInXml(this.sheetXml(sheet).xml);
  }

  async installValidations(sheet: string, rules: readonly ColumnValidation[], options: { readonly replace: boolean }): Promise<ValidationOutcome> {
    this.current();
    const { xml, path, name } = this.sheetXml(sheet);
    if (isSheetLocked(xml)) throw lockedForEditing(name);
    const result = installValidationsInXml(xml, rules, options.replace);
    if (result.xml !== xml) await this.change(() => this.context().draft.put(path, result.xml));
    return { sheet: name, installed: result.installed, conflicts: result.conflicts };
  }

  override async applyMarks(sheet: string, marks: readonly RowMark[]): Promise<MarkOutcome> {
    const { name } = this.worksheet(sheet);
    if (marks.length === 0) return { sheet: name, rowsMarked: 0, byKind: {} };
    const status = marks.filter((m) => m.kind !== 'invalid');
    const cells = marks.filter((m) => m.kind === 'invalid').flatMap(splitCells);
    const keyRowsOf = this.keyRowsFor(this.current());
    return this.change(async () => {
      const ctx = this.context();
      const { peeled } = peelInvalidMarks(ctx, name, (s) => (cols, wanted) => keyRowsOf(s.name, cols, wanted));
      const painted = status.length > 0 ? await applyMarksToDraft(ctx, name, status) : null;
      const fresh = new Set(cells.map((m) => `${m.row}:${m.fromCol}`));
      const again = peeled.filter((p) => !fresh.has(`${p.mark.row}:${p.mark.fromCol}`));
      layInvalidMarks(ctx, name, [...again.map((p) => p.mark), ...cells], knownBefores(again), (cols, wanted) => keyRowsOf(name, cols, wanted));
      const statusRows = new Set(status.map((m) => m.row));
      const extraRows = new Set(cells.filter((m) => !statusRows.has(m.row)).map((m) => m.row));
      const byKind = { ...(painted?.byKind ?? {}), ...(cells.length > 0 ? { invalid: cells.length } : {}) };
      return { sheet: name, rowsMarked: (painted?.rowsMarked ?? 0) + extraRows.size, byKind };
    });
  }

  override async clearMarks(sheet?: string, kinds?: readonly MarkKind[]): Promise<readonly ClearOutcome[]> {
    const wanted = kinds ?? MARK_KINDS;
    const statusKinds = wanted.filter((k) => k !== 'invalid');
    const keyRowsOf = this.keyRowsFor(this.current());
    return this.change(async () => {
      const ctx = this.context();
      const readKeys = (s: DraftSheet): KeyRowsOf => (cols, wanted) => keyRowsOf(s.name, cols, wanted);
      const { peeled, outcomes } = peelInvalidMarks(ctx, sheet, readKeys);
      const cleared = statusKinds.length > 0 ? await clearMarksInDraft(ctx, sheet, statusKinds, (s, cols, wanted) => keyRowsOf(s.name, cols, wanted)) : [];
      if (!wanted.includes('invalid')) {
        for (const [name, group] of groupBySheet(peeled)) layInvalidMarks(ctx, name, group.map((p) => p.mark), knownBefores(group), (cols, wanted) => keyRowsOf(name, cols, wanted));
      }
      releaseMarkStylesIfUnused(ctx);
      const target = sheet === undefined ? undefined : (findDraftSheet(readWorkbookState(ctx.draft, ctx.workbookPath), sheet)?.name ?? sheet);
      return mergeClearOutcomes(cleared, wanted.includes('invalid') ? outcomes : [], target);
    });
  }

  /** Rows by key, read from the package as it stands before a change (marks never change values). */
  private keyRowsFor(pkg: WorkbookPackage): (sheet: string, cols: readonly number[], wanted: ReadonlySet<string>) => Map<string, number[]> {
    return keyRowsIn(pkg);
  }

  private worksheet(sheet: string): { path: string; name: string } {
    const ctx = this.context();
    const found = findDraftSheet(readWorkbookState(ctx.draft, ctx.workbookPath), sheet);
    if (!found || !found.path) throw noSheet(sheet);
    if (found.kind !== 'worksheet') throw notWorksheet(found.name);
    return { path: found.path, name: found.name };
  }

  private sheetXml(sheet: string): { xml: string; path: string; name: string } {
    const { path, name } = this.worksheet(sheet);
    return { xml: this.context().draft.text(path) ?? '', path, name };
  }
}

/** A validation mark over several cells becomes one mark per cell (each is cleared on its own). */
function splitCells(mark: RowMark): RowMark[] {
  const out: RowMark[] = [];
  for (let col = Math.max(0, mark.fromCol); col <= Math.min(mark.toCol, LAST_COL); col++) out.push({ ...mark, fromCol: col, toCol: col });
  return out;
}

function knownBefores(peeled: readonly PeeledMark[]): Map<string, PeeledMark['before']> {
  return new Map(peeled.map((p) => [`${p.mark.row}:${p.mark.fromCol}`, p.before]));
}

function groupBySheet(peeled: readonly PeeledMark[]): Map<string, PeeledMark[]> {
  const out = new Map<string, PeeledMark[]>();
  for (const p of peeled) {
    const list = out.get(p.sheet);
    if (list) list.push(p);
    else out.set(p.sheet, [p]);
  }
  return out;
}
