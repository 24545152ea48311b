/**
 * One workbook open on the page: the bytes of the working copy (at first the clerk's file,
 * which is never changed), the .xlsx host the pane works through, and what the host calls since
 * the last copy changed. A step's changes become the working copy only once the patched package
 * reads back with every cell value as before — the command line's check before it writes a file.
 */
import { formatDay, type CalendarDay } from '../../core/dates/day';
import { verifyEdited, type WrittenCell } from '../../hosts/xlsx/edit/verify-edits';
import { verifyPatched } from '../../hosts/xlsx/patch/verify-patched';
import { XlsxEditingHost } from '../../hosts/xlsx/xlsx-editing-host';
import type { XlsxHostOptions } from '../../hosts/xlsx/xlsx-host';
import { leadingChange, type NotedChange } from './change-notes';
import { nameCopy, type CopyAction } from './copy-name';
import { diffPackages } from './package-diff';

/** A copy ready to save: its bytes, its name, and what the step did. */
export interface SavedCopy {
  readonly bytes: Uint8Array;
  readonly name: string;
  readonly action: CopyAction;
  /** Zip parts that differ from the previous working copy. */
  readonly changedParts: readonly string[];
}

/** Thrown by commit when the patched package does not read back right (the copy is discarded). */
export class CopyCheckError extends Error {
  readonly code = 'verify';
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'CopyCheckError';
  }
}

export class WorkbookSession {
  private committed: Uint8Array;
  /** Null only while a commit checks the copy. */
  private current: XlsxEditingHost | null;
  private notes: NotedChange[] = [];
  /** Cells the step rewrote on purpose (confirmed fixes, their undo), by sheet, row and column. */
  private written = new Map<string, WrittenCell>();

  private constructor(
    readonly fileName: string,
    bytes: Uint8Array,
    private readonly options: XlsxHostOptions,
  ) {
    this.committed = bytes;
    this.current = this.reopen(bytes);
  }

  /**
   * Opens a workbook's bytes (throws WorkbookOpenError with the clerk's sentence).
   * @example const session = WorkbookSession.open(bytes, '收文登记.xlsx');
   */
  static open(bytes: Uint8Array, fileName: string, options: XlsxHostOptions = {}): WorkbookSession {
    return new WorkbookSession(fileName, bytes, options);
  }

  get host(): XlsxEditingHost {
    this.current ??= this.reopen(this.committed);
    return this.current;
  }

  note(changes: readonly NotedChange[]): void {
    this.notes.push(...changes);
  }

  /** Cells whose values the step changed on purpose: the check expects their new values. */
  noteWritten(cells: readonly WrittenCell[]): void {
    for (const cell of cells) this.written.set(`${cell.sheet}\n${cell.row}:${cell.col}`, cell);
  }

  /**
   * Makes the changes since the last commit the working copy, and names it; null when nothing
   * changed. `today` dates the name unless the change is a summary of a year.
   * @example session.commit({ year: 2026, month: 11, day: 20 })?.name // '收文登记-已标记-2026-11-20.xlsx'
   */
  commit(today: CalendarDay): SavedCopy | null {
    const lead = leadingChange(this.notes) ?? { action: 'settings' };
    const patched = this.host.save();
    // The host's own count of changed parts restarts whenever it re-reads its draft: compare.
    const changedParts = diffPackages(this.committed, patched);
    // A step that wrote nothing in the end (a clear with no marks left) makes no copy.
    if (changedParts.length === 0) {
      this.forgetStep();
      return null;
    }
    // The host and its patched parts are let go before the check reads both packages whole,
    // so a large register's patched sheet text is not held through the check as well.
    this.current = null;
    const problem = this.checkCopy(patched);
    if (problem) {
      this.discard();
      throw new CopyCheckError(`生成的副本自检未通过（${problem}），已放弃这一步的改动，原文件未改动。`, 'The copy failed its read-back check; the step was undone and the original file was not changed.');
    }
    this.committed = patched;
    this.forgetStep();
    // Reopened on the copy: the next step's changed parts are counted from here.
    this.current = this.reopen(patched);
    const stamp = lead.year !== undefined ? String(lead.year) : formatDay(today);
    return { bytes: patched, name: nameCopy(this.fileName, lead.action, stamp), action: lead.action, changedParts };
  }

  /** Drops the changes since the last commit (a step that failed half-way). */
  discard(): void {
    this.forgetStep();
    this.current = this.reopen(this.committed);
  }

  /**
   * The command line's checks before it writes a file: every cell as before (verifyPatched), or
   * where the step rewrote cells on purpose, those with their new values and the rest as before.
   * Null when the copy reads back right, else the first problem (zh).
   */
  private checkCopy(patched: Uint8Array): string | null {
    if (this.written.size > 0) return verifyEdited(this.committed, patched, [...this.written.values()]);
    const check = verifyPatched(this.committed, patched);
    return check.ok ? null : check.problems.map((p) => p.message.zh).join('；');
  }

  private forgetStep(): void {
    this.notes = [];
    this.written.clear();
  }

  private reopen(bytes: Uint8Array): XlsxEditingHost {
    return XlsxEditingHost.open(bytes, { ...this.options, fileName: this.fileName });
  }
}
