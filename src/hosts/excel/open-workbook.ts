/**
 * `openWorkbook`: what every workflow reads first — the settings part, the sheet list with each
 * sheet's extent and owner mark, and the top rows of every sheet a scan may read — in two round
 * trips (three when some top text reads like an error), where readSettings, listSheets and readTop
 * take one to two each.
 */
import { SETTINGS_NAMESPACE } from '../../core/settings/stored-settings';
import type { Grid } from '../../core/types';
import type { OpenedWorkbook } from '../host';
import { parseSettingsXml } from '../xlsx/patch/settings-xml';
import { queueSheetInfos } from './list-sheets';
import type { ReadHints } from './read-hints';
import { finishTops, queueTopRows } from './read-top';
import type { BatchRunner } from './run-batch';

/**
 * @example const { settings, sheets, tops } = await openWorkbookIn(runner, 40, true); tops.get('收文登记')?.rows[1]
 */
export async function openWorkbookIn(runner: BatchRunner, topRows: number, mergesSupported: boolean, hints?: ReadHints): Promise<OpenedWorkbook> {
  return runner.run(async (ctx) => {
    const parts = ctx.workbook.customXmlParts.getByNamespace(SETTINGS_NAMESPACE).load('items');
    const sheets = ctx.workbook.worksheets.load('items/name, items/visibility');
    await ctx.sync();
    const first = parts.items[0];
    const xml = first ? first.getXml() : null;
    const readInfos = queueSheetInfos(sheets.items);
    // Owned sheets are known only after this sync: their tops are read too (a few kilobytes each).
    const readTops = sheets.items
      .filter((ws) => ws.visibility !== 'VeryHidden')
      .map((ws) => ({ name: ws.name, pending: queueTopRows(ws, { sheet: ws.name, rowCount: topRows, mergesSupported }, hints) }));
    await ctx.sync();
    const grids = await finishTops(ctx, readTops.map((t) => t.pending));
    const tops = new Map<string, Grid>(readTops.map(({ name }, i) => [name, grids[i]]));
    const settings = xml ? parseSettingsXml(xml.value).settings : { version: 1 as const };
    return { settings, sheets: readInfos(), tops };
  });
}
