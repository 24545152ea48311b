/**
 * Sheet names as Excel allows them: at most 31 characters, none of \ / ? * [ ] :, not starting
 * or ending with an apostrophe, not "History"; compared without regard to case. The same rules
 * the hosts apply when they write, so names can be shown to the clerk before anything is written.
 */

const MAX_NAME = 31;

/** The first `n` UTF-16 units, never cutting a surrogate pair (Excel counts UTF-16 units). */
function sliceUnits(text: string, n: number): string {
  if (text.length <= n) return text;
  const code = text.charCodeAt(n - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? n - 1 : n);
}

/**
 * True when Excel accepts the name as it is.
 * @example isValidSheetName('2026年度 收文统计') // true
 * @example isValidSheetName('2026/收文') // false
 */
export function isValidSheetName(name: string): boolean {
  return name.length > 0 && name.length <= MAX_NAME && !/[\\/?*[\]:]/.test(name) && !/^'|'$/.test(name) && name.toLowerCase() !== 'history' && name.trim() === name;
}

/**
 * Fits a wanted name to Excel's rules (forbidden characters become "_").
 * @example fitSheetName('2026/督办:汇总') // '2026_督办_汇总'
 */
export function fitSheetName(wanted: string): string {
  let name = [...wanted.replace(/[\\/?*[\]:]/g, '_')].filter((c) => c.charCodeAt(0) >= 0x20).join('');
  name = name.replace(/^'+|'+$/g, '').trim();
  name = sliceUnits(name, MAX_NAME).replace(/'+$/, '');
  if (!name || name.toLowerCase() === 'history') name = name ? `${name}_` : 'Sheet';
  return name;
}

/**
 * The key under which Excel compares sheet names.
 * @example foldSheetName('Summary') === foldSheetName('SUMMARY') // true
 */
export function foldSheetName(name: string): string {
  return name.toLocaleUpperCase('en-US');
}

/**
 * The first of `name`, `name (2)`, `name (3)` … that no taken name equals (ignoring case).
 * @example makeUniqueSheetName('汇总', new Set(['汇总'])) // '汇总 (2)'
 */
export function makeUniqueSheetName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(foldSheetName(name))) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = sliceUnits(name, MAX_NAME - suffix.length).replace(/'+$/, '') + suffix;
    if (!taken.has(foldSheetName(candidate))) return candidate;
  }
}
