/** `range.format`, `format.fill` and `format.font` of a range or of several areas. */
import type { XlRangeFill, XlRangeFont, XlRangeFormat } from '../../src/hosts/excel/excel-api';
import { changeFills, setBold } from './cell-writes';
import { uniform } from './range-cells';
import { FILL_PROPS, readFill, type FillChange } from './fill-rules';
import type { Cells, Locator } from './locator';
import { StandinObject, type ProxyContext } from './proxy-base';
import { StandinError } from './standin-error';

export class RangeFillStandin extends StandinObject implements XlRangeFill {
  protected readonly loadable = FILL_PROPS;

  constructor(ctx: ProxyContext, path: string, private readonly cells: Locator<Cells>) {
    super(ctx, `${path}.fill`);
  }

  protected current(name: string): unknown {
    const { sheet, rects } = this.cells.require();
    const prop = FILL_PROPS.find((p) => p === name);
    if (!prop) throw new StandinError('InvalidArgument', name);
    return uniform(this.ctx.state, sheet, rects, (c) => readFill(c?.fill)[prop]);
  }

  private change(change: FillChange): void {
    this.queueWrite('setFill', change, () => {
      const { sheet, rects } = this.cells.require();
      changeFills(this.ctx.state, sheet, rects, change);
    });
  }

  get color(): string { return this.prop('color'); }
  set color(v: string) { this.change({ color: v }); }
  get pattern(): string { return this.prop('pattern'); }
  set pattern(v: string) { this.change({ pattern: v }); }
  get patternColor(): string { return this.prop('patternColor'); }
  set patternColor(v: string) { this.change({ patternColor: v }); }
  get tintAndShade(): number { return this.prop('tintAndShade'); }
  set tintAndShade(v: number) { this.change({ tintAndShade: v }); }
  get patternTintAndShade(): number { return this.prop('patternTintAndShade'); }
  set patternTintAndShade(v: number) { this.change({ patternTintAndShade: v }); }

  clear(): void {
    this.queueWrite('clearFill', null, () => {
      const { sheet, rects } = this.cells.require();
      changeFills(this.ctx.state, sheet, rects, 'clear');
    });
  }

  load(names?: string | string[]): RangeFillStandin {
    this.queueLoad(names);
    return this;
  }
}

export class RangeFontStandin extends StandinObject implements XlRangeFont {
  protected readonly loadable = ['bold'];

  constructor(ctx: ProxyContext, path: string, private readonly cells: Locator<Cells>) {
    super(ctx, `${path}.font`);
  }

  protected current(): unknown {
    const { sheet, rects } = this.cells.require();
    return uniform(this.ctx.state, sheet, rects, (c) => c?.bold === true);
  }

  get bold(): boolean { return this.prop('bold'); }
  set bold(v: boolean) {
    this.queueWrite('setBold', v, () => {
      const { sheet, rects } = this.cells.require();
      setBold(this.ctx.state, sheet, rects, v);
    });
  }

  load(names?: string | string[]): RangeFontStandin {
    this.queueLoad(names);
    return this;
  }
}

/** Excel's default column width, 8.43 characters, in points. */
const DEFAULT_WIDTH_POINTS = 48;

export class RangeFormatStandin extends StandinObject implements XlRangeFormat {
  protected readonly loadable = ['columnWidth'];
  readonly fill: RangeFillStandin;
  readonly font: RangeFontStandin;

  constructor(ctx: ProxyContext, path: string, private readonly cells: Locator<Cells>) {
    super(ctx, `${path}.format`);
    this.fill = new RangeFillStandin(ctx, this.path, cells);
    this.font = new RangeFontStandin(ctx, this.path, cells);
  }

  protected child(name: string): StandinObject | undefined {
    return name === 'fill' ? this.fill : name === 'font' ? this.font : undefined;
  }

  protected current(): unknown {
    const { sheet, rects } = this.cells.require();
    const widths = new Set<number>();
    for (const r of rects) for (let c = r.col; c < r.col + r.cols; c++) widths.add(sheet.columnWidths.get(c) ?? DEFAULT_WIDTH_POINTS);
    return widths.size === 1 ? [...widths][0] : null;
  }

  get columnWidth(): number { return this.prop('columnWidth'); }
  set columnWidth(points: number) {
    this.queueWrite('setColumnWidth', points, () => {
      const { sheet, rects } = this.cells.require();
      if (sheet.protected) throw new StandinError('AccessDenied', 'The sheet is protected.');
      if (!(points >= 0 && points <= 255 * 7.5)) throw new StandinError('InvalidArgument', `Column width ${points}`);
      for (const r of rects) for (let c = r.col; c < r.col + r.cols; c++) this.ctx.state.journal.mapSet(sheet.columnWidths, c, points);
    });
  }

  load(names?: string | string[]): RangeFormatStandin {
    this.queueLoad(names);
    return this;
  }
}
