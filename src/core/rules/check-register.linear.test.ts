import { day } from '../../../test/helpers/grid';
import type { CellValue, Register } from '../types';
import { checkRegister } from './check-register';
import { checkWorkbook } from './check-workbook';
import { DEFAULT_RULE_SETTINGS } from './settings/rule-settings';
import { AS_OF } from './testing/check-with';
import { registerOf } from './testing/register-of';

const FIELDS = ['serialNo', 'receivedDate', 'sender', 'docNumber', 'title', 'classification', 'urgency', 'handler', 'deadline', 'completedDate', 'result', 'supervised'] as const;
const settings = { ...DEFAULT_RULE_SETTINGS, handlers: ['县财政局', '县民政局', '综合科'] };

/**
 * A register with every kind of row: clean ones, planted faults, text dates, duplicates. Numbers
 * have the same width in every row, so a longer register has more rows, not longer ones.
 */
function buildRows(n: number): CellValue[][] {
  return Array.from({ length: n }, (_, i) => {
    const month = (i % 12) + 1;
    const d = (i % 28) + 1;
    const fault = i % 10;
    const serial = 100_000 + i;
    return [
      fault === 3 ? serial - 1 : serial,
      fault === 1 ? `2026.${month}.${d}` : day(2026, month, d),
      fault === 6 ? '县财正局' : '县财政局',
      fault === 2 ? `县财发[2026]${serial}号` : `县财发〔2026〕${serial}号`,
      fault === 4 ? null : `关于第${serial}项工作的通知`,
      fault === 5 ? '秘密' : '普通',
      fault === 7 ? '急件' : '加急',
      fault === 6 ? '县财正局' : '县财政局',
      '5个工作日',
      fault === 8 ? null : day(2026, month, d),
      fault === 9 ? '办理中' : '已办结',
      fault === 0 ? '是' : '否',
    ];
  });
}

/** CPU time of the fastest of five runs: descheduling on a shared machine does not count. */
function timeCheck(register: Register): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 5; run += 1) {
    const before = process.cpuUsage();
    checkRegister(register, { asOf: AS_OF, settings });
    checkWorkbook([register], { asOf: AS_OF, settings });
    const used = process.cpuUsage(before);
    best = Math.min(best, used.user + used.system);
  }
  return best;
}

describe('checking time', () => {
  it('grows linearly with rows: 20,000 rows take under fifteen times as long as 2,000', () => {
    const small = registerOf({ fields: [...FIELDS], rows: buildRows(2_000) });
    const large = registerOf({ fields: [...FIELDS], rows: buildRows(20_000) });
    timeCheck(small);
    expect(timeCheck(large) / timeCheck(small)).toBeLessThan(15);
  });
});
