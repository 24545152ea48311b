/** `Excel.Worksheet` of the stand-in. */
import type { XlWorksheet } from '../../src/hosts/excel/excel-api';
import { ChartCollectionStandin, FreezePanesStandin, PageLayoutStandin, WorksheetProtectionStandin } from './layout-proxy';
import { Locator, type Cells } from './locator';
import { NamedItemCollectionStandin } from './names-proxy';
import { StandinObject, type ProxyContext } from './proxy-base';
import { RangeAreasStandin, RangeStandin } from './range-proxy';
import { usedRect } from './range-cells';
import { parseRect } from './standin-a1';
import { StandinError } from './standin-error';
import type { SheetState, WorkbookState } from './workbook-state';

const MAX_AREAS = 500;
const MAX_ADDRESS = 8_192;
const VISIBILITIES = ['Visible', 'Hidden', 'VeryHidden'];

/** Excel's rules for a sheet name. */
export function checkSheetName(state: WorkbookState, name: string, self?: SheetState): void {
  if (name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === 'history') {
    throw new StandinError('InvalidArgument', `Not a valid sheet name: ${name}`);
  }
  const other = state.findSheet(name);
  if (other && other !== self) throw new StandinError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
}

export class WorksheetStandin extends StandinObject implements XlWorksheet {
  protected readonly loadable = ['name', 'visibility', 'position', 'id'];
  readonly protection: WorksheetProtectionStandin;
  readonly names: NamedItemCollectionStandin;
  readonly freezePanes: FreezePanesStandin;
  readonly pageLayout: PageLayoutStandin;
  readonly charts: ChartCollectionStandin;

  constructor(ctx: ProxyContext, path: string, private readonly sheet: Locator<SheetState>, nullable = false) {
    super(ctx, path, nullable);
    this.protection = new WorksheetProtectionStandin(ctx, path, sheet);
    this.names = new NamedItemCollectionStandin(ctx, path, sheet);
    this.freezePanes = new FreezePanesStandin(ctx, `${path}.freezePanes`, sheet);
    this.pageLayout = new PageLayoutStandin(ctx, path, sheet);
    this.charts = new ChartCollectionStandin(ctx, path, sheet);
  }

  protected isMissing(): boolean {
    return this.sheet.get() === null;
  }

  protected child(name: string): StandinObject | undefined {
    return name === 'protection' ? this.protection : name === 'pageLayout' ? this.pageLayout : undefined;
  }

  protected current(name: string): unknown {
    const sheet = this.sheet.require();
    if (name === 'position') return this.ctx.state.sheets.indexOf(sheet);
    return sheet[name as 'name' | 'visibility' | 'id'];
  }

  get name(): string { return this.prop('name'); }
  set name(v: string) {
    this.queueWrite('setName', v, () => {
      const sheet = this.sheet.require();
      checkSheetName(this.ctx.state, v, sheet);
      this.ctx.state.journal.setField(sheet, 'name', v);
    });
  }

  get visibility(): string { return this.prop('visibility'); }
  set visibility(v: string) {
    this.queueWrite('setVisibility', v, () => {
      const sheet = this.sheet.require();
      if (!VISIBILITIES.includes(v)) throw new StandinError('InvalidArgument', `visibility ${v}`);
      const othersVisible = this.ctx.state.sheets.some((s) => s !== sheet && s.visibility === 'Visible');
      if (v !== 'Visible' && !othersVisible) throw new StandinError('InvalidOperation', 'A workbook must keep one visible sheet.');
      this.ctx.state.journal.setField(sheet, 'visibility', v);
    });
  }

  get position(): number { return this.prop('position'); }
  set position(v: number) {
    this.queueWrite('setPosition', v, () => {
      const sheet = this.sheet.require();
      const list = this.ctx.state.sheets;
      if (!Number.isInteger(v) || v < 0 || v >= list.length) throw new StandinError('InvalidArgument', `position ${v}`);
      this.ctx.state.journal.arrayRemove(list, list.indexOf(sheet));
      this.ctx.state.journal.arrayInsert(list, v, sheet);
    });
  }

  getRange(address?: string): RangeStandin {
    if (address === undefined) throw new StandinError('NotImplemented', 'getRange() of a whole sheet');
    const locator = new Locator<Cells>(() => ({ sheet: this.sheet.require(), rects: [parseRect(address)] }), address);
    return new RangeStandin(this.ctx, `${this.path}.getRange(${JSON.stringify(address)})`, locator);
  }

  getRanges(address?: string): RangeAreasStandin {
    if (address === undefined) throw new StandinError('NotImplemented', 'getRanges() of a whole sheet');
    const locator = new Locator<Cells>(() => {
      const parts = address.split(/[,;]/).map((p) => p.trim());
      if (parts.length > MAX_AREAS || address.length > MAX_ADDRESS) {
        throw new StandinError('InvalidArgument', `getRanges with ${parts.length} areas / ${address.length} characters: Excel fails near 500 areas or 8,200 characters.`);
      }
      return { sheet: this.sheet.require(), rects: parts.map(parseRect) };
    }, address);
    return new RangeAreasStandin(this.ctx, `${this.path}.getRanges(${JSON.stringify(address)})`, locator);
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeStandin {
    const locator = new Locator<Cells>(() => {
      const sheet = this.sheet.require();
      const rect = usedRect(sheet, valuesOnly);
      return rect ? { sheet, rects: [rect] } : null;
    }, 'used range');
    return new RangeStandin(this.ctx, `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`, locator, true);
  }

  delete(): void {
    this.queueWrite('deleteSheet', null, () => {
      const sheet = this.sheet.require();
      const list = this.ctx.state.sheets;
      if (!list.some((s) => s !== sheet && s.visibility === 'Visible')) throw new StandinError('InvalidOperation', 'Cannot delete the last visible sheet.');
      this.ctx.state.journal.arrayRemove(list, list.indexOf(sheet));
    });
  }

  load(names?: string | string[]): WorksheetStandin {
    this.queueLoad(names);
    return this;
  }
}
