/**
 * The fast paths of the text folds (scanning by character code and keeping the original string
 * when nothing changes) held to the character-by-character definitions they replaced.
 */
import fc from 'fast-check';
import { toHalfWidth } from './half-width';
import { minFoldedHeaderLength, normalizeHeader, normalizeValue } from './normalize';
import { listTraditionalPairs, toSimplified } from './trad-to-simp';

const TABLE = new Map(listTraditionalPairs());

function isSpaceLike(code: number): boolean {
  return (
    code <= 0x20 || code === 0x85 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200f) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x2060 || code === 0x3000 || code === 0xfeff
  );
}

const reference = {
  toHalfWidth(text: string): string {
    return Array.from(text, (ch) => {
      const code = ch.charCodeAt(0);
      if (ch.length === 1 && code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
      return code === 0x3000 ? ' ' : ch;
    }).join('');
  },
  toSimplified(text: string): string {
    return Array.from(text, (ch) => TABLE.get(ch) ?? ch).join('');
  },
  normalizeHeader(text: string): string {
    let out = '';
    for (const ch of reference.toSimplified(reference.toHalfWidth(text))) {
      if (isSpaceLike(ch.charCodeAt(0))) continue;
      if ('([{【〔〖〈《「『〘⦅'.includes(ch)) out += '(';
      else if (')]}】〕〗〉》」』〙⦆'.includes(ch)) out += ')';
      else out += ch;
    }
    const edge = '*★☆※:：·•、.';
    let start = 0;
    let end = out.length;
    while (start < end && edge.includes(out[start])) start++;
    while (end > start && edge.includes(out[end - 1])) end--;
    return out.slice(start, end).toLowerCase();
  },
  normalizeValue(text: string): string {
    let out = '';
    let pending = false;
    for (const ch of reference.toSimplified(reference.toHalfWidth(text))) {
      if (isSpaceLike(ch.charCodeAt(0))) {
        pending = out.length > 0;
        continue;
      }
      if (pending) out += ' ';
      pending = false;
      out += ch;
    }
    return out;
  },
};

/** Text made of what the folds act on: traditional and simplified characters, full-width forms, spaces, brackets, edge marks. */
const CHARS = [
  '收', '文', '編', '號', '编', '辦', '理', '時', '限', 'A', 'b', '２', '０', '（', '）', '(', ')', '【', '】', '〔', '〕', '⦅',
  ' ', '\u3000', '\n', '\u00a0', '\u200b', '\ufeff', '*', '★', '：', ':', '·', '、', '.', '＊', '\ud83d\ude00', '\ud800',
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...CHARS), { maxLength: 16 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 16 }),
);

describe('text folds', () => {
  it.each(['toHalfWidth', 'toSimplified', 'normalizeHeader', 'normalizeValue'] as const)('%s gives what its definition gives', (name) => {
    const fold = { toHalfWidth, toSimplified, normalizeHeader, normalizeValue }[name];
    fc.assert(
      fc.property(text, (t) => {
        expect(fold(t)).toBe(reference[name](t));
      }),
      { numRuns: 1000 },
    );
  });

  it('never folds a header shorter than minFoldedHeaderLength says', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(normalizeHeader(t).length).toBeGreaterThanOrEqual(minFoldedHeaderLength(t));
      }),
      { numRuns: 1000 },
    );
    expect(minFoldedHeaderLength('关于做好年度统计执法检查的通知')).toBe(15);
    expect(minFoldedHeaderLength(' ＊合　计： ')).toBe(2);
  });

  it('hands back the very string when there is nothing to fold', () => {
    const plain = '关于做好春节期间工作的通知';
    expect(toHalfWidth(plain)).toBe(plain);
    expect(toSimplified(plain)).toBe(plain);
    expect(normalizeValue(plain)).toBe(plain);
  });
});
