/** Sheet protection, frozen panes, print setup and charts of a stand-in worksheet. */
import type { XlChart, XlChartCollection, XlFreezePanes, XlPageLayout, XlPageLayoutZoom, XlWorksheetProtection } from '../../src/hosts/excel/excel-api';
import type { Locator } from './locator';
import { StandinObject, type ProxyContext } from './proxy-base';
import { RangeStandin } from './range-proxy';
import { assertWritable } from './cell-writes';
import { formatRect, parseRect } from './standin-a1';
import { StandinError } from './standin-error';
import type { ChartState, SheetState } from './workbook-state';

export class WorksheetProtectionStandin extends StandinObject implements XlWorksheetProtection {
  protected readonly loadable = ['protected'];

  constructor(ctx: ProxyContext, path: string, private readonly sheet: Locator<SheetState>) {
    super(ctx, `${path}.protection`);
  }

  protected current(): unknown {
    return this.sheet.require().protected;
  }

  get protected(): boolean { return this.prop('protected'); }

  load(names?: string | string[]): WorksheetProtectionStandin {
    this.queueLoad(names);
    return this;
  }
}

export class FreezePanesStandin implements XlFreezePanes {
  constructor(private readonly ctx: ProxyContext, private readonly path: string, private readonly sheet: Locator<SheetState>) {}

  freezeRows(count = 1): void {
    this.ctx.enqueue({
      describe: { op: 'freezeRows', path: this.path, args: count },
      execute: () => {
        const sheet = this.sheet.require();
        assertWritable(sheet);
        this.ctx.state.journal.setField(sheet, 'frozenRows', count);
      },
    });
  }
}

const ORIENTATIONS = ['Portrait', 'Landscape'];
const PAPERS = ['Letter', 'Legal', 'A3', 'A4', 'A5', 'B4', 'B5'];

function rowsAddress(rows: RangeStandin | string): string {
  if (typeof rows === 'string') {
    const rect = parseRect(rows);
    return `$${rect.row + 1}:$${rect.row + rect.rows}`;
  }
  const rect = rows.locate().rects[0];
  return `$${rect.row + 1}:$${rect.row + rect.rows}`;
}

export class PageLayoutStandin extends StandinObject implements XlPageLayout {
  protected readonly loadable = ['orientation', 'paperSize', 'zoom'];

  constructor(ctx: ProxyContext, path: string, private readonly sheet: Locator<SheetState>) {
    super(ctx, `${path}.pageLayout`);
  }

  protected current(name: string): unknown {
    const page = this.sheet.require().page;
    return name === 'zoom' ? { ...page.zoom } : page[name as 'orientation' | 'paperSize'];
  }

  private change(op: string, args: unknown, apply: (sheet: SheetState) => void): void {
    this.queueWrite(op, args, () => {
      const sheet = this.sheet.require();
      assertWritable(sheet);
      apply(sheet);
    });
  }

  get orientation(): string { return this.prop('orientation'); }
  set orientation(v: string) {
    this.change('setOrientation', v, (s) => {
      if (!ORIENTATIONS.includes(v)) throw new StandinError('InvalidArgument', `orientation ${v}`);
      this.ctx.state.journal.setField(s.page, 'orientation', v);
    });
  }
  get paperSize(): string { return this.prop('paperSize'); }
  set paperSize(v: string) {
    this.change('setPaperSize', v, (s) => {
      if (!PAPERS.includes(v)) throw new StandinError('InvalidArgument', `paperSize ${v}`);
      this.ctx.state.journal.setField(s.page, 'paperSize', v);
    });
  }
  get zoom(): XlPageLayoutZoom { return this.prop('zoom'); }
  set zoom(v: XlPageLayoutZoom) {
    this.change('setZoom', v, (s) => this.ctx.state.journal.setField(s.page, 'zoom', { ...v }));
  }

  setPrintTitleRows(rows: RangeStandin | string): void {
    this.change('setPrintTitleRows', typeof rows === 'string' ? rows : rows.path, (s) =>
      this.ctx.state.journal.setField(s.page, 'printTitleRows', rowsAddress(rows)),
    );
  }

  load(names?: string | string[]): PageLayoutStandin {
    this.queueLoad(names);
    return this;
  }
}

const CHART_TYPES = ['ColumnClustered', 'BarClustered', 'Line', 'Pie', 'LineMarkers', 'ColumnStacked', 'BarStacked'];

export class ChartStandin implements XlChart {
  readonly title: { text: string };

  constructor(private readonly ctx: ProxyContext, private readonly path: string, private readonly chart: () => ChartState) {
    const set = (op: string, apply: (c: ChartState) => void): void =>
      ctx.enqueue({ describe: { op, path }, execute: () => apply(this.chart()) });
    this.title = {
      get text(): string {
        throw new StandinError('PropertyNotLoaded', 'Chart title text is not loaded in the stand-in.');
      },
      set text(v: string) {
        set('setChartTitle', (c) => ctx.state.journal.setField(c, 'title', v));
      },
    };
  }

  get name(): string {
    throw new StandinError('PropertyNotLoaded', 'Chart name is not loaded in the stand-in.');
  }
  set name(v: string) {
    this.ctx.enqueue({ describe: { op: 'setChartName', path: this.path, args: v }, execute: () => this.ctx.state.journal.setField(this.chart(), 'name', v) });
  }

  setPosition(startCell: RangeStandin | string, endCell?: RangeStandin | string): void {
    const text = (c: RangeStandin | string | undefined): string => (c === undefined ? '' : typeof c === 'string' ? c : c.path);
    this.ctx.enqueue({
      describe: { op: 'setChartPosition', path: this.path, args: [text(startCell), text(endCell)] },
      execute: () => this.ctx.state.journal.setField(this.chart(), 'position', `${text(startCell)}:${text(endCell)}`),
    });
  }
}

export class ChartCollectionStandin implements XlChartCollection {
  constructor(private readonly ctx: ProxyContext, private readonly path: string, private readonly sheet: Locator<SheetState>) {}

  add(type: string, sourceData: RangeStandin, seriesBy = 'Auto'): ChartStandin {
    let created: ChartState | null = null;
    this.ctx.enqueue({
      describe: { op: 'addChart', path: `${this.path}.charts`, args: [type, sourceData.path, seriesBy] },
      execute: () => {
        const sheet = this.sheet.require();
        assertWritable(sheet);
        if (!CHART_TYPES.includes(type)) throw new StandinError('InvalidArgument', `chart type ${type}`);
        if (!(sourceData instanceof RangeStandin)) throw new StandinError('InvalidArgument', 'A chart needs a source range.');
        const { sheet: src, rects } = sourceData.locate();
        const chart: ChartState = { id: this.ctx.state.newId('chart'), type, source: formatRect(src.name, rects[0]), seriesBy, title: '', name: '', position: null };
        this.ctx.state.journal.arrayInsert(sheet.charts, sheet.charts.length, chart);
        created = chart;
      },
    });
    return new ChartStandin(this.ctx, `${this.path}.charts.add()`, () => {
      if (!created) throw new StandinError('ItemNotFound', 'The chart was not created.');
      return created;
    });
  }
}
