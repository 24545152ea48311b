/**
 * Text normalisation for matching. A header is matched on a folded form — half-width,
 * simplified characters, no spaces or line breaks, one kind of bracket — so that "收文\n顺序号",
 * "收文顺序號" and "收 文 顺 序 号" all read 收文顺序号. The clerk's own text is kept elsewhere:
 * these forms are for comparing, never for writing back.
 */
import { toHalfWidth } from './half-width';
import { toSimplified } from './trad-to-simp';

const OPEN_BRACKETS = codesOf('([{【〔〖〈《「『〘⦅');
const CLOSE_BRACKETS = codesOf(')]}】〕〗〉》」』〙⦆');
/** Marks clerks put before or after a header: required-field stars, colons, bullets. */
const EDGE_MARKS = codesOf('*★☆※:：·•、.');

// By UTF-16 code: every mark here is one code unit, and codes spare a string per character.
function codesOf(chars: string): ReadonlySet<number> {
  return new Set(Array.from(chars, (ch) => ch.charCodeAt(0)));
}

function isSpaceLike(code: number): boolean {
  // Unicode white space plus the zero-width characters pasted in from web pages and Word.
  return (
    code <= 0x20 ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * The folded form of a header cell: half-width, simplified, no white space, brackets as ( ),
 * Latin letters in lower case, stars and colons at the edges dropped.
 * @example normalizeHeader('办理时限\n（工作日）') // '办理时限(工作日)'
 * @example normalizeHeader('收文編號') // '收文编号'
 */
export function normalizeHeader(text: string): string {
  const folded = toSimplified(toHalfWidth(text));
  let out = folded;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (isSpaceLike(code) || OPEN_BRACKETS.has(code) || CLOSE_BRACKETS.has(code)) {
      // Built from the first character that changes; a plain header is kept as it is.
      out = folded.slice(0, i) + foldHeaderChars(folded, i);
      break;
    }
  }
  let start = 0;
  let end = out.length;
  while (start < end && EDGE_MARKS.has(out.charCodeAt(start))) start++;
  while (end > start && EDGE_MARKS.has(out.charCodeAt(end - 1))) end--;
  return out.slice(start, end).toLowerCase();
}

/** White space dropped and brackets made ( ) from `from` on. */
function foldHeaderChars(folded: string, from: number): string {
  let out = '';
  for (let i = from; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (isSpaceLike(code)) continue;
    if (OPEN_BRACKETS.has(code)) out += '(';
    else if (CLOSE_BRACKETS.has(code)) out += ')';
    else out += folded[i];
  }
  return out;
}

/** Characters normalizeHeader may drop: white space, and the edge marks in either width. */
const DROPPABLE_WIDE = codesOf('＊：．');

/**
 * A lower bound on the length of normalizeHeader(text), worked out without building it: folding
 * maps one character to one and only drops white space and edge marks. Lets a caller that wants
 * short headers only turn long texts away cheaply.
 * @example minFoldedHeaderLength('  合计：') // 2
 */
export function minFoldedHeaderLength(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpaceLike(code) || EDGE_MARKS.has(code) || DROPPABLE_WIDE.has(code)) length--;
  }
  return length;
}

/**
 * A folded header with its bracketed asides taken out, so that "办理时限(工作日)" matches
 * 办理时限. A header that is nothing but brackets keeps its inside.
 * @example removeBracketed('办理时限(工作日)') // '办理时限'
 */
export function removeBracketed(folded: string): string {
  let out = '';
  let depth = 0;
  for (const ch of folded) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out === '' ? folded.replace(/[()]/g, '') : out;
}

/**
 * The folded form of a data value for comparing ("是" with "是 ", "已辦結" with "已办结"):
 * half-width, simplified, trimmed, inner runs of white space as one space.
 * @example normalizeValue(' 已辦結\n ') // '已办结'
 */
export function normalizeValue(text: string): string {
  const folded = toSimplified(toHalfWidth(text));
  let i = 0;
  while (i < folded.length && !isSpaceLike(folded.charCodeAt(i))) i++;
  // No white space at all: nothing to trim or collapse.
  if (i === folded.length) return folded;
  let out = folded.slice(0, i);
  let pendingSpace = false;
  for (; i < folded.length; i++) {
    if (isSpaceLike(folded.charCodeAt(i))) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += folded[i];
  }
  return out;
}
