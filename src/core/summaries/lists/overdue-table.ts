/**
 * Overdue items still open, most late first, each with where it is (workbook, sheet, row), its
 * deadline with how it was reached (the unit always shows), and how late it is.
 */
import { describeDeadline } from '../../deadlines/describe-deadline';
import type { SpecColumn, SpecTable, SpecValue } from '../../sheet-spec';
import { SOURCE_COLUMN } from '../sheet-frame';
import { rankSources, readLabel } from '../tables/buckets';
import type { SummaryItem } from '../summary-types';

const COLUMNS: readonly SpecColumn[] = [
  { header: '登记表', width: 14, format: 'text' },
  { header: '行号', width: 6, format: 'integer' },
  { header: '编号', width: 10, format: 'text' },
  { header: '收文/交办日期', width: 13, format: 'date' },
  { header: '事项', width: 36, format: 'text' },
  { header: '承办单位', width: 16, format: 'text' },
  { header: '责任人', width: 10, format: 'text' },
  { header: '办理时限', width: 34, format: 'text' },
  { header: '逾期工作日', width: 10, format: 'integer' },
  { header: '逾期自然日', width: 10, format: 'integer' },
];

/** Code-unit order: the same on every machine, unlike a locale's collation. */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The items whose status is overdue, most working days late first, then by workbook, sheet and row.
 * @example sortOverdue(items, ['城关镇']).map((i) => i.record.row)
 */
export function sortOverdue(items: readonly SummaryItem[], sources: readonly string[]): SummaryItem[] {
  const late = (i: SummaryItem): number => i.assessment.daysLate?.working ?? 0;
  const rank = rankSources(sources);
  return items
    .filter((i) => i.assessment.status === 'overdue')
    .sort((a, b) => late(b) - late(a) || rank(a.source) - rank(b.source) || compareText(a.sheet, b.sheet) || a.record.row - b.record.row);
}

function describeMatter(item: SummaryItem): string {
  return readLabel(item.record, 'matter') || readLabel(item.record, 'title') || readLabel(item.record, 'docNumber');
}

/**
 * @example buildOverdueTable('逾期未办结事项', sortOverdue(items, sources), false).rows[0] // ['督办台账', 7, 'DB-3', …, 9, 11]
 */
export function buildOverdueTable(caption: string, overdue: readonly SummaryItem[], bySource: boolean): SpecTable {
  const rows = overdue.map((item): SpecValue[] => {
    const a = item.assessment;
    const line: SpecValue[] = [
      item.sheet,
      item.record.row,
      readLabel(item.record, 'serialNo'),
      item.day ? { day: item.day } : null,
      describeMatter(item),
      readLabel(item.record, 'handler'),
      readLabel(item.record, 'handlerPerson'),
      a.deadline ? describeDeadline(a.deadline).zh : '',
      a.daysLate?.working ?? null,
      a.daysLate?.calendar ?? null,
    ];
    return bySource ? [item.source, ...line] : line;
  });
  return { caption, columns: bySource ? [SOURCE_COLUMN, ...COLUMNS] : COLUMNS, rows };
}
