/**
 * readAttr, setAttr and removeAttr find an attribute by scanning rather than by a regular
 * expression; they must agree with the pattern they replaced on any start tag, well formed or
 * not: the first `\sNAME\s*=\s*("…"|'…')`, wherever it lies.
 */
import fc from 'fast-check';
import { readAttr, removeAttr, setAttr } from '../../src/hosts/xlsx/patch/xml-text';

function pattern(name: string): RegExp {
  return new RegExp(`\\s${name.replace(/[.:-]/g, (c) => `\\${c}`)}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
}

function readByPattern(tag: string, name: string): string | null {
  const m = pattern(name).exec(tag);
  return m ? (m[1] ?? m[2] ?? '') : null;
}

function removeByPattern(tag: string, name: string): string {
  const m = pattern(name).exec(tag);
  return m ? tag.slice(0, m.index) + tag.slice(m.index + m[0].length) : tag;
}

function replaceByPattern(tag: string, name: string, value: string): string | null {
  const m = pattern(name).exec(tag);
  if (!m) return null;
  const quote = m[1] !== undefined ? '"' : "'";
  const valueStart = tag.indexOf(quote, m.index + m[0].indexOf('=') + 1) + 1;
  return tag.slice(0, valueStart) + value + tag.slice(valueStart + (m[1] ?? m[2] ?? '').length);
}

const NAMES = ['s', 'r', 't', 'ss', 'x:s', 'style', 'customFormat'];
/** Pieces a tag is made of: names, quotes, signs and every kind of white space `\s` knows. */
const SPACES = [' ', '  ', '\t', '\n', '\r', '\u00a0', '\u1680', '\u2005', '\u3000', '\u2028', '\u202f', '\ufeff', '\u200b'];
const space = fc.constantFrom(...SPACES);
const piece = fc.constantFrom(...NAMES, ...SPACES, '=', '"', "'", '1', '12', 'A5', '>', '/>', '<c', '<row', 'x', '值');
/** An attribute as writers spell it, white space of any kind around its `=`, either quote. */
const attribute = fc
  .tuple(space, fc.constantFrom(...NAMES), fc.option(space), fc.option(space), fc.constantFrom('"', "'"), fc.constantFrom('', '3', 'A5', ' s=', '"', "'"))
  .map(([before, name, a, b, q, value]) => `${before}${name}${a ?? ''}=${b ?? ''}${q}${value}${q}`);
const tags = fc.array(fc.oneof(piece, attribute), { maxLength: 16 }).map((parts) => parts.join(''));

describe('attributes found by scanning, as the regular expression found them', () => {
  it('reads the same value (or none) from any text', () => {
    fc.assert(
      fc.property(tags, fc.constantFrom(...NAMES), (tag, name) => {
        expect(readAttr(tag, name)).toBe(readByPattern(tag, name));
      }),
      { numRuns: 3000 },
    );
  });

  it('removes and replaces the same characters', () => {
    fc.assert(
      fc.property(tags, fc.constantFrom(...NAMES), fc.constantFrom('', '7', '12'), (tag, name, value) => {
        expect(removeAttr(tag, name)).toBe(removeByPattern(tag, name));
        const replaced = replaceByPattern(tag, name, value);
        if (replaced !== null) expect(setAttr(tag, name, value)).toBe(replaced);
      }),
      { numRuns: 3000 },
    );
  });

  it('takes the first match, even one inside another value, as the pattern did', () => {
    expect(readAttr(`<c r="A1" t=' s="3"' s="4">`, 's')).toBe('3');
    expect(readAttr('<c ss="1" s="2">', 's')).toBe('2');
    expect(readAttr('<c\u3000s = \'9\'>', 's')).toBe('9');
    expect(readAttr('<c s="unclosed s="5">', 's')).toBe('unclosed s=');
    expect(readAttr('<c s=5 s="6">', 's')).toBe('6');
    expect(readAttr('<c r="A1">', 's')).toBeNull();
    expect(readAttr('<c r="A1">', '')).toBeNull();
  });

  it('inserts a new attribute after the first of `after` present', () => {
    expect(setAttr('<c r="B2" t="s">', 's', '7', 'r')).toBe('<c r="B2" s="7" t="s">');
    expect(setAttr('<c t="s">', 's', '7', ['r', 't'])).toBe('<c t="s" s="7">');
    expect(setAttr('<c/>', 's', '7')).toBe('<c s="7"/>');
    expect(setAttr('<c r="B2" />', 's', '7', [], true)).toBe('<c r="B2" s="7" />');
    expect(removeAttr(setAttr('<c r="B2" t="s">', 's', '7', 'r'), 's')).toBe('<c r="B2" t="s">');
  });
});
