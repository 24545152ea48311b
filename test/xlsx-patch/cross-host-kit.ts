/**
 * A workbook moving between desks: marked in Excel (the Office.js host on the stand-in, loaded
 * from an .xlsx) and cleared by the command line (XlsxHost), or the other way round. Helpers to
 * carry the Excel host's mark log into a package and to compare what clerks see, not indexes.
 */
import { makeRowKey } from '../../src/core/marks/row-key';
import type { RowMark } from '../../src/core/marks/mark-types';
import { MARK_LOG_NAMESPACE } from '../../src/core/settings/stored-settings';
import type { RegisterHost } from '../../src/hosts/host';
import { WorkbookPackage } from '../../src/hosts/xlsx/package';
import { replaceNamespaceParts } from '../../src/hosts/xlsx/patch/namespace-parts';
import { PackageDraft } from '../../src/hosts/xlsx/patch/package-draft';
import { StyleSheetEdit } from '../../src/hosts/xlsx/patch/style-sheet-edit';
import { removeAttr } from '../../src/hosts/xlsx/patch/xml-text';
import { scanSheet } from '../../src/hosts/xlsx/read';
import { readZip } from '../../src/hosts/xlsx/zip/read-zip';
import { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import { fixtureOfXlsx } from '../excel-standin/load-xlsx';
import type { FillFixture } from '../excel-standin/load-fixture';
import { colToLetters } from '../excel-standin/standin-a1';
import type { Standin } from '../excel-standin/standin';

export const guid = (): string => '6F9619FF-8B86-D011-B42D-00C04FC964FF';

/** Marks for every row from `fromRow` (to `toRow`), over `cols`, keyed from the values the host reads. */
export async function marksOn(host: RegisterHost, sheet: string, cols: readonly number[], fromRow: number, toRow?: number): Promise<RowMark[]> {
  const grid = await host.readColumns(sheet, cols, fromRow, toRow);
  const kind = 'overdue';
  return grid.rows.flatMap((cells, i) =>
    cells ? [{ row: grid.top + i, fromCol: Math.min(...cols), toCol: Math.max(...cols), kind, key: makeRowKey((c) => cells[c], cols) }] : [],
  );
}

/** The documents of the mark log as the Excel host left them in the workbook. */
export function excelLogDocuments(s: Standin): string[] {
  return s.state.xmlParts.filter((p) => p.namespaceUri === MARK_LOG_NAMESPACE).map((p) => p.xml);
}

/** The package with its mark-log parts replaced by `documents`, written the way XlsxHost stores parts. */
export function withMarkLogParts(bytes: Uint8Array, documents: readonly string[]): Uint8Array {
  const draft = new PackageDraft(readZip(bytes));
  replaceNamespaceParts(draft, WorkbookPackage.open(bytes).workbookPath, MARK_LOG_NAMESPACE, documents, guid);
  return draft.save();
}

/**
 * The workbook as Excel saves it after the Excel host marked it: the cells wear the palette fill
 * on a copy of their own format (what XlsxHost paints too), and the mark log is the Excel
 * host's, which knows fills only by their look.
 */
export async function savedByExcel(original: Uint8Array, sheet: string, marks: readonly RowMark[], excelLog: readonly string[]): Promise<Uint8Array> {
  const painter = XlsxHost.open(original, { newGuid: guid });
  await painter.applyMarks(sheet, marks);
  return withMarkLogParts(painter.save(), excelLog);
}

/** Every filled cell as Office.js would show it (A1 → fill), without the theme link. */
export function visibleFills(bytes: Uint8Array, sheet: string): Record<string, Omit<FillFixture, 'theme'>> {
  const found = fixtureOfXlsx(bytes).sheets.find((s) => s.name === sheet);
  const out: Record<string, Omit<FillFixture, 'theme'>> = {};
  for (const [a1, fill] of Object.entries(found?.fills ?? {})) {
    const { theme: _theme, ...look } = fill;
    out[a1] = look;
  }
  return out;
}

/**
 * Every cell's format apart from its fill (number format, font, border, alignment, protection),
 * as the text of its `<xf>` without fillId and applyFill; a cell without `s` shows format 0.
 */
export function formatsApartFromFill(bytes: Uint8Array, sheet: string): Record<string, string> {
  const pkg = WorkbookPackage.open(bytes);
  const styles = new StyleSheetEdit(pkg.partText(pkg.relatedPath('styles') ?? 'xl/styles.xml') ?? '');
  const part = pkg.findSheet(sheet);
  const out: Record<string, string> = {};
  if (!part) return out;
  const apartFromFill = (xf: string): string => {
    const end = xf.indexOf('>') + 1;
    return removeAttr(removeAttr(xf.slice(0, end), 'fillId'), 'applyFill') + xf.slice(end);
  };
  scanSheet(pkg, part, {
    onCell: (cell) => {
      out[`${colToLetters(cell.col)}${cell.row}`] = apartFromFill(styles.xf(cell.style ?? 0) ?? '');
    },
  });
  return out;
}
