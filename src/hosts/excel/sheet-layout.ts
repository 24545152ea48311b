/**
 * Where each part of a SheetSpec goes on the new sheet: the title, the tables (one block of
 * values and number formats each), row styles, column widths, links and chart sources. Pure:
 * write-sheets.ts turns this into Office.js calls.
 */
import { dayToSerial } from '../../core/dates/day';
import { SPEC_NUMBER_FORMATS, type SheetSpec, type SpecColumn, type SpecRowStyle, type SpecValue } from '../../core/sheet-spec';

export type CellStyle = 'title' | 'caption' | 'header' | SpecRowStyle;

export interface ValueBlock {
  /** 1-based sheet row and 0-based column of the top-left cell. */
  readonly top: number;
  readonly left: number;
  readonly values: unknown[][];
  readonly formats: string[][];
}

export interface TableAnchor {
  readonly headerRow: number;
  readonly lastRow: number;
  readonly columns: number;
}

export interface SheetLayout {
  readonly blocks: readonly ValueBlock[];
  /** Sheet row → style, for rows drawn differently from plain body rows. */
  readonly rowStyles: ReadonlyMap<number, CellStyle>;
  readonly lastCol: number;
  readonly lastRow: number;
  /** Column widths in characters, by 0-based column. */
  readonly widths: ReadonlyMap<number, number>;
  readonly links: ReadonlyArray<{ readonly row: number; readonly col: number; readonly text: string; readonly sheet: string }>;
  readonly tables: readonly TableAnchor[];
  /** The header row of the first table (frozen and repeated on printed pages). */
  readonly headerRow: number | null;
}

const TEXT = SPEC_NUMBER_FORMATS.text;

/** A value and the number format that keeps it what it is: text stays text, days are dates. */
function cellOf(value: SpecValue, column: SpecColumn | undefined): { value: unknown; format: string } {
  const columnFormat = column?.format ? SPEC_NUMBER_FORMATS[column.format] : 'General';
  if (value === null) return { value: '', format: columnFormat === TEXT ? 'General' : columnFormat };
  if (typeof value === 'string') return { value, format: TEXT };
  if (typeof value === 'number') return { value, format: columnFormat === TEXT ? 'General' : columnFormat };
  if (typeof value === 'boolean') return { value, format: 'General' };
  if ('day' in value) return { value: dayToSerial(value.day), format: SPEC_NUMBER_FORMATS.date };
  return { value: value.text, format: TEXT };
}

function textRow(text: string, width: number): { values: unknown[][]; formats: string[][] } {
  const values = [[text, ...Array(width - 1).fill('')]];
  return { values, formats: [[TEXT, ...Array(width - 1).fill('General')]] };
}

/**
 * @example
 * const layout = layoutSheet({ name: '汇总', purpose: 'summary', title: '2026年收文汇总', tables: [{ columns: [{ header: '单位' }], rows: [['县财政局']] }] });
 * layout.blocks[1].values // [['单位'], ['县财政局']]
 */
export function layoutSheet(spec: SheetSpec): SheetLayout {
  const width = Math.max(1, ...spec.tables.map((t) => t.columns.length));
  const blocks: ValueBlock[] = [];
  const rowStyles = new Map<number, CellStyle>();
  const links: Array<{ row: number; col: number; text: string; sheet: string }> = [];
  const tables: TableAnchor[] = [];
  const widths = new Map<number, number>();
  let row = 1;
  const putText = (text: string, style: CellStyle): void => {
    blocks.push({ top: row, left: 0, ...textRow(text, width) });
    rowStyles.set(row, style);
    row += 1;
  };
  putText(spec.title, 'title');
  if (spec.subtitle) putText(spec.subtitle, 'caption');
  let headerRow: number | null = null;
  for (const table of spec.tables) {
    row += 1;
    if (table.caption) putText(table.caption, 'caption');
    const header = table.columns.map((c) => c.header);
    const cells = table.rows.map((r) => table.columns.map((col, c) => cellOf(r[c] ?? null, col)));
    table.rows.forEach((r, i) =>
      r.forEach((v, c) => {
        if (v !== null && typeof v === 'object' && 'linkToSheet' in v) links.push({ row: row + 1 + i, col: c, text: v.text, sheet: v.linkToSheet });
      }),
    );
    blocks.push({
      top: row,
      left: 0,
      values: [header, ...cells.map((line) => line.map((c) => c.value))],
      formats: [header.map(() => TEXT), ...cells.map((line) => line.map((c) => c.format))],
    });
    rowStyles.set(row, 'header');
    table.rowStyles?.forEach((style, i) => {
      if (style !== 'body') rowStyles.set(row + 1 + i, style);
    });
    table.columns.forEach((col, c) => widths.set(c, Math.max(widths.get(c) ?? 0, col.width ?? 0)));
    headerRow ??= row;
    tables.push({ headerRow: row, lastRow: row + table.rows.length, columns: table.columns.length });
    row += 1 + table.rows.length;
  }
  if (spec.notes && spec.notes.length > 0) {
    row += 1;
    for (const note of spec.notes) putText(note, 'body');
  }
  for (const [c, w] of [...widths]) if (w <= 0) widths.delete(c);
  return { blocks, rowStyles, lastCol: width - 1, lastRow: row - 1, widths, links, tables, headerRow };
}
