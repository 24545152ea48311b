/** `Excel.WorksheetCollection` of the stand-in: list, add, find sheets. */
import type { XlWorksheetCollection } from '../../src/hosts/excel/excel-api';
import { CollectionStandin } from './collection-base';
import { Locator } from './locator';
import type { ProxyContext } from './proxy-base';
import type { SheetState } from './workbook-state';
import { WorksheetStandin, checkSheetName } from './worksheet-proxy';

export class WorksheetCollectionStandin extends CollectionStandin<SheetState, WorksheetStandin> implements XlWorksheetCollection {
  protected readonly itemProps = ['name', 'visibility', 'position', 'id'];

  constructor(ctx: ProxyContext) {
    super(ctx, 'worksheets');
  }

  protected members(): readonly SheetState[] {
    return [...this.ctx.state.sheets];
  }

  protected itemValue(sheet: SheetState, prop: string): unknown {
    return prop === 'position' ? this.ctx.state.sheets.indexOf(sheet) : sheet[prop as 'name' | 'visibility' | 'id'];
  }

  protected makeItem(sheet: SheetState): WorksheetStandin {
    const locator = new Locator(() => this.ctx.state.sheets.find((s) => s.id === sheet.id) ?? null, sheet.name);
    return new WorksheetStandin(this.ctx, `worksheets.id(${sheet.id})`, locator);
  }

  add(name?: string): WorksheetStandin {
    let created: SheetState | null = null;
    this.queueWrite('addSheet', name ?? null, () => {
      const state = this.ctx.state;
      let wanted = name;
      for (let n = state.sheets.length + 1; wanted === undefined; n++) if (!state.findSheet(`Sheet${n}`)) wanted = `Sheet${n}`;
      checkSheetName(state, wanted);
      const sheet = state.createSheet(wanted);
      state.journal.arrayInsert(state.sheets, state.sheets.length, sheet);
      created = sheet;
    });
    return new WorksheetStandin(this.ctx, `worksheets.add(${JSON.stringify(name ?? null)})`, new Locator(() => created, `new sheet ${name ?? ''}`));
  }

  getItem(key: string): WorksheetStandin {
    return new WorksheetStandin(this.ctx, `worksheets(${JSON.stringify(key)})`, new Locator(() => this.ctx.state.findSheet(key) ?? null, `sheet ${key}`));
  }

  getItemOrNullObject(key: string): WorksheetStandin {
    const locator = new Locator(() => this.ctx.state.findSheet(key) ?? null, `sheet ${key}`);
    return new WorksheetStandin(this.ctx, `worksheets.orNull(${JSON.stringify(key)})`, locator, true);
  }

  load(names?: string | string[]): WorksheetCollectionStandin {
    this.queueItemsLoad(names);
    return this;
  }
}
