/** What a clerk may be shown by the command line: sentences, never a program's insides. */

/** Lines of a stack trace ("    at main (src/cli/main.ts:12:3)"). */
const STACK_FRAME = /^\s+at\s/m;
/** "Error: …", "TypeError: …", "RichApi.Error: …": a thrown error printed as it is. */
const ERROR_PREFIX = /(^|\s)[A-Za-z.]*Error:/m;
const CJK = /[\u4e00-\u9fff]/;

/**
 * The problems with what the command line printed, [] when a clerk can read it: no stack frames,
 * no "Error:" prefixes, no "undefined" or "[object Object]", and any complaint in Chinese.
 * @example expect(findUnreadable(run.stderr)).toEqual([])
 */
export function findUnreadable(text: string): string[] {
  const problems: string[] = [];
  if (STACK_FRAME.test(text)) problems.push('a stack frame');
  if (ERROR_PREFIX.test(text)) problems.push('an "Error:" prefix');
  if (/\bundefined\b|\[object Object\]|\bNaN\b/.test(text)) problems.push('undefined, NaN or [object Object]');
  if (text.trim() !== '' && !CJK.test(text)) problems.push('no Chinese');
  return problems.map((p) => `${p} in: ${text.slice(0, 300)}`);
}
