/**
 * `writeSheets`: renders each SheetSpec on a new sheet and marks it as the add-in's own. A sheet
 * the add-in wrote earlier for the same purpose is replaced (found by its mark, never by its
 * name); a clerk's sheet that happens to carry the wanted name is left alone and the new sheet
 * takes "name (2)". Sheets that fit one request are written in one round trip, all or nothing.
 * Bigger ones take several: the old sheet is parked under a temporary name and deleted only once
 * every new sheet is written, and a failure deletes the new sheets and names the old ones back.
 */
import type { SheetSpec } from '../../core/sheet-spec';
import type { SheetInfo, WriteOutcome } from '../host';
import { formatArea } from './a1';
import type { XlContext, XlWorksheet } from './excel-api';
import { listSheetsIn } from './list-sheets';
import { OWNED_NAME, ownedFormula } from './owned-name';
import { jsonBytes, packBySize } from './payload-budget';
import type { BatchRunner } from './run-batch';
import { layoutSheet, type SheetLayout, type ValueBlock } from './sheet-layout';
import { fitSheetName, uniqueSheetName } from './sheet-names';
import { queueSheetSetup } from './sheet-setup';
import { queueRowStyles } from './sheet-styles';

/** What this write changed so far, so that a failure can be undone. */
interface WriteJournal {
  created: string[];
  parked: Array<{ readonly temp: string; readonly original: string }>;
}

interface Target {
  readonly spec: SheetSpec;
  readonly name: string;
  readonly replaces: SheetInfo | null;
  readonly position: number | null;
}

function planTargets(sheets: readonly SheetInfo[], specs: readonly SheetSpec[]): Target[] {
  const replaced = new Set<SheetInfo>();
  const taken = new Set<string>();
  const targets = specs.map((spec) => {
    const old = sheets.find((s) => s.ownedPurpose === spec.purpose && !replaced.has(s)) ?? null;
    if (old) replaced.add(old);
    return { spec, old };
  });
  for (const s of sheets) if (!replaced.has(s)) taken.add(s.name.toLowerCase());
  return targets.map(({ spec, old }) => {
    const name = uniqueSheetName(fitSheetName(spec.name), taken);
    taken.add(name.toLowerCase());
    return { spec, name, replaces: old, position: old ? sheets.indexOf(old) : null };
  });
}

/** Splits a block by rows so that each part fits the budget. */
function splitBlock(block: ValueBlock, budget: number): ValueBlock[] {
  const perRow = Math.max(1, (jsonBytes(block.values) + jsonBytes(block.formats)) / Math.max(1, block.values.length));
  const rows = Math.max(1, Math.floor(budget / perRow));
  const parts: ValueBlock[] = [];
  for (let i = 0; i < block.values.length; i += rows) {
    parts.push({ ...block, top: block.top + i, values: block.values.slice(i, i + rows), formats: block.formats.slice(i, i + rows) });
  }
  return parts;
}

function queueBlock(ws: XlWorksheet, block: ValueBlock): void {
  const width = block.values[0]?.length ?? 0;
  if (width === 0) return;
  const range = ws.getRange(formatArea({ top: block.top, left: block.left, bottom: block.top + block.values.length - 1, right: block.left + width - 1 }));
  // Formats first: a cell formatted as Text keeps "=1+1" or "00123" as typed.
  range.numberFormat = block.formats;
  range.values = block.values;
}

/** A target with its cells cut into blocks that each fit the payload budget. */
interface Written {
  readonly target: Target;
  readonly layout: SheetLayout;
  readonly blocks: readonly ValueBlock[];
}

const blockBytes = (b: ValueBlock): number => jsonBytes(b.values) + jsonBytes(b.formats);

function queueFinish(ws: XlWorksheet, written: Written): void {
  queueRowStyles(ws, written.layout);
  queueSheetSetup(ws, written.target.spec, written.layout);
  ws.names.add(OWNED_NAME, ownedFormula(written.target.spec.purpose)).visible = false;
}

