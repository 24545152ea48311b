import fc from 'fast-check';
import type { SheetSpec, SpecTable } from '../../src/core/sheet-spec';
import { buildIncomingSummary } from '../../src/core/summaries/incoming-summary';
import { buildOutgoingSummary } from '../../src/core/summaries/outgoing-summary';
import { buildSubmissionsSummary } from '../../src/core/summaries/submissions-summary';
import { buildSupervisionSummary } from '../../src/core/summaries/supervision-summary';
import type { SummaryPeriod } from '../../src/core/summaries/period';
import { registerOf, type FixtureCell } from './register-fixture';
import { contextOf } from './summary-context';

const pad = (n: number): string => String(n).padStart(2, '0');
/** Days of 2025–2026 (and some empty cells), as the registers write them. */
const dayText = fc.option(fc.tuple(fc.integer({ min: 2025, max: 2026 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`), { freq: 8 });
const pick = (values: readonly string[]) => fc.option(fc.constantFrom(...values), { freq: 5 });

const incomingRow = fc.tuple(dayText, pick(['市政府办', '县委办', '市财政局', '縣委辦']), pick(['秘密', '机密★10年', '非密']), pick(['特急', '加急', '平件']), pick(['办公室', '财政局', '农业局', ' 财政局 ']), dayText, dayText, pick(['已办结', '办理中']));
const supervisionRow = fc.tuple(dayText, pick(['会议', '领导批示']), pick(['张书记', '李县长']), pick(['查办件', '阅办件']), pick(['办公室', '财政局']), dayText, dayText, pick(['满意', '基本满意', '不满意']));
const outgoingRow = fc.tuple(dayText, pick(['办公室', '财政局']), pick(['县政办发〔2026〕1号', '县财发〔2025〕2号']));
const submissionRow = fc.tuple(dayText, pick(['办公室', '财政局']), pick(['钱七', '王五']), pick(['县级', '市级采用', '未采用', '采用']));

const period = fc.oneof(
  fc.constant<SummaryPeriod>({ kind: 'year', year: 2026 }),
  fc.integer({ min: 1, max: 4 }).map((q): SummaryPeriod => ({ kind: 'quarter', year: 2026, quarter: q as 1 | 2 | 3 | 4 })),
  fc.integer({ min: 1, max: 12 }).map((m): SummaryPeriod => ({ kind: 'month', year: 2025, month: m })),
  fc.constant<SummaryPeriod>({ kind: 'range', from: { year: 2025, month: 11, day: 15 }, to: { year: 2026, month: 2, day: 10 } }),
);

/** The 合计 row's count, and the sum of the rows above it, in the column headed `header`. */
function totals(table: SpecTable, header: string): { total: number; sum: number } {
  const col = table.columns.findIndex((c) => c.header === header);
  const body = table.rows.filter((r) => r[0] !== '合计');
  const last = table.rows.find((r) => r[0] === '合计');
  return { total: Number(last?.[col]), sum: body.reduce((s, r) => s + Number(r[col]), 0) };
}

/** Every table with a 合计 row and a count column adds up to `expected`; gives how many were checked. */
function expectTablesAddUp(spec: SheetSpec, header: string, expected: number, skip: readonly string[] = []): number {
  let checked = 0;
  for (const table of spec.tables) {
    if (!table.rows.some((r) => r[0] === '合计') || !table.columns.some((c) => c.header === header) || skip.some((s) => table.caption?.includes(s))) continue;
    expect({ caption: table.caption, ...totals(table, header) }).toEqual({ caption: table.caption, total: expected, sum: expected });
    checked += 1;
  }
  return checked;
}

const monthSum = (spec: SheetSpec): number => spec.tables.find((t) => t.caption?.includes('按月份'))?.rows.reduce((s, r) => s + Number(r[1]), 0) ?? NaN;

const inPeriodCount = (days: ReadonlyArray<FixtureCell>, from: string, to: string): number => days.filter((d) => typeof d === 'string' && d >= from && d <= to).length;

describe('totals in every by-X table add up to the period’s count', () => {
  it('holds for any registers and any period', () => {
    fc.assert(
      fc.property(fc.array(incomingRow, { maxLength: 30 }), fc.array(supervisionRow, { maxLength: 20 }), fc.array(outgoingRow, { maxLength: 20 }), fc.array(submissionRow, { maxLength: 20 }), period, (inc, sup, out, sub, p) => {
        const registers = [
          registerOf('incoming', '收文', ['receivedDate', 'sender', 'classification', 'urgency', 'handler', 'deadline', 'completedDate', 'result'], inc),
          registerOf('supervision', '督办', ['assignedDate', 'source', 'leader', 'category', 'handler', 'deadline', 'completedDate', 'satisfaction'], sup),
          registerOf('outgoing', '发文', ['issuedDate', 'draftingUnit', 'docNumber'], out),
          registerOf('submissions', '信息', ['issuedDate', 'sender', 'handlerPerson', 'adoption'], sub),
        ];
        const ctx = contextOf([{ source: '本单位', registers }], { period: p });
        const from = `${ctx.period.from.year}-${pad(ctx.period.from.month)}-${pad(ctx.period.from.day)}`;
        const to = `${ctx.period.to.year}-${pad(ctx.period.to.month)}-${pad(ctx.period.to.day)}`;

        const incoming = buildIncomingSummary(ctx).spec;
        const nIn = inPeriodCount(inc.map((r) => r[0]), from, to);
        expect(incoming.tables[0].rows[0][1]).toBe(nIn);
        expect(monthSum(incoming)).toBe(nIn);
        expect(expectTablesAddUp(incoming, '件数', nIn)).toBe(4); // 来文单位, 密级, 紧急程度, 承办单位

        const supervision = buildSupervisionSummary(ctx).spec;
        const nSup = inPeriodCount(sup.map((r) => r[0]), from, to);
        expect(monthSum(supervision)).toBe(nSup);
        expect(expectTablesAddUp(supervision, '件数', nSup, ['满意度', '建议提案'])).toBe(4); // 来源, 类别, 领导, 承办单位

        const outgoing = buildOutgoingSummary(ctx).spec;
        const nOut = inPeriodCount(out.map((r) => r[0]), from, to);
        expect(monthSum(outgoing)).toBe(nOut);
        expect(expectTablesAddUp(outgoing, '件数', nOut)).toBe(1);

        const submissions = buildSubmissionsSummary(ctx).spec;
        const nSub = inPeriodCount(sub.map((r) => r[0]), from, to);
        expect(monthSum(submissions)).toBe(nSub);
        expect(expectTablesAddUp(submissions, '报送件数', nSub)).toBe(2); // 单位, 报送人
      }),
      { numRuns: 60 },
    );
  });
});
