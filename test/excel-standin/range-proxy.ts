/** `Excel.Range` and `Excel.RangeAreas` of the stand-in. */
import type { XlCellProperties, XlCellPropertiesLoadOptions, XlHyperlink, XlRange, XlRangeAreas } from '../../src/hosts/excel/excel-api';
import { RangeFormatStandin } from './format-proxy';
import { Locator, type Cells } from './locator';
import { ClientResultStandin, StandinObject, type ProxyContext } from './proxy-base';
import { assertWritable, writeCellProps, writeFormats, writeLink, writeValues } from './cell-writes';
import { readCellProps, readRangeProp, usedRect } from './range-cells';
import { formatRect, intersects, type Rect } from './standin-a1';
import { StandinError } from './standin-error';
import { DataValidationStandin } from './standin-validation';

const RANGE_PROPS = ['hyperlink', 'values', 'numberFormat', 'valueTypes', 'formulas', 'address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'cellCount'];

export class RangeStandin extends StandinObject implements XlRange {
  protected readonly loadable = RANGE_PROPS;
  readonly format: RangeFormatStandin;
  readonly dataValidation: DataValidationStandin;

  constructor(ctx: ProxyContext, path: string, private readonly cells: Locator<Cells>, nullable = false) {
    super(ctx, path, nullable);
    this.format = new RangeFormatStandin(ctx, path, cells);
    this.dataValidation = new DataValidationStandin(ctx, path, cells);
  }

  /** Where this range points (for methods that take a range argument). */
  locate(): Cells {
    return this.cells.require();
  }

  private located(): { cells: Cells; rect: Rect } {
    const cells = this.cells.require();
    return { cells, rect: cells.rects[0] };
  }

  protected isMissing(): boolean {
    return this.cells.get() === null;
  }

  protected child(name: string): StandinObject | undefined {
    return name === 'format' ? this.format : name === 'dataValidation' ? this.dataValidation : undefined;
  }

  protected current(name: string): unknown {
    const { cells, rect } = this.located();
    return readRangeProp(this.ctx.state, cells.sheet, rect, name);
  }

  get address(): string { return this.prop('address'); }
  get rowIndex(): number { return this.prop('rowIndex'); }
  get columnIndex(): number { return this.prop('columnIndex'); }
  get rowCount(): number { return this.prop('rowCount'); }
  get columnCount(): number { return this.prop('columnCount'); }
  get valueTypes(): string[][] { return this.prop('valueTypes'); }
  get formulas(): unknown[][] { return this.prop('formulas'); }

  get values(): unknown[][] { return this.prop('values'); }
  set values(data: unknown[][]) {
    this.queueWrite('setValues', data, () => {
      const { cells, rect } = this.located();
      writeValues(this.ctx.state, cells.sheet, rect, data);
    });
  }

  get numberFormat(): unknown[][] { return this.prop('numberFormat'); }
  set numberFormat(data: unknown[][]) {
    this.queueWrite('setNumberFormat', data, () => {
      const { cells, rect } = this.located();
      writeFormats(this.ctx.state, cells.sheet, rect, data);
    });
  }

  get hyperlink(): XlHyperlink { return this.prop('hyperlink'); }
  set hyperlink(link: XlHyperlink) {
    this.queueWrite('setHyperlink', link, () => {
      const { cells, rect } = this.located();
      writeLink(this.ctx.state, cells.sheet, rect, link);
    });
  }

  getCellProperties(options: XlCellPropertiesLoadOptions): ClientResultStandin<XlCellProperties[][]> {
    return new ClientResultStandin(this.ctx, { op: 'getCellProperties', path: this.path, args: options }, () => {
      const { cells, rect } = this.located();
      return readCellProps(this.ctx.state, cells.sheet, rect, options);
    });
  }

  setCellProperties(data: XlCellProperties[][]): void {
    this.queueWrite('setCellProperties', data, () => {
      const { cells, rect } = this.located();
      writeCellProps(this.ctx.state, cells.sheet, rect, data);
    });
  }

  getMergedAreasOrNullObject(): RangeAreasStandin {
    const locator = new Locator<Cells>(() => {
      const { cells, rect } = this.located();
      const rects = cells.sheet.merges.filter((m) => intersects(m, rect));
      return rects.length > 0 ? { sheet: cells.sheet, rects } : null;
    }, `merged areas of ${this.path}`);
    return new RangeAreasStandin(this.ctx, `${this.path}.getMergedAreasOrNullObject()`, locator, true);
  }

  /** The range's own used cells (null object when it has none), as `Range.getUsedRangeOrNullObject`. */
  getUsedRangeOrNullObject(valuesOnly = false): RangeStandin {
    const locator = new Locator<Cells>(() => {
      const { cells, rect } = this.located();
      const used = usedRect(cells.sheet, valuesOnly, rect);
      return used ? { sheet: cells.sheet, rects: [used] } : null;
    }, `used range of ${this.path}`);
    return new RangeStandin(this.ctx, `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`, locator, true);
  }

  getSpecialCellsOrNullObject(cellType: 'Visible' | 'Constants' | 'Formulas'): RangeAreasStandin {
    if (cellType === 'Constants' || cellType === 'Formulas') return this.cellsOfType(cellType);
    if (cellType !== 'Visible') throw new StandinError('NotImplemented', `getSpecialCells(${String(cellType)})`);
    const locator = new Locator<Cells>(() => {
      const { cells, rect } = this.located();
      const rects: Rect[] = [];
      let start = -1;
      for (let r = rect.row; r <= rect.row + rect.rows; r++) {
        const visible = r < rect.row + rect.rows && !cells.sheet.hiddenRows.has(r);
        if (visible && start < 0) start = r;
        if (!visible && start >= 0) {
          rects.push({ row: start, col: rect.col, rows: r - start, cols: rect.cols });
          start = -1;
        }
      }
      return rects.length > 0 ? { sheet: cells.sheet, rects } : null;
    }, `visible cells of ${this.path}`);
    return new RangeAreasStandin(this.ctx, `${this.path}.getSpecialCellsOrNullObject("Visible")`, locator, true);
  }

  /** Cells holding a constant or a formula, as runs down each column. */
  private cellsOfType(cellType: 'Constants' | 'Formulas'): RangeAreasStandin {
    const locator = new Locator<Cells>(() => {
      const { cells, rect } = this.located();
      const rects: Rect[] = [];
      for (let col = rect.col; col < rect.col + rect.cols; col++) {
        const rows = [...cells.sheet.rows.entries()]
          .filter(([row, line]) => {
            const cell = line[col];
            const wanted = cellType === 'Formulas' ? cell?.formula !== undefined : cell !== undefined && cell.value !== null && cell.formula === undefined;
            return row >= rect.row && row < rect.row + rect.rows && wanted;
          })
          .map(([row]) => row)
          .sort((a, b) => a - b);
        for (const row of rows) {
          const last = rects[rects.length - 1];
          if (last && last.col === col && last.row + last.rows === row) rects[rects.length - 1] = { ...last, rows: last.rows + 1 };
          else rects.push({ row, col, rows: 1, cols: 1 });
        }
      }
      return rects.length > 0 ? { sheet: cells.sheet, rects } : null;
    }, `${cellType} of ${this.path}`);
    return new RangeAreasStandin(this.ctx, `${this.path}.getSpecialCellsOrNullObject("${cellType}")`, locator, true);
  }

  merge(across = false): void {
    this.queueWrite('merge', across, () => {
      const { cells, rect } = this.located();
      assertWritable(cells.sheet);
      const parts = across ? Array.from({ length: rect.rows }, (_, i) => ({ ...rect, row: rect.row + i, rows: 1 })) : [rect];
      for (const part of parts) {
        if (part.rows * part.cols < 2) continue;
        if (cells.sheet.merges.some((m) => intersects(m, part))) throw new StandinError('InvalidOperation', 'Cannot merge over a merged range.');
        this.ctx.state.journal.arrayInsert(cells.sheet.merges, cells.sheet.merges.length, part);
      }
    });
  }

  load(names?: string | string[]): RangeStandin {
    this.queueLoad(names);
    return this;
  }
}

export class RangeAreasStandin extends StandinObject implements XlRangeAreas {
  protected readonly loadable = ['address', 'areaCount', 'cellCount'];
  readonly format: RangeFormatStandin;

  constructor(ctx: ProxyContext, path: string, private readonly cells: Locator<Cells>, nullable = false) {
    super(ctx, path, nullable);
    this.format = new RangeFormatStandin(ctx, path, cells);
  }

  protected isMissing(): boolean {
    return this.cells.get() === null;
  }

  protected child(name: string): StandinObject | undefined {
    return name === 'format' ? this.format : undefined;
  }

  protected current(name: string): unknown {
    const { sheet, rects } = this.cells.require();
    if (name === 'address') return rects.map((r) => formatRect(sheet.name, r)).join(',');
    if (name === 'areaCount') return rects.length;
    return rects.reduce((n, r) => n + r.rows * r.cols, 0);
  }

  get address(): string { return this.prop('address'); }
  get areaCount(): number { return this.prop('areaCount'); }
  get cellCount(): number { return this.prop('cellCount'); }

  load(names?: string | string[]): RangeAreasStandin {
    this.queueLoad(names);
    return this;
  }
}
