/**
 * The state machine that walks a worksheet's XML events: rows, cells and their values; what
 * surrounds the rows goes to SheetFacts. It keeps nothing per cell but what the caller asks
 * for, so memory does not grow with the sheet. Past the last row wanted it either stops the
 * parse or has the tokenizer skip the rest of `sheetData` unread, to reach what follows.
 */
import type { CellRef } from '../../../core/types';
import type { RawCell, CellContext } from './cell-value';
import { plainCellValue, toCellValue } from './cell-value';
import { MAX_COL, MAX_ROW, rowOf } from './cell-ref';
import { readFastRow, type CellTarget } from './fast-row';
import { SheetFacts } from './sheet-facts';
import { isSml } from './namespaces';
import { readProblems } from './read-problems';
import type { ProblemList } from './read-problems';
import type { ScannedCell } from './sheet-types';
import type { StartTag } from './start-tag';
import { isTrue } from './workbook-xml';
import type { TokenVisitor, XmlTokenizer } from './xml-tokenizer';

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

export class SheetScanner implements TokenVisitor, CellTarget {
  readonly facts = new SheetFacts();
  readonly hiddenRows = new Set<number>();
  lastRow = 0;
  /** Set when a row past `toRow` stopped the scan. */
  limitReached = false;

  private inSheetData = false;
  /** Tokenizer depth of `sheetData`, where skipping the rest of the rows ends. */
  private sheetDataDepth = 0;
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

  private tokenizer: XmlTokenizer | null = null;

  open(ns: string, local: string, tag: StartTag, tokenizer: XmlTokenizer): void | boolean {
    if (!isSml(ns)) return;
    if (this.inRow) return this.openInRow(local, tag);
    if (local === 'sheetData') {
      this.inSheetData = true;
      this.sheetDataDepth = tokenizer.depth;
      this.tokenizer = tokenizer;
    } else if (local === 'row' && this.inSheetData) return this.openRow(tag, tokenizer);
    else this.facts.open(local, tag);
  }

  wantsText(): boolean {
    return this.inValue || this.inText;
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
        this.inSheetData = this.inRow = this.active = this.inValue = this.inInline = this.inText = false;
        return this.bounds.rowsOnly ? false : undefined;
      default:
        this.facts.close(local);
    }
  }

  text(text: string): void {
    if (this.inValue) this.cell.value += text;
    else if (this.inText) this.cell.inline += text;
  }

  private openInRow(local: string, tag: StartTag): void | boolean {
    if (local === 'c') return this.openCell(tag);
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

  private openRow(tag: StartTag, tokenizer: XmlTokenizer): void | boolean {
    const r = tag.countOf('r');
    this.rowHasRef = r >= 1 && r <= MAX_ROW;
    this.row = this.rowHasRef ? r : this.row + 1;
    this.rowHidden = isTrue(tag.attr('hidden'));
    this.inRow = true;
    this.lastCol = -1;
    const entered = this.enterRow();
    // A row without a number may take its first cell's: only the general path follows that.
    if (entered === undefined && !this.limitReached && this.rowHasRef) readFastRow(tokenizer, this);
    return entered;
  }

  /** Past the last row wanted: stop, or skip the other rows when what follows them is wanted. */
  private enterRow(): void | boolean {
    if (this.row > this.bounds.toRow) {
      this.limitReached = true;
      if (this.bounds.rowsOnly || !this.tokenizer) return false;
      this.inRow = this.active = false;
      this.tokenizer.skipTo(this.sheetDataDepth);
      return;
    }
    this.skipRow = this.row < this.bounds.fromRow;
  }

  private openCell(tag: StartTag): void | boolean {
    this.active = false;
    const refAt = tag.indexOf('r');
    let col = this.lastCol + 1;
    if (refAt >= 0) {
      // Read in place: the reference is cut out as text only for a problem or a row without number.
      col = tag.columnAt(refAt);
      if (col < 0) return void this.badReference(tag.valueAt(refAt));
      const adopted = !this.rowHasRef && this.lastCol === -1 ? rowOf(tag.valueAt(refAt)) : -1;
      if (adopted > 0 && adopted !== this.row) {
        // A row written without its number takes the number of its first cell.
        this.row = adopted;
        if (this.enterRow() === false) return false;
        if (this.limitReached) return;
      }
    }
    if (!this.beginCell(col)) return;
    this.active = true;
    this.cell.type = tag.attr('t');
    const style = tag.countOf('s');
    this.cell.style = style === -1 ? null : style;
    this.cell.value = null;
    this.cell.inline = null;
  }

  badReference(ref: string): void {
    this.problems.add(readProblems.badCellRef(this.sheet, ref));
    this.lastCol++;
  }

  nextColumn(): number {
    return this.lastCol + 1;
  }

  /** A cell at `col` begins; true when its value is wanted (then `emitCell` follows). */
  beginCell(col: number): boolean {
    this.lastCol = col;
    if (this.skipRow || !this.bounds.wantColumn(col)) return false;
    // Only a cell without reference can land past XFD (a reference that far names no column).
    if (col > MAX_COL) {
      this.problems.add(readProblems.badCellRef(this.sheet, `#${col + 1}`));
      return false;
    }
    this.col = col;
    this.hasFormula = false;
    return true;
  }

  /**
   * The wanted cell begun last when its `<v>` text, `text[from, to)`, is a plain index or whole
   * number (see plainCellValue); false, with nothing handed over, for any other cell.
   */
  emitPlain(type: string | undefined, style: number, text: string, from: number, to: number, hasFormula: boolean): boolean {
    const cellStyle = style === -1 ? null : style;
    const value = plainCellValue(type, cellStyle, text, from, to, this.context);
    if (value === undefined) return false;
    this.hasFormula = hasFormula;
    this.bounds.onCell({ row: this.row, col: this.col, value, style: cellStyle, hasFormula });
    return true;
  }

  /** The wanted cell begun last, with what it holds. */
  emitCell(type: string | undefined, style: number, value: string | null, inline: string | null, hasFormula: boolean): void {
    const cell = this.cell;
    cell.type = type;
    cell.style = style === -1 ? null : style;
    cell.value = value;
    cell.inline = inline;
    this.hasFormula = hasFormula;
    this.bounds.onCell({ row: this.row, col: this.col, value: toCellValue(cell, this.context, this), style: cell.style, hasFormula });
  }

  private finishCell(): void {
    if (!this.active) return;
    this.active = this.inValue = this.inInline = this.inText = false;
    this.phonetic = 0;
    const value = toCellValue(this.cell, this.context, this);
    this.bounds.onCell({ row: this.row, col: this.col, value, style: this.cell.style, hasFormula: this.hasFormula });
  }

  /** Where the cell being finished sits, for a problem about it (built only then). */
  cellRef(): CellRef {
    return { sheet: this.sheet, row: this.row, col: this.col };
  }

  private finishRow(): void {
    this.inRow = false;
    this.active = false;
    if (this.skipRow) return;
    if (this.rowHidden) this.hiddenRows.add(this.row);
    if (this.row > this.lastRow) this.lastRow = this.row;
  }
}
