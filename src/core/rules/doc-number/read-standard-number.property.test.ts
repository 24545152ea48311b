import fc from 'fast-check';
import { parseDocNumber, parseDocNumberFully } from './parse-doc-number';
import { readStandardNumber } from './read-standard-number';

const AGENCY_CHARS = Array.from('县市政府办发函委财字党');
const agency = fc.array(fc.constantFrom(...AGENCY_CHARS), { minLength: 0, maxLength: 8 }).map((a) => a.join(''));
const standard = fc
  .record({ agency, year: fc.integer({ min: 1000, max: 9999 }), serial: fc.integer({ min: 1, max: 999_999_999 }) })
  .map(({ agency: a, year, serial }) => `${a}〔${year}〕${serial}号`);

/** Pieces that sit at the edges of the standard form: other brackets, spaces, full-width digits, 第, 號, zeros. */
const PIECES = [
  '县政办发', '〔', '〕', '[', ']', '（', '﹝', '《', '2026', '26', '20266', '0', '012', '12', '１２', '２０２６',
  '第', '号', '號', ' ', '\u3000', '\u00a0', '\t', '文', '附件', '1234567890',
];
const nearStandard = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(''));

describe('readStandardNumber, the fast path of parseDocNumber', () => {
  it('reads every standard number, exactly as the full scanner does', () => {
    fc.assert(
      fc.property(standard, (text) => {
        const fast = readStandardNumber(text);
        expect(fast).not.toBeNull();
        expect(fast).toEqual(parseDocNumberFully(text));
      }),
    );
  });

  it('answers as the full scanner does, or leaves the text to it, on text near the standard form', () => {
    fc.assert(
      fc.property(fc.oneof(nearStandard, standard.map((t) => ` ${t}`), standard.map((t) => `${t}文`)), (text) => {
        const fast = readStandardNumber(text);
        if (fast !== null) expect(fast).toEqual(parseDocNumberFully(text));
        expect(parseDocNumber(text)).toEqual(parseDocNumberFully(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves arbitrary text to the full scanner unless it reads the same', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(parseDocNumber(text)).toEqual(parseDocNumberFully(text));
      }),
    );
  });

  it('turns away the forms that carry a flaw', () => {
    for (const text of ['县政办发[2026]12号', '县政办发〔26〕12号', '县政办发〔2026〕012号', '县政办发〔2026〕第12号', '县政办发〔2026〕12', '县政办发〔２０２６〕12号']) {
      expect(readStandardNumber(text)).toBeNull();
      expect(parseDocNumberFully(text).problems.length).toBeGreaterThan(0);
    }
  });

  it('leaves sound numbers written a little differently to the full scanner', () => {
    for (const text of [' 县政办发〔2026〕12号', '县政办发〔2026〕12號', '县政办发 〔2026〕12号', '县政办发〔 2026 〕 12 号']) {
      expect(readStandardNumber(text)).toBeNull();
      expect(parseDocNumber(text)).toMatchObject({ agency: '县政办发', year: 2026, serial: 12, problems: [] });
    }
  });
});
