/**
 * What a clerk can do to a workbook through the add-in, as data, so fast-check can generate
 * sequences of it and run them on either host: highlight, clear, a summary sheet and its
 * regeneration, the 催办单, the check's marks on wrong cells and their removal, settings, and
 * closing and reopening the workbook.
 */
import fc from 'fast-check';
import { checkWorkbookOn } from '../../../src/app/check/check-workbook-findings';
import { clearInvalidMarks, markInvalidCells } from '../../../src/app/check/mark-invalid-cells';
import { clearHighlights, highlightOverdue } from '../../../src/app/highlight';
import { writeReminder } from '../../../src/app/remind';
import type { CalendarDay } from '../../../src/core/dates/day';
import type { SheetSpec } from '../../../src/core/sheet-spec';
import type { RegisterHost } from '../../../src/hosts/host';

export type Operation =
  | { readonly kind: 'highlight'; readonly asOf: CalendarDay }
  | { readonly kind: 'clear' }
  | { readonly kind: 'remind'; readonly asOf: CalendarDay }
  | { readonly kind: 'summary'; readonly rows: number }
  | { readonly kind: 'checkMarks'; readonly asOf: CalendarDay }
  | { readonly kind: 'unmark' }
  | { readonly kind: 'settings' }
  | { readonly kind: 'reopen' };

/** A host and a way to close and reopen the workbook under it. */
export interface HostSession {
  host(): RegisterHost;
  reopen(): Promise<void>;
}

const AS_OF_DAYS: readonly CalendarDay[] = [
  { year: 2026, month: 3, day: 10 },
  { year: 2026, month: 11, day: 20 },
  { year: 2027, month: 2, day: 1 },
];

/** What a clerk does every day: marks of the statuses, summaries, the 催办单, settings, reopening. */
export const everydayOperationArb: fc.Arbitrary<Operation> = fc.oneof(
  fc.constantFrom(...AS_OF_DAYS).map((asOf): Operation => ({ kind: 'highlight', asOf })),
  fc.constant<Operation>({ kind: 'clear' }),
  fc.constantFrom(...AS_OF_DAYS).map((asOf): Operation => ({ kind: 'remind', asOf })),
  fc.integer({ min: 0, max: 4 }).map((rows): Operation => ({ kind: 'summary', rows })),
  fc.constant<Operation>({ kind: 'settings' }),
  fc.constant<Operation>({ kind: 'reopen' }),
);

/** Everyday work plus validation marks laid over (and taken off) the status marks. */
export const operationArb: fc.Arbitrary<Operation> = fc.oneof(
  everydayOperationArb,
  fc.constantFrom(...AS_OF_DAYS).map((asOf): Operation => ({ kind: 'checkMarks', asOf })),
  fc.constant<Operation>({ kind: 'unmark' }),
);

/** Register text that must stay text in a new sheet (design.md: never a formula). */
export const FORMULA_LIKE = ['=1+1', '+1', '-1', '@SUM(A1)', '=HYPERLINK("http://example.invalid","x")'];

/** A small summary sheet of the add-in's own; `rows` changes between regenerations. */
export function summarySpec(rows: number): SheetSpec {
  return {
    name: '台账汇总',
    purpose: 'summary:reliability',
    title: '收文办理情况汇总',
    tables: [
      {
        columns: [{ header: '承办单位' }, { header: '件数', format: 'integer' }, { header: '最早收文', format: 'date' }],
        rows: Array.from({ length: rows }, (_, i) => [FORMULA_LIKE[i % FORMULA_LIKE.length], i + 1, { day: { year: 2026, month: 3, day: i + 1 } }]),
      },
    ],
    notes: ['按收文日期统计'],
  };
}

/** Runs one operation; what the host refuses comes back as the error, not thrown. */
export async function runOperation(session: HostSession, op: Operation): Promise<unknown> {
  const host = session.host();
  try {
    switch (op.kind) {
      case 'highlight':
        await highlightOverdue(host, { asOf: op.asOf });
        break;
      case 'clear':
        await clearHighlights(host);
        break;
      case 'remind':
        await writeReminder(host, { asOf: op.asOf });
        break;
      case 'summary':
        await host.writeSheets([summarySpec(op.rows)]);
        break;
      case 'checkMarks':
        await markInvalidCells(host, await checkWorkbookOn(host, { asOf: op.asOf }));
        break;
      case 'unmark':
        await clearInvalidMarks(host);
        break;
      case 'settings':
        await host.writeSettings({ ...(await host.readSettings()), reliability: { writtenBy: 'round-trip suite' } });
        break;
      case 'reopen':
        await session.reopen();
        break;
    }
    return null;
  } catch (error) {
    return error;
  }
}

export function describeOperation(op: Operation): string {
  return 'asOf' in op ? `${op.kind}@${op.asOf.year}-${op.asOf.month}-${op.asOf.day}` : 'rows' in op ? `${op.kind}(${op.rows})` : op.kind;
}
