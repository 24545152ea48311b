/**
 * Loads the stand-in from a real .xlsx, read with the project's own package reader
 * (src/hosts/xlsx): values (dates tagged by their style), number formats, fills as Office.js would
 * show them (a theme colour as its RGB and tint), merges, hidden rows, sheet states, protection,
 * sheet-scoped names and custom XML parts. Bytes in, no Node API.
 */
import { WorkbookPackage, type ColorInfo, type FillInfo } from '../../src/hosts/xlsx/package';
import { scanSheet } from '../../src/hosts/xlsx/read';
import type { CellValue } from '../../src/core/types';
import { colToLetters } from './standin-a1';
import type { FillFixture, SheetFixture, WorkbookFixture } from './load-fixture';

const OOXML_TO_OFFICE: Readonly<Record<string, string>> = {
  solid: 'Solid', mediumGray: 'Gray50', darkGray: 'Gray75', lightGray: 'Gray25', darkHorizontal: 'Horizontal',
  darkVertical: 'Vertical', darkDown: 'Down', darkUp: 'Up', darkGrid: 'Checker', darkTrellis: 'SemiGray75',
  lightHorizontal: 'LightHorizontal', lightVertical: 'LightVertical', lightDown: 'LightDown', lightUp: 'LightUp',
  lightGrid: 'Grid', lightTrellis: 'CrissCross', gray125: 'Gray16', gray0625: 'Gray8',
};

const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 14: 'yyyy/m/d', 15: 'd-mmm-yy', 16: 'd-mmm',
  17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'yyyy/m/d h:mm', 31: 'yyyy"年"m"月"d"日"',
  49: '@', 57: 'yyyy"年"m"月"', 58: 'm"月"d"日"',
};

/** SpreadsheetML's theme colour indexes, in the order of the theme's colour scheme. */
const THEME_SLOTS = ['lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'];

function themeColours(pkg: WorkbookPackage): string[] {
  const path = pkg.relatedPath('theme');
  const text = path ? pkg.partText(path) : null;
  if (!text) return [];
  return THEME_SLOTS.map((slot) => {
    const m = new RegExp(`<(?:\\w+:)?${slot}>([\\s\\S]*?)</(?:\\w+:)?${slot}>`).exec(text);
    const rgb = m && (/lastClr="([0-9A-Fa-f]{6})"/.exec(m[1]) ?? /val="([0-9A-Fa-f]{6})"/.exec(m[1]));
    return rgb ? rgb[1].toUpperCase() : '000000';
  });
}

function rgbOf(c: ColorInfo | undefined, theme: readonly string[]): { rgb: string; tint?: number; theme?: string } | null {
  if (!c) return null;
  if (c.rgb) return { rgb: c.rgb.slice(-6).toUpperCase(), tint: c.tint };
  if (c.theme !== undefined) return { rgb: theme[c.theme] ?? '000000', tint: c.tint, theme: THEME_SLOTS[c.theme] ?? `theme${c.theme}` };
  return null;
}

function fillOf(info: FillInfo | undefined, theme: readonly string[]): FillFixture | null {
  const pattern = info ? OOXML_TO_OFFICE[info.pattern] : undefined;
  if (!info || !pattern) return null;
  const fg = rgbOf(info.fgColor, theme);
  if (pattern === 'Solid') return fg ? { color: fg.rgb, tint: fg.tint, theme: fg.theme } : null;
  // A pattern fill: the background is bgColor, the stripes fgColor.
  const bg = rgbOf(info.bgColor, theme);
  return { color: bg?.rgb ?? 'FFFFFF', pattern, patternColor: fg?.rgb ?? '000000' };
}

function formatOf(pkg: WorkbookPackage, style: number | null, value: CellValue): string | undefined {
  if (style === null) return undefined;
  const id = pkg.styles.cellXfs[style]?.numFmtId ?? 0;
  const code = pkg.styles.numFmts.get(id) ?? BUILT_IN_FORMATS[id];
  if (code) return code;
  return value !== null && typeof value === 'object' && value.type === 'date' ? 'yyyy/m/d' : undefined;
}

function isProtected(pkg: WorkbookPackage, path: string): boolean {
  const text = pkg.partText(path) ?? '';
  return /<(?:\w+:)?sheetProtection\b[^>]*\bsheet="(?:1|true)"/.test(text);
}

/**
 * @example createStandin(fixtureOfXlsx(bytes))
 */
export function fixtureOfXlsx(bytes: Uint8Array): WorkbookFixture {
  const pkg = WorkbookPackage.open(bytes);
  const theme = themeColours(pkg);
  const sheets: SheetFixture[] = pkg.sheets
    .map((part, index) => ({ part, index }))
    .filter(({ part }) => part.kind === 'worksheet')
    .map(({ part, index }) => {
      const rows: Array<Array<CellValue | undefined>> = [];
      const numberFormats: Record<string, string> = {};
      const fills: Record<string, FillFixture> = {};
      const facts = scanSheet(pkg, part, {
        onCell: (cell) => {
          const a1 = `${colToLetters(cell.col)}${cell.row}`;
          (rows[cell.row - 1] ??= [])[cell.col] = cell.value;
          const format = formatOf(pkg, cell.style, cell.value);
          if (format && format !== 'General') numberFormats[a1] = format;
          const xf = cell.style === null ? undefined : pkg.styles.cellXfs[cell.style];
          const fill = xf ? fillOf(pkg.styles.fills[xf.fillId], theme) : null;
          if (fill) fills[a1] = fill;
        },
      });
      const names = Object.fromEntries(pkg.definedNames.filter((n) => n.localSheetId === index).map((n) => [n.name, `=${n.value}`]));
      return {
        name: part.name,
        rows: Array.from({ length: rows.length }, (_, i) => rows[i] ?? []),
        numberFormats,
        fills,
        merges: facts.merges.map((m) => `${colToLetters(m.left)}${m.top}:${colToLetters(m.right)}${m.bottom}`),
        hiddenRows: [...facts.hiddenRows],
        protected: isProtected(pkg, part.path),
        visibility: part.state === 'visible' ? 'Visible' : part.state === 'hidden' ? 'Hidden' : 'VeryHidden',
        names,
      };
    });
  return { sheets, xmlParts: pkg.customXmlParts().map((p) => p.text) };
}
