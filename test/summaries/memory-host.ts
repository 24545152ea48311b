/**
 * A workbook held in memory behind the RegisterHost interface, for workflow tests: register
 * sheets are grids; sheets written from specs are laid out the way the Office.js host lays them
 * out (its pure layoutSheet), so what the add-in wrote can be read back and edited like a clerk would.
 */
import type { CellValue, Grid } from '../../src/core/types';
import type { SheetSpec } from '../../src/core/sheet-spec';
import { EMPTY_SETTINGS, type StoredSettings } from '../../src/core/settings/stored-settings';
import type { ClearOutcome, MarkOutcome, RegisterHost, SheetInfo, WriteOutcome } from '../../src/hosts/host';
import { layoutSheet } from '../../src/hosts/excel/sheet-layout';
import { planSheetNames } from '../../src/app/summaries/plan-sheet-names';

interface MemorySheet {
  name: string;
  rows: Array<Array<CellValue | undefined>>;
  ownedPurpose: string | null;
}

/** The cells a spec becomes on a sheet (text, numbers; '' as empty). */
export function gridOfSpec(spec: SheetSpec, sheet = spec.name): Grid {
  const rows: Array<Array<CellValue | undefined>> = [];
  for (const block of layoutSheet(spec).blocks) {
    block.values.forEach((line, i) => {
      const r = (rows[block.top - 1 + i] ??= []);
      line.forEach((v, c) => {
        r[block.left + c] = v === '' || v === undefined ? null : (v as CellValue);
      });
    });
  }
  return { sheet, top: 1, rows: Array.from({ length: rows.length }, (_, i) => rows[i] ?? []) };
}

export class MemoryHost implements RegisterHost {
  readonly sheets: MemorySheet[] = [];
  writes = 0;

  addSheet(name: string, rows: Array<Array<CellValue | undefined>>, ownedPurpose: string | null = null): void {
    this.sheets.push({ name, rows, ownedPurpose });
  }

  sheet(name: string): MemorySheet {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  }

  async listSheets(): Promise<readonly SheetInfo[]> {
    return this.sheets.map((s) => ({ name: s.name, visibility: 'visible', rowCount: s.rows.length, colCount: Math.max(0, ...s.rows.map((r) => r.length)), ownedPurpose: s.ownedPurpose }));
  }

  async readTop(sheet: string, rowCount: number, maxCols = 50): Promise<Grid> {
    return { sheet, top: 1, rows: this.sheet(sheet).rows.slice(0, rowCount).map((r) => r.slice(0, maxCols)), merges: [], hiddenRows: new Set() };
  }

  async readColumns(sheet: string, cols: readonly number[], fromRow: number, toRow?: number): Promise<Grid> {
    const rows = this.sheet(sheet).rows.slice(fromRow - 1, toRow);
    return { sheet, top: fromRow, rows: rows.map((r) => { const out: Array<CellValue | undefined> = []; for (const c of cols) out[c] = r[c]; return out; }), merges: [], hiddenRows: new Set() };
  }

  async applyMarks(): Promise<MarkOutcome> {
    throw new Error('not used by summaries');
  }

  async clearMarks(): Promise<readonly ClearOutcome[]> {
    throw new Error('not used by summaries');
  }

  async writeSheets(specs: readonly SheetSpec[]): Promise<WriteOutcome> {
    this.writes += 1;
    const plan = planSheetNames(specs, await this.listSheets());
    specs.forEach((spec, i) => {
      const old = this.sheets.findIndex((s) => s.ownedPurpose === spec.purpose);
      const sheet = { name: plan[i].name, rows: gridOfSpec(spec, plan[i].name).rows.map((r) => [...r]), ownedPurpose: spec.purpose };
      if (old >= 0) this.sheets[old] = sheet;
      else this.sheets.push(sheet);
    });
    return { sheets: plan.map((p) => p.name), renamed: plan.filter((p) => p.name !== p.wanted).map((p) => ({ wanted: p.wanted, written: p.name })) };
  }

  async readSettings(): Promise<StoredSettings> {
    return EMPTY_SETTINGS;
  }

  async writeSettings(): Promise<void> {}
}
