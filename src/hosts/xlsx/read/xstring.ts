/**
 * OOXML escapes characters XML cannot carry as `_xHHHH_` (Excel writes a carriage return in a
 * cell as `_x000D_`); a literal `_x000D_` typed by a clerk is written `_x005F_x000D_`.
 */

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Undoes the `_xHHHH_` escapes of a string from a sheet or the shared-string table.
 * @example decodeXString('第一行_x000D_\n第二行') // '第一行\r\n第二行'
 * @example decodeXString('_x005F_x000D_') // '_x000D_'
 */
export function decodeXString(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
