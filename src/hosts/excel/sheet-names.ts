/**
 * Sheet names the way Excel allows them: at most 31 characters, none of \ / ? * [ ] :, not
 * starting or ending with an apostrophe, unique regardless of case.
 */

const MAX_NAME = 31;

/**
 * A wanted name made acceptable to Excel.
 * @example fitSheetName('2026/收文:汇总') // '2026_收文_汇总'
 */
export function fitSheetName(wanted: string): string {
  const cleaned = wanted.replace(/[\\/?*[\]:]/g, '_').replace(/^'+|'+$/g, '').trim();
  const chars = [...(cleaned.length > 0 ? cleaned : '台账助手')];
  const fitted = chars.slice(0, MAX_NAME).join('');
  return fitted.toLowerCase() === 'history' ? `${fitted}_` : fitted;
}

/**
 * The first of `name`, `name (2)`, `name (3)`, … not taken (compared without case), cut so that
 * the suffix fits in 31 characters.
 * @example uniqueSheetName('汇总', new Set(['汇总'])) // '汇总 (2)'
 */
export function uniqueSheetName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name.toLowerCase())) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = [...name].slice(0, MAX_NAME - suffix.length).join('') + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