/** Writes one sheet over several round trips: only for sheets too big for one request. */
async function writeOne(ctx: XlContext, ws: XlWorksheet, written: Written, chunkBytes: number): Promise<void> {
  for (const group of packBySize(written.blocks, blockBytes, chunkBytes)) {
    ctx.application.suspendScreenUpdatingUntilNextSync();
    for (const block of group) queueBlock(ws, block);
    await ctx.sync();
  }
  queueFinish(ws, written);
  await ctx.sync();
}

function parkingName(taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const name = `~台账助手旧表${n}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/** Deletes what a failed write created and gives parked sheets their names back. */
async function undoIn(ctx: XlContext, journal: WriteJournal): Promise<void> {
  if (journal.created.length === 0 && journal.parked.length === 0) return;
  const created = journal.created.map((name) => ctx.workbook.worksheets.getItemOrNullObject(name));
  const parked = journal.parked.map((p) => ({ ...p, ws: ctx.workbook.worksheets.getItemOrNullObject(p.temp) }));
  await ctx.sync();
  for (const ws of created) if (!ws.isNullObject) ws.delete();
  await ctx.sync();
  for (const p of parked) if (!p.ws.isNullObject) p.ws.name = p.original;
  await ctx.sync();
  journal.created = [];
  journal.parked = [];
}

async function writeAllIn(ctx: XlContext, specs: readonly SheetSpec[], journal: WriteJournal, chunkBytes: number): Promise<WriteOutcome> {
  await undoIn(ctx, journal);
  const sheets = await listSheetsIn(ctx);
  const targets = planTargets(sheets, specs);
  const taken = new Set([...sheets.map((s) => s.name.toLowerCase()), ...targets.map((t) => t.name.toLowerCase())]);
  const olds: XlWorksheet[] = [];
  const news: XlWorksheet[] = [];
  for (const t of targets) {
    if (t.replaces) {
      const old = ctx.workbook.worksheets.getItem(t.replaces.name);
      const temp = parkingName(taken);
      old.name = temp;
      journal.parked.push({ temp, original: t.replaces.name });
      olds.push(old);
    }
    const ws = ctx.workbook.worksheets.add(t.name);
    if (t.position !== null) ws.position = t.position;
    journal.created.push(t.name);
    news.push(ws);
  }
  const written = targets.map((target): Written => {
    const layout = layoutSheet(target.spec);
    return { target, layout, blocks: layout.blocks.flatMap((b) => splitBlock(b, chunkBytes)) };
  });
  const bytes = written.reduce((sum, w) => sum + w.blocks.reduce((n, b) => n + blockBytes(b), 0), 0);
  if (bytes <= chunkBytes / 2) {
    // One round trip: Excel applies all of it or none, so a refusal leaves no half-written sheet
    // behind (undoing needs another round trip, which a refusing Excel may refuse too).
    ctx.application.suspendScreenUpdatingUntilNextSync();
    written.forEach((w, i) => {
      for (const block of w.blocks) queueBlock(news[i], block);
      queueFinish(news[i], w);
    });
  } else {
    await ctx.sync();
    for (let i = 0; i < written.length; i++) await writeOne(ctx, news[i], written[i], chunkBytes);
  }
  for (const old of olds) old.delete();
  await ctx.sync();
  journal.created = [];
  journal.parked = [];
  return {
    sheets: targets.map((t) => t.name),
    renamed: targets.filter((t) => t.name !== t.spec.name).map((t) => ({ wanted: t.spec.name, written: t.name })),
  };
}

/**
 * @example
 * const outcome = await writeSheetSpecs(runner, [remindSpec], 3e6);
 * outcome.sheets // ['催办清单']
 */
export async function writeSheetSpecs(runner: BatchRunner, specs: readonly SheetSpec[], chunkBytes: number): Promise<WriteOutcome> {
  if (specs.length === 0) return { sheets: [], renamed: [] };
  const journal: WriteJournal = { created: [], parked: [] };
  try {
    return await runner.run((ctx) => writeAllIn(ctx, specs, journal, chunkBytes));
  } catch (error) {
    // The clerk hears why the write failed, not why its clean-up failed after it.
    await runner.runPatiently((ctx) => undoIn(ctx, journal)).catch(() => undefined);
    throw error;
  }
}
