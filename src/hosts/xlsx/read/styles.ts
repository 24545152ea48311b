/** `xl/styles.xml`: cell formats, number formats and fills, enough to tell dates and colours. */
import { isDateFormat } from './number-formats';
import { isSml } from './namespaces';
import type { CellXf, ColorInfo, FillInfo, StyleTable } from './package-types';
import { isTrue } from './workbook-xml';
import { parseXml } from './xml-reader';
import type { XmlAttributes } from './xml-reader';

/**
 * Reads styles.xml; null text gives an empty table (every style index then reads as "not a date").
 * Only `<xf>` under `cellXfs` and `<fill>` under `fills` count: `cellStyleXfs` and `dxfs` hold
 * elements of the same names that cells never point at.
 * @example parseStyles(text).isDateStyle(3) // true when xf 3 has a date format
 */
export function parseStyles(text: string | null): StyleTable {
  const cellXfs: CellXf[] = [];
  const numFmts = new Map<number, string>();
  const fills: FillInfo[] = [];
  if (text !== null) {
    const path: string[] = [];
    let fill: { pattern: string; fgColor?: ColorInfo; bgColor?: ColorInfo } | null = null;
    parseXml(text, {
      open(ns, local, attrs) {
        const parent = path[path.length - 1];
        const grand = path[path.length - 2];
        path.push(isSml(ns) ? local : '');
        if (!isSml(ns)) return;
        if (local === 'numFmt' && parent === 'numFmts') {
          const id = toIndex(attrs.numFmtId);
          if (id !== null && attrs.formatCode !== undefined) numFmts.set(id, attrs.formatCode);
        } else if (local === 'xf' && parent === 'cellXfs') {
          cellXfs.push(readXf(attrs));
        } else if (local === 'fill' && parent === 'fills') {
          fill = { pattern: 'none' };
          fills.push(fill);
        } else if (fill && parent === 'fill' && grand === 'fills') {
          if (local === 'patternFill') fill.pattern = attrs.patternType ?? 'none';
          else if (local === 'gradientFill') fill.pattern = 'gradient';
        } else if (fill && parent === 'patternFill' && (local === 'fgColor' || local === 'bgColor')) {
          fill[local] = readColor(attrs);
        }
      },
      close(_ns, local) {
        path.pop();
        if (local === 'fill') fill = null;
      },
    });
  }
  return makeStyleTable(cellXfs, numFmts, fills);
}

function makeStyleTable(cellXfs: readonly CellXf[], numFmts: ReadonlyMap<number, string>, fills: readonly FillInfo[]): StyleTable {
  const dates = cellXfs.map((xf) => isDateFormat(xf.numFmtId, numFmts));
  return {
    cellXfs,
    numFmts,
    fills,
    isDateStyle: (s) => dates[s] === true,
  };
}

function readXf(attrs: XmlAttributes): CellXf {
  const xf: CellXf = {
    numFmtId: toIndex(attrs.numFmtId) ?? 0,
    fontId: toIndex(attrs.fontId) ?? 0,
    fillId: toIndex(attrs.fillId) ?? 0,
    borderId: toIndex(attrs.borderId) ?? 0,
  };
  const withFill = attrs.applyFill === undefined ? xf : { ...xf, applyFill: isTrue(attrs.applyFill) };
  return attrs.applyNumberFormat === undefined ? withFill : { ...withFill, applyNumberFormat: isTrue(attrs.applyNumberFormat) };
}

function readColor(attrs: XmlAttributes): ColorInfo {
  const color: { -readonly [K in keyof ColorInfo]: ColorInfo[K] } = {};
  if (attrs.rgb !== undefined) color.rgb = attrs.rgb;
  const theme = toIndex(attrs.theme);
  if (theme !== null) color.theme = theme;
  const indexed = toIndex(attrs.indexed);
  if (indexed !== null) color.indexed = indexed;
  const tint = attrs.tint === undefined ? NaN : Number(attrs.tint);
  if (Number.isFinite(tint)) color.tint = tint;
  if (attrs.auto !== undefined) color.auto = isTrue(attrs.auto);
  return color;
}

/**
 * A non-negative integer attribute, or null: ids written in the XML are never trusted blindly.
 * @example toIndex('12') // 12
 * @example toIndex('-1') // null
 */
export function toIndex(value: string | undefined): number | null {
  if (value === undefined || !/^\s*\d{1,9}\s*$/.test(value)) return null;
  return Number(value);
}
