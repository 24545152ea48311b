/**
 * Sheet names as Excel allows them: at most 31 characters, none of \ / ? * [ ] :, not starting
 * or ending with an apostrophe, not "History"; compared without regard to case.
 */

const MAX_NAME = 31;

/**
 * Fits a wanted name to Excel's rules (forbidden characters become "_").
 * @example fitSheetName('2026/督办:汇总') // '2026_督办_汇总'
 */
export function fitSheetName(wanted: string): string {
  let name = [...wanted.replace(/[\\/?*[\]:]/g, '_')].filter((c) => c.charCodeAt(0) >= 0x20).join('');
  name = name.replace(/^'+|'+$/g, '').trim();
  name = sliceChars(name, MAX_NAME).replace(/'+$/, '');
  if (!name || name.toLowerCase() === 'history') name = name ? `${name}_` : 'Sheet';
  return name;
}

/**
 * The first of `name`, `name (2)`, `name (3)` … that no taken name equals (ignoring case),
 * shortened so the suffix still fits in 31 characters.
 * @example uniqueSheetName('汇总', new Set(['汇总'])) // '汇总 (2)'
 */
export function uniqueSheetName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(toSheetNameKey(name))) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = sliceChars(name, MAX_NAME - suffix.length).replace(/'+$/, '') + suffix;
    if (!taken.has(toSheetNameKey(candidate))) return candidate;
  }
}

/**
 * The key under which Excel compares sheet names.
 * @example toSheetNameKey('Summary') === toSheetNameKey('SUMMARY') // true
 */
export function toSheetNameKey(name: string): string {
  return name.toLocaleUpperCase('en-US');
}

/**
 * A sheet name as a formula or a hyperlink location writes it.
 * @example quoteSheetName("收文'登记") // "'收文''登记'"
 */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The first `n` characters, never cutting a surrogate pair (Excel counts UTF-16 units). */
function sliceChars(text: string, n: number): string {
  if (text.length <= n) return text;
  const code = text.charCodeAt(n - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? n - 1 : n);
}
