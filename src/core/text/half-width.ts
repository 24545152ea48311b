/**
 * Full-width forms to their plain ASCII twins, so that "２０２６．３．５" and "（工作日）" read
 * like what a clerk meant. Only the FF01–FF5E block and the ideographic space move; CJK
 * punctuation such as 〔 〕 and 【 】 is left to the callers that care about it.
 */

const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_TO_HALF_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

/**
 * Turns full-width letters, digits and punctuation into half-width ones.
 * @example toHalfWidth('２０２６．３．５（周四）') // '2026.3.5(周四)'
 */
export function toHalfWidth(text: string): string {
  // Most cells have nothing to convert: scan by code and hand back the original string untouched.
  let i = 0;
  while (i < text.length && !isWide(text.charCodeAt(i))) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) out += String.fromCharCode(code - FULL_TO_HALF_OFFSET);
    else if (code === IDEOGRAPHIC_SPACE) out += ' ';
    else out += text[i];
  }
  return out;
}

function isWide(code: number): boolean {
  return (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) || code === IDEOGRAPHIC_SPACE;
}
