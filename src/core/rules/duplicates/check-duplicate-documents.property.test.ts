import fc from 'fast-check';
import { AS_OF, checkWith } from '../testing/check-with';
import { registerOf } from '../testing/register-of';
import { docNumberKey, parseDocNumber } from '../doc-number/parse-doc-number';
import { foldValue } from '../values/fold-value';
import { checkDuplicateDocuments } from './check-duplicate-documents';

/** The rule by its definition: a row repeats the first earlier row with the same sender and the same number. */
function repeatsByDefinition(rows: ReadonlyArray<readonly [string, string]>): Array<[number, number]> {
  const firsts = new Map<string, number>();
  const repeats: Array<[number, number]> = [];
  rows.forEach(([sender, text], i) => {
    const trimmed = text.trim();
    if (trimmed === '' || trimmed === '-') return;
    const numberKey = docNumberKey(parseDocNumber(trimmed));
    if (numberKey === null && !/\d/.test(foldValue(trimmed))) return;
    const key = JSON.stringify([numberKey ?? foldValue(trimmed), numberKey === null, foldValue(sender.trim())]);
    const first = firsts.get(key);
    if (first === undefined) firsts.set(key, i + 3);
    else repeats.push([i + 3, first]);
  });
  return repeats;
}

const sender = fc.constantFrom('县财政局', '县 财政局', '市政府办', '', '12');
const number = fc.constantFrom(
  '县政办发〔2026〕12号',
  '县政办发[2026]012号',
  '县 政办发〔26〕12号',
  '县政办发〔2025〕12号',
  '县财发〔2026〕12号',
  '县政办发〔2026〕5_000_001号'.replace(/_/g, ''),
  '无',
  '见附件',
  'X12',
  'X 12',
  '-',
  '',
);

describe('checkDuplicateDocuments against its definition', () => {
  it('flags exactly the repeats of a sender and number, however the number was typed', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(sender, number), { maxLength: 25 }), (rows) => {
        const register = registerOf({ fields: ['sender', 'docNumber'], rows: rows.map(([s, n]) => [s, n]) });
        const found = checkWith(checkDuplicateDocuments, register, { asOf: AS_OF }).map((f) => [f.row, f.related?.[0]?.row]);
        expect(found).toEqual(repeatsByDefinition(rows));
      }),
      { numRuns: 300 },
    );
  });
});
