/**
 * `listSheets`: every sheet with its visibility, the extent of its used range and, for sheets the
 * add-in wrote, their purpose. Two round trips whatever the number of sheets.
 */
import type { SheetInfo } from '../host';
import type { XlContext, XlNamedItem, XlRange, XlWorksheet } from './excel-api';
import { OWNED_NAME, ownedPurposeOf } from './owned-name';

const VISIBILITY: Readonly<Record<string, SheetInfo['visibility']>> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

/**
 * Queues, for sheets already loaded with name and visibility, what their SheetInfo needs; the
 * returned function reads it after the caller's next sync.
 */
export function queueSheetInfos(sheets: readonly XlWorksheet[]): () => SheetInfo[] {
  const probes: Array<{ name: string; visibility: string; used: XlRange; owned: XlNamedItem }> = sheets.map((ws) => ({
    name: ws.name,
    visibility: ws.visibility,
    used: ws.getUsedRangeOrNullObject(true).load('rowIndex, rowCount, columnIndex, columnCount'),
    owned: ws.names.getItemOrNullObject(OWNED_NAME).load('formula, value'),
  }));
  return () =>
    probes.map(({ name, visibility, used, owned }) => ({
      name,
      visibility: VISIBILITY[visibility] ?? 'visible',
      rowCount: used.isNullObject ? 0 : used.rowIndex + used.rowCount,
      colCount: used.isNullObject ? 0 : used.columnIndex + used.columnCount,
      ownedPurpose: ownedPurposeOf(owned),
    }));
}

/**
 * Runs inside a batch so that writeSheets can reuse it.
 * @example const sheets = await listSheetsIn(ctx); sheets[0].ownedPurpose // null for a clerk's sheet
 */
export async function listSheetsIn(ctx: XlContext): Promise<SheetInfo[]> {
  const sheets = ctx.workbook.worksheets.load('items/name, items/visibility');
  await ctx.sync();
  const read = queueSheetInfos(sheets.items);
  await ctx.sync();
  return read();
}
