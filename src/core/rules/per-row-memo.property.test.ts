import fc from 'fast-check';
import { day } from '../../../test/helpers/grid';
import type { CellValue, FieldName } from '../types';
import { checkClassified } from './classified/check-classified';
import type { RuleContext } from './context';
import { checkTextDates } from './dates/check-text-dates';
import type { Finding } from './finding';
import { AS_OF, checkWith } from './testing/check-with';
import { registerOf } from './testing/register-of';
import { checkClassification } from './values/check-classification';
import { checkUrgency } from './values/check-urgency';

/**
 * The rules below remember their words per distinct value for the whole register (the fast
 * path). A register of one row remembers nothing worth the name (the general path): checking a
 * register must equal checking each of its rows alone, message by message.
 */
const FIELDS: readonly FieldName[] = ['serialNo', 'receivedDate', 'classification', 'urgency', 'copyNo', 'completedDate', 'result', 'returnedDate', 'remarks'];

const date = fc.constantFrom<CellValue>(day(2026, 3, 5), '2026.3.5', '3月18日', '3月18日', '2026年3月5日', '２０２６．３．９', 46086, 46086, '待定', null, ' ');
const level = fc.constantFrom<CellValue>('非密', '秘密', '秘密★1年', '机 密', ' 绝密 ', '秘级', '秘密级', '内部', '', '-', null, 3);
const urgency = fc.constantFrom<CellValue>('平件', '特急', '急件', ' 急件', '紧急', 'x', null, '—', 5);
const note = fc.constantFrom<CellValue>(null, '份号003', '份号：A12', '已清退', '已 清退', '备注', 7);
const row = fc.tuple(date, level, urgency, fc.constantFrom<CellValue>(null, '000123', '-'), date, fc.constantFrom<CellValue>('已办结', '已收回', null), fc.constantFrom<CellValue>(null, '2026.2.1', day(2026, 2, 1)), note);

const FAMILIES: ReadonlyArray<[string, (ctx: RuleContext) => Finding[]]> = [
  ['checkTextDates', checkTextDates],
  ['checkClassification', checkClassification],
  ['checkUrgency', checkUrgency],
  ['checkClassified', checkClassified],
];

describe('rules that remember per distinct value, against each row checked alone', () => {
  it.each(FAMILIES)('%s', (_name, family) => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), fc.constantFrom(2025, 2026, null), fc.constantFrom<'incoming' | 'outgoing'>('incoming', 'outgoing'), (rows, year, kind) => {
        const cells = rows.map((r, i) => [i + 1, ...r]);
        const spec = { kind, year, fields: [...FIELDS] };
        const whole = checkWith(family, registerOf({ ...spec, rows: cells }), { asOf: AS_OF });
        const alone = cells.flatMap((r, i) => checkWith(family, registerOf({ ...spec, rows: [r], firstRow: 3 + i }), { asOf: AS_OF }));
        expect(JSON.stringify(whole)).toBe(JSON.stringify(alone));
      }),
      { numRuns: 200 },
    );
  });
});
