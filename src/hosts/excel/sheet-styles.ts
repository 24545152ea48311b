/**
 * How the rows of a generated sheet are drawn: bold title and headers, shaded group rows. Each
 * style is applied to all its rows at once through a multi-area range.
 */
import type { XlWorksheet } from './excel-api';
import { areaAddresses, rowAreas } from './area-batches';
import type { CellStyle, SheetLayout } from './sheet-layout';

const LOOKS: Readonly<Record<CellStyle, { readonly bold: boolean; readonly fill?: string }>> = {
  title: { bold: true },
  caption: { bold: true },
  header: { bold: true, fill: '#D9E1F2' },
  group: { bold: true, fill: '#F2F2F2' },
  total: { bold: true },
  warning: { bold: false, fill: '#FFF2CC' },
  body: { bold: false },
};

/**
 * Queues the row styles of a laid-out sheet (no sync): one multi-area call per style.
 * @example queueRowStyles(ws, layoutSheet(spec));
 */
export function queueRowStyles(ws: XlWorksheet, layout: SheetLayout): void {
  const byStyle = new Map<CellStyle, number[]>();
  for (const [row, style] of layout.rowStyles) byStyle.set(style, [...(byStyle.get(style) ?? []), row]);
  for (const [style, rows] of byStyle) {
    const look = LOOKS[style];
    if (!look.bold && !look.fill) continue;
    for (const address of areaAddresses(rowAreas(rows, 0, layout.lastCol))) {
      const areas = ws.getRanges(address);
      if (look.bold) areas.format.font.bold = true;
      if (look.fill) areas.format.fill.color = look.fill;
    }
  }
}
