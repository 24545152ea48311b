/**
 * The two lists of the year-end package: overdue items still open (逾期未办结清单) and classified
 * documents not yet returned or destroyed (涉密文件清退清单). Both reach back past the period's
 * start: an item from an earlier year still open, or a copy still held, is still on the list.
 */
import { compareDays } from '../../dates/day';
import type { SpecColumn, SpecTable, SpecValue } from '../../sheet-spec';
import { LANDSCAPE, SOURCE_COLUMN, describeCommonNotes, describePeriodLine, formatDayZh, isMultiSource, namePurpose, nameSummarySheet } from '../sheet-frame';
import { readLabel } from '../tables/buckets';
import type { BuiltSheet, SummaryContext, SummaryItem } from '../summary-types';
import { isReturned, readClassifiedLevel } from './classified-return';
import { buildOverdueTable, sortOverdue } from './overdue-table';

const upToPeriodEnd = (ctx: SummaryContext) => (item: SummaryItem): boolean => item.day === null || compareDays(item.day, ctx.period.to) <= 0;

/**
 * @example buildOverdueListSheet(ctx).spec.name // '2026年度 逾期未办结清单'
 */
export function buildOverdueListSheet(ctx: SummaryContext): BuiltSheet {
  const multi = isMultiSource(ctx);
  const keep = upToPeriodEnd(ctx);
  const supervision = sortOverdue(ctx.data.items.supervision.filter(keep), ctx.data.sources);
  const incoming = sortOverdue(ctx.data.items.incoming.filter(keep), ctx.data.sources);
  return {
    spec: {
      name: nameSummarySheet(ctx.period, '逾期未办结清单'),
      purpose: namePurpose('overdue', ctx.period),
      title: `${ctx.period.label}逾期未办结事项清单`,
      subtitle: describePeriodLine(ctx),
      tables: [
        buildOverdueTable(`一、督查督办事项（${supervision.length} 件）`, supervision, multi),
        buildOverdueTable(`二、收文（${incoming.length} 件）`, incoming, multi),
      ],
      notes: [
        `列出截至${formatDayZh(ctx.asOf)}已过办理时限仍未办结的事项，含统计期间以前收到或交办的事项；按逾期工作日由多到少排列。`,
        '办理时限一栏注明时限的来历（登记的日期、登记的期限或默认时限）及计算单位。',
        ...describeCommonNotes(ctx),
      ],
      print: LANDSCAPE,
    },
    problems: [],
  };
}

const CLASSIFIED_COLUMNS: readonly SpecColumn[] = [
  { header: '登记表', width: 12, format: 'text' },
  { header: '行号', width: 6, format: 'integer' },
  { header: '收文编号', width: 9, format: 'text' },
  { header: '收文日期', width: 13, format: 'date' },
  { header: '来文单位', width: 16, format: 'text' },
  { header: '文号', width: 20, format: 'text' },
  { header: '标题', width: 36, format: 'text' },
  { header: '密级', width: 7, format: 'text' },
  { header: '份号', width: 8, format: 'text' },
  { header: '份数', width: 6, format: 'text' },
  { header: '承办单位', width: 14, format: 'text' },
];

function describeClassified(item: SummaryItem, level: string, multi: boolean): SpecValue[] {
  const r = item.record;
  const line: SpecValue[] = [
    item.sheet,
    r.row,
    readLabel(r, 'serialNo'),
    item.day ? { day: item.day } : null,
    readLabel(r, 'sender'),
    readLabel(r, 'docNumber'),
    readLabel(r, 'title'),
    level,
    readLabel(r, 'copyNo'),
    readLabel(r, 'copies'),
    readLabel(r, 'handler'),
  ];
  return multi ? [item.source, ...line] : line;
}

/**
 * @example buildClassifiedListSheet(ctx).spec.tables[0].rows.length // classified copies still held
 */
export function buildClassifiedListSheet(ctx: SummaryContext): BuiltSheet {
  const multi = isMultiSource(ctx);
  const keep = upToPeriodEnd(ctx);
  const rows: SpecValue[][] = [];
  for (const item of ctx.data.items.incoming) {
    if (!keep(item)) continue;
    const level = readClassifiedLevel(item.record);
    if (level && !isReturned(item.record, ctx.asOf)) rows.push(describeClassified(item, level, multi));
  }
  const table: SpecTable = { caption: `未清退（未销毁）的涉密文件（${rows.length} 份）`, columns: multi ? [SOURCE_COLUMN, ...CLASSIFIED_COLUMNS] : CLASSIFIED_COLUMNS, rows };
  return {
    spec: {
      name: nameSummarySheet(ctx.period, '涉密文件清退清单'),
      purpose: namePurpose('classified', ctx.period),
      title: `${ctx.period.label}涉密文件清退清单`,
      subtitle: describePeriodLine(ctx),
      tables: [table],
      notes: [
        `列出收文登记簿中密级为绝密、机密、秘密，截至${formatDayZh(ctx.asOf)}未登记清退（收回、销毁）日期，备注或办理结果中也未注明已清退、已销毁的文件，含统计期间以前收到的文件。`,
        '请逐份交回发文机关或按规定销毁，并在登记簿中填写清退日期。',
        ...describeCommonNotes(ctx),
      ],
      freezeHeader: true,
      print: LANDSCAPE,
    },
    problems: [],
  };
}
