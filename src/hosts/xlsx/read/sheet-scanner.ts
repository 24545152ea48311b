/**
 * The state machine that walks a worksheet's XML events: rows, cells and their values; what
 * surrounds the rows goes to SheetFacts. It keeps nothing per cell but what the caller asks
 * for, so memory does not grow with the sheet.
 */
import type { CellRef } from '../../../core/types';
import type { RawCell, CellContext } from './cell-value';
import { toCellValue } from './cell-value';
import { columnOf, MAX_COL, MAX_ROW, rowOf } from './cell-ref';
import { SheetFacts } from './sheet-facts';
import { isSml } from './namespaces';
import { readProblems } from './read-problems';
import type { ProblemList } from './read-problems';
import type { ScannedCell } from './sheet-types';
import { isTrue } from './workbook-xml';
import type { XmlAttributes, XmlReader, XmlVisitor } from './xml-reader';

export interface ScanBounds {
  readonly fromRow: number;
  readonly toRow: number;
  /** Columns whose values are wanted; others are skipped without building a value. */
  readonly wantColumn: (col: number) => boolean;
  readonly onCell: (cell: ScannedCell) => void;
  /** Stop at the end of the rows instead of reading merges and filters after them. */
  readonly rowsOnly: boolean;
}

interface CellState extends RawCell {
  type: string | undefined;
  style: number | null;
  value: string | null;
  inline: string | null;
}

export class SheetScanner implements XmlVisitor {
  readonly facts = new SheetFacts();
  readonly hiddenRows = new Set<number>();
  lastRow = 0;
  /** Set when a row past `toRow` stopped the scan. */
  limitReached = false;

  private inSheetData = false;
  private inRow = false;
  private row = 0;
  private rowHasRef = false;
  private rowHidden = false;
  private skipRow = false;
  private lastCol = -1;
  private active = false;
  private col = 0;
  private hasFormula = false;
  private inValue = false;
  private inInline = false;
  private inText = false;
  private phonetic = 0;
  private readonly cell: CellState = { type: undefined, style: null, value: null, inline: null };

  constructor(
    private readonly sheet: string,
    private readonly bounds: ScanBounds,
    private readonly context: CellContext,
    private readonly problems: ProblemList,
  ) {}

  /** Called when parsing resumes after the skipped rows: no row or cell is open any more. */
  leaveRows(): void {
    this.inSheetData = this.inRow = this.active = this.inValue = this.inInline = this.inText = false;
  }

  open(ns: string, local: string, attrs: XmlAttributes, reader: XmlReader): void | boolean {
    if (!isSml(ns)) return;
    if (this.inRow) return this.openInRow(local, attrs);
    if (local === 'sheetData') this.inSheetData = true;
    else if (local === 'row' && this.inSheetData) return this.openRow(attrs);
    else this.facts.open(local, attrs, reader);
  }

  close(ns: string, local: string): void | boolean {
    if (!isSml(ns)) return;
    switch (local) {
      case 'v':
        this.inValue = false;
        return;
      case 't':
        this.inText = false;
        return;
      case 'rPh':
        if (this.phonetic > 0) this.phonetic--;
        return;
      case 'is':
        this.inInline = false;
        return;
      case 'c':
        return this.finishCell();
      case 'row':
        return this.finishRow();
      case 'sheetData':
        this.inSheetData = false;
        return this.bounds.rowsOnly ? false : undefined;
      default:
        this.facts.close(local);
    }
  }

  text(text: string): void {
    if (this.inValue) this.cell.value += text;
    else if (this.inText) this.cell.inline += text;
  }

  private openInRow(local: string, attrs: XmlAttributes): void | boolean {
    if (local === 'c') return this.openCell(attrs);
    if (!this.active) return;
    if (local === 'v') {
      this.inValue = true;
      this.cell.value = '';
    } else if (local === 'f') this.hasFormula = true;
    else if (local === 'is') {
      this.inInline = true;
      this.cell.inline = '';
    } else if (local === 'rPh' && this.inInline) this.phonetic++;
    else if (local === 't' && this.inInline && this.phonetic === 0) this.inText = true;
  }

  private openRow(attrs: XmlAttributes): void | boolean {
    const r = attrs.r === undefined ? -1 : toCount(attrs.r);
    this.rowHasRef = r >= 1 && r <= MAX_ROW;
    this.row = this.rowHasRef ? r : this.row + 1;
    this.rowHidden = isTrue(attrs.hidden);
    this.inRow = true;
    this.lastCol = -1;
    return this.enterRow();
  }

  private enterRow(): void | boolean {
    if (this.row > this.bounds.toRow) {
      this.limitReached = true;
      return false;
    }
    this.skipRow = this.row < this.bounds.fromRow;
  }

  private openCell(attrs: XmlAttributes): void | boolean {
    this.active = false;
    const ref = attrs.r;
    let col = this.lastCol + 1;
    if (ref !== undefined) {
      col = columnOf(ref);
      if (col < 0) {
        this.problems.add(readProblems.badCellRef(this.sheet, ref));
        this.lastCol++;
        return;
      }
      const adopted = !this.rowHasRef && this.lastCol === -1 ? rowOf(ref) : -1;
      if (adopted > 0 && adopted !== this.row) {
        // A row written without its number takes the number of its first cell.
        this.row = adopted;
        if (this.enterRow() === false) return false;
      }
    }
    this.lastCol = col;
    if (this.skipRow || !this.bounds.wantColumn(col)) return;
    if (col > MAX_COL) {
      this.problems.add(readProblems.badCellRef(this.sheet, ref ?? `#${col + 1}`));
      return;
    }
    this.active = true;
    this.col = col;
    this.hasFormula = false;
    this.cell.type = attrs.t;
    this.cell.style = attrs.s === undefined ? null : toCount(attrs.s);
    if (this.cell.style === -1) this.cell.style = null;
    this.cell.value = null;
    this.cell.inline = null;
  }

  private finishCell(): void {
    if (!this.active) return;
    this.active = this.inValue = this.inInline = this.inText = false;
    this.phonetic = 0;
    const at: CellRef = { sheet: this.sheet, row: this.row, col: this.col };
    const value = toCellValue(this.cell, this.context, at);
    this.bounds.onCell({ row: this.row, col: this.col, value, style: this.cell.style, hasFormula: this.hasFormula });
  }

  private finishRow(): void {
    this.inRow = false;
    this.active = false;
    if (this.skipRow) return;
    if (this.rowHidden) this.hiddenRows.add(this.row);
    if (this.row > this.lastRow) this.lastRow = this.row;
  }
}

/** A non-negative integer attribute, -1 when absent or not one (read on every cell: no regex). */
function toCount(value: string | undefined): number {
  if (value === undefined || value === '') return -1;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : -1;
}
