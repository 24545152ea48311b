import fc from 'fast-check';
import { parseDocNumber, type DocNumberFlaw } from './parse-doc-number';
import { fixDocNumber, type DocNumberFix } from './fix-doc-number';
import { findCitedNumbers } from './find-cited-numbers';

const AGENCY_CHARS = Array.from('县市省政府办公室发函委组通财教卫健农林水交规划字党纪监');
const WRONG_BRACKETS = ['[]', '()', '（）', '【】', '〈〉', '［］', '〔]', '﹝﹞'];

const agency = fc.array(fc.constantFrom(...AGENCY_CHARS), { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
const year = fc.integer({ min: 1990, max: 2099 });
const serial = fc.integer({ min: 1, max: 99_999 });

function toFullWidth(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

/** A number written with a chosen set of flaws, as a clerk might type it. */
const flawed = fc
  .record({
    agency,
    year,
    serial,
    bracket: fc.option(fc.constantFrom(...WRONG_BRACKETS), { nil: null }),
    zeros: fc.integer({ min: 0, max: 3 }),
    ordinal: fc.boolean(),
    hao: fc.boolean(),
    fullWidth: fc.boolean(),
  })
  .map((p) => {
    const [open, close] = Array.from(p.bracket ?? '〔〕');
    const digits = `${open}${p.year}${close}${p.ordinal ? '第' : ''}${'0'.repeat(p.zeros)}${p.serial}`;
    const text = `${p.agency}${p.fullWidth ? toFullWidth(digits) : digits}${p.hao ? '号' : ''}`;
    const flaws: DocNumberFlaw[] = [];
    if (p.bracket) flaws.push('brackets');
    if (p.ordinal) flaws.push('ordinal');
    if (p.zeros > 0) flaws.push('leadingZero');
    if (!p.hao) flaws.push('missingHao');
    if (p.fullWidth) flaws.push('fullWidthDigits');
    return { ...p, text, flaws };
  });

describe('parseDocNumber properties', () => {
  it('never throws on arbitrary text and always answers with a problems list', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const parsed = parseDocNumber(text);
        expect(Array.isArray(parsed.problems)).toBe(true);
        if (parsed.problems.includes('unreadable')) expect(parsed.serial).toBeNull();
        else expect(Number.isInteger(parsed.serial)).toBe(true);
      }),
    );
  });

  it('reads text built from the pieces of document numbers consistently', () => {
    const piece = fc.constantFrom('〔', '〕', '[', ']', '（', '）', '2026', '26', '第', '0', '12', '号', ' ', '县政办发', '〔2026〕');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const parsed = parseDocNumber(pieces.join(''));
        if (parsed.problems.includes('unreadable')) {
          expect(parsed).toMatchObject({ year: null, serial: null, bracket: null });
          return;
        }
        expect(parsed.year !== null && parsed.year < 100).toBe(parsed.problems.includes('twoDigitYear'));
        expect(Number.isInteger(parsed.serial) && (parsed.serial ?? -1) >= 0).toBe(true);
        expect(Array.from(parsed.bracket ?? '')).toHaveLength(2);
        expect(parsed.bracket === '〔〕').toBe(!parsed.problems.includes('brackets'));
      }),
    );
  });

  it('reads back every standard number exactly, with no problems', () => {
    fc.assert(
      fc.property(agency, year, serial, (a, y, s) => {
        expect(parseDocNumber(`${a}〔${y}〕${s}号`)).toEqual({ agency: a, year: y, serial: s, bracket: '〔〕', suffix: '', problems: [] });
      }),
    );
  });

  it('finds exactly the flaws planted in a number and reads its parts all the same', () => {
    fc.assert(
      fc.property(flawed, (p) => {
        const parsed = parseDocNumber(p.text);
        expect(new Set(parsed.problems)).toEqual(new Set(p.flaws));
        expect(parsed).toMatchObject({ agency: p.agency, year: p.year, serial: p.serial });
      }),
    );
  });

  it('fixes every planted flaw back to the standard form', () => {
    fc.assert(
      fc.property(flawed, (p) => {
        const all = new Set<DocNumberFix>(['brackets', 'twoDigitYear', 'leadingZero', 'ordinal', 'missingHao', 'fullWidthDigits']);
        const fixed = fixDocNumber(p.text, all, null);
        if (p.flaws.length === 0) expect(fixed).toBeNull();
        else expect(fixed?.text).toBe(`${p.agency}〔${p.year}〕${p.serial}号`);
      }),
    );
  });

  it('stays linear on adversarial text: ten times the input costs well under a hundred times the time', () => {
    // Brackets, spaces and digits that almost make a year, over and over: what a backtracking
    // pattern would choke on. Lengths stay inside each function's cap so the cap cannot hide a slope.
    const adversarial = (length: number): string => '〔 2 〔20 ［２０２ （2026 '.repeat(length).slice(0, length);
    const time = (run: () => void): number => {
      let best = Number.POSITIVE_INFINITY;
      for (let round = 0; round < 3; round += 1) {
        const before = process.cpuUsage();
        for (let i = 0; i < 300; i += 1) run();
        const used = process.cpuUsage(before);
        best = Math.min(best, used.user + used.system);
      }
      return best;
    };
    const ratio = (measure: (text: string) => unknown, short: number): number => {
      const small = adversarial(short);
      const large = adversarial(short * 10);
      time(() => measure(small));
      return time(() => measure(large)) / time(() => measure(small));
    };
    expect(ratio(parseDocNumber, 19)).toBeLessThan(30);
    expect(ratio(findCitedNumbers, 199)).toBeLessThan(30);
  });
});
