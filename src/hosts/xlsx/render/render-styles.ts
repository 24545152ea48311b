/**
 * The cell formats of the sheets the add-in writes, appended to the workbook's style table on
 * first use. Fonts are derived from the workbook's own default font (a 宋体 workbook keeps 宋体),
 * so generated sheets look like the clerk's.
 */
import { SPEC_NUMBER_FORMATS, type SpecFormat, type SpecRowStyle } from '../../../core/sheet-spec';
import type { StyleSheetEdit } from '../patch/style-sheet-edit';

/** What a cell of a generated sheet is, for choosing its format. */
export type CellRole =
  | { readonly kind: 'title' | 'subtitle' | 'caption' | 'note' | 'header' }
  | { readonly kind: 'cell'; readonly row: SpecRowStyle; readonly format: SpecFormat | null; readonly link: boolean };

interface FontChange {
  readonly bold?: boolean;
  readonly size?: number;
  readonly underline?: boolean;
  readonly color?: string;
}

const THIN = '<left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/>';
const ROW_FILLS: Readonly<Record<SpecRowStyle, string | null>> = { body: null, group: 'F2F2F2', total: null, warning: 'FFF2CC' };
const HEADER_FILL = 'D9D9D9';
const LINK_COLOR = '0563C1';

/**
 * Returns, for a role, the `s` index to write; formats are created once per style table.
 * @example makeRenderStyles(styles)({ kind: 'header' }) // the s index of header cells
 */
export function makeRenderStyles(styles: StyleSheetEdit): (role: CellRole) => number {
  const cache = new Map<number | string, number>();
  const baseFont = stripPrefix(styles.font(0) ?? '<font><sz val="11"/><name val="宋体"/><charset val="134"/></font>');
  const font = (change: FontChange): number => styles.addFont(deriveFont(baseFont, change));
  const fill = (rgb: string | null): number =>
    rgb === null ? 0 : styles.addFill(`<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb}"/><bgColor indexed="64"/></patternFill></fill>`);
  const border = (): number => styles.addBorder(`<border>${THIN}</border>`);
  const xf = (numFmt: number, fontId: number, fillId: number, borderId: number, alignment: string): number =>
    styles.addXf(
      `<xf numFmtId="${numFmt}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment ${alignment}/></xf>`,
    );
  const build = (role: CellRole): number => {
    switch (role.kind) {
      case 'title':
        return xf(0, font({ bold: true, size: 16 }), 0, 0, 'horizontal="center" vertical="center"');
      case 'subtitle':
        return xf(0, font({}), 0, 0, 'horizontal="center" vertical="center"');
      case 'caption':
        return xf(0, font({ bold: true, size: 12 }), 0, 0, 'vertical="center"');
      case 'note':
        return xf(0, font({}), 0, 0, 'vertical="top"');
      case 'header':
        return xf(0, font({ bold: true }), fill(HEADER_FILL), border(), 'horizontal="center" vertical="center" wrapText="1"');
      case 'cell': {
        const numFmt = role.format === null ? 0 : styles.addNumFmt(SPEC_NUMBER_FORMATS[role.format]);
        const bold = role.row === 'group' || role.row === 'total';
        const fontId = role.link ? font({ underline: true, color: LINK_COLOR, bold }) : font({ bold });
        const wrap = role.format === 'text' || role.format === null ? ' wrapText="1"' : '';
        return xf(numFmt, fontId, fill(ROW_FILLS[role.row]), border(), `vertical="center"${wrap}`);
      }
    }
  };
  return (role) => {
    const key = keyOf(role);
    let s = cache.get(key);
    if (s === undefined) {
      s = build(role);
      cache.set(key, s);
    }
    return s;
  };
}

const ROW_CODES: Readonly<Record<SpecRowStyle, number>> = { body: 0, group: 1, total: 2, warning: 3 };
const FORMAT_CODES: Readonly<Record<SpecFormat, number>> = { text: 1, integer: 2, decimal1: 3, decimal2: 4, percent: 5, percent1: 6, date: 7 };

/**
 * A role's cache key. Asked once per cell written: `JSON.stringify` of the role cost a tenth of
 * rendering a year-end package (0.1 s for one of 100,000 records), and a key joined as text
 * still a string built and hashed per cell; a cell's is a small number.
 */
function keyOf(role: CellRole): number | string {
  if (role.kind !== 'cell') return role.kind;
  return (ROW_CODES[role.row] * 8 + (role.format === null ? 0 : FORMAT_CODES[role.format])) * 2 + (role.link ? 1 : 0);
}

function stripPrefix(xml: string): string {
  return xml.replace(/<(\/?)[A-Za-z_][\w.-]*:/g, '<$1');
}

/**
 * The workbook's default font with some properties changed (bold, size, underline, colour);
 * its name, charset, family and theme scheme are kept.
 * @example deriveFont('<font><sz val="11"/><name val="宋体"/></font>', { bold: true })
 * // '<font><b/><sz val="11"/><name val="宋体"/></font>'
 */
export function deriveFont(base: string, change: FontChange): string {
  let body = base.replace(/^<font\s*\/>$/, '<font></font>');
  const drop = (name: string): void => {
    body = body.replace(new RegExp(`<${name}(\\s[^>]*)?/>|<${name}(\\s[^>]*)?>.*?</${name}>`, 'g'), '');
  };
  const added: string[] = [];
  if (change.bold !== undefined) {
    drop('b');
    if (change.bold) added.push('<b/>');
  }
  if (change.underline) {
    drop('u');
    added.push('<u/>');
  }
  if (change.size !== undefined) {
    drop('sz');
    added.push(`<sz val="${change.size}"/>`);
  }
  if (change.color !== undefined) {
    drop('color');
    added.push(`<color rgb="FF${change.color}"/>`);
  }
  const open = body.indexOf('>') + 1;
  return body.slice(0, open) + added.join('') + body.slice(open);
}
