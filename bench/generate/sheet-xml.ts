/**
 * The parts of a bench register as Excel 2016+ writes them: every text in the shared-string
 * table, every cell of the table styled (borders), a merged title row, a frozen header, column
 * widths, the x14ac namespace on rows. Sheet XML comes out in batches of rows, so a
 * million-row sheet is never one string.
 */
import type { BenchCell, BenchRow } from './register-rows';
import { HEADERS } from './content-pools';

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const X14AC = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac';

const LETTERS = 'ABCDEFGHIJKLMNO'.split('');
const WIDTHS = [9, 11, 22, 20, 46, 7, 9, 6, 16, 12, 11, 10, 9, 11, 16];
/** cellXfs: 0 default, 1 title, 2 header, 3 body text, 4 body date. */
const STYLE = { title: 1, header: 2, body: 3, date: 4 } as const;
const ROWS_PER_CHUNK = 2000;

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The shared-string table being filled as cells are written. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  private uses = 0;

  of(text: string): number {
    this.uses++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(text, i);
      this.list.push(text);
    }
    return i;
  }

  *xmlChunks(): Generator<string> {
    yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN_NS}" count="${this.uses}" uniqueCount="${this.list.length}">`;
    for (let i = 0; i < this.list.length; i += 10_000) {
      yield this.list
        .slice(i, i + 10_000)
        .map((t) => (/^\s|\s$|\n/.test(t) ? `<si><t xml:space="preserve">${escapeXml(t)}</t></si>` : `<si><t>${escapeXml(t)}</t></si>`))
        .join('');
    }
    yield '</sst>';
  }
}

function cellXml(ref: string, cell: BenchCell, sst: SharedStrings): string {
  if (cell === null) return `<c r="${ref}" s="${STYLE.body}"/>`;
  if ('text' in cell) return `<c r="${ref}" s="${STYLE.body}" t="s"><v>${sst.of(cell.text)}</v></c>`;
  if ('date' in cell) return `<c r="${ref}" s="${STYLE.date}"><v>${cell.date}</v></c>`;
  return `<c r="${ref}" s="${STYLE.body}"><v>${cell.number}</v></c>`;
}

function headRows(title: string, sst: SharedStrings): string {
  const titleCells = LETTERS.map((l, i) => (i === 0 ? `<c r="A1" s="${STYLE.title}" t="s"><v>${sst.of(title)}</v></c>` : `<c r="${l}1" s="${STYLE.title}"/>`));
  const headers = LETTERS.map((l, i) => `<c r="${l}2" s="${STYLE.header}" t="s"><v>${sst.of(HEADERS[i])}</v></c>`);
  return (
    `<row r="1" spans="1:15" ht="27" customHeight="1" x14ac:dyDescent="0.2">${titleCells.join('')}</row>` +
    `<row r="2" spans="1:15" ht="30" customHeight="1" x14ac:dyDescent="0.2">${headers.join('')}</row>`
  );
}

/**
 * The worksheet part in batches of rows: the title in row 1, headers in row 2, data from row 3.
 * @example [...sheetXmlChunks('2026年收文登记簿', rows, 1000, sst)].join('') // '<?xml …</worksheet>'
 */
export function* sheetXmlChunks(title: string, rows: Iterable<BenchRow>, count: number, sst: SharedStrings): Generator<string> {
  const lastRow = count + 2;
  const cols = WIDTHS.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="${X14AC}"><dimension ref="A1:O${lastRow}"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A3" sqref="A3"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="14.25" x14ac:dyDescent="0.2"/><cols>${cols}</cols><sheetData>${headRows(title, sst)}`;
  let batch: string[] = [];
  let r = 3;
  for (const row of rows) {
    const cells = row.cells.map((cell, c) => cellXml(`${LETTERS[c]}${r}`, cell, sst)).join('');
    batch.push(`<row r="${r}" spans="1:15" x14ac:dyDescent="0.2">${cells}</row>`);
    r++;
    if (batch.length === ROWS_PER_CHUNK) {
      yield batch.join('');
      batch = [];
    }
  }
  yield batch.join('');
  yield `</sheetData><mergeCells count="1"><mergeCell ref="A1:O1"/></mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape"/></worksheet>`;
}

export const STYLES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN_NS}"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><fonts count="3"><font><sz val="11"/><color theme="1"/><name val="宋体"/><family val="2"/><charset val="134"/><scheme val="minor"/></font><font><b/><sz val="16"/><name val="黑体"/><family val="3"/><charset val="134"/></font><font><b/><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment vertical="center"/></xf></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment vertical="center"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf><xf numFmtId="0" fontId="2" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf><xf numFmtId="176" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf></cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`;
