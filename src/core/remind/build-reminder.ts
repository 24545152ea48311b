/**
 * The 催办单 (reminder sheet): overdue and due-soon items grouped by handling unit, ready to print
 * on A4 landscape and hand to each unit, with blank contact and follow-up columns for the clerk.
 */
import { formatDay, type CalendarDay } from '../dates/day';
import { describeDeadline } from '../deadlines/describe-deadline';
import type { Assessment } from '../status/assessment-types';
import { readCellText } from '../text/cell-text';
import type { Register, RegisterRecord } from '../types';
import type { SheetSpec, SpecRowStyle, SpecValue } from '../sheet-spec';

export const REMINDER_PURPOSE = 'remind';

/** One register with its assessment, as the reminder needs it. */
export interface ReminderSource {
  readonly sheet: string;
  readonly register: Register;
  readonly items: readonly Assessment[];
}

interface Item {
  readonly sheet: string;
  readonly record: RegisterRecord;
  readonly assessment: Assessment;
  readonly unit: string;
}

const NO_UNIT = '（未填承办单位）';

const COLUMNS = [
  { header: '序号', width: 6, format: 'integer' as const },
  { header: '登记表', width: 12 },
  { header: '行号', width: 6, format: 'integer' as const },
  { header: '文件标题 / 督办事项', width: 40 },
  { header: '文号 / 编号', width: 18 },
  { header: '责任人', width: 10 },
  { header: '办理时限', width: 14, format: 'date' as const },
  { header: '时限依据', width: 22 },
  { header: '状态', width: 8 },
  { header: '逾期工作日', width: 10, format: 'integer' as const },
  { header: '逾期自然日', width: 10, format: 'integer' as const },
  { header: '联系人及电话', width: 16 },
  { header: '催办记录', width: 20 },
];

function titleOf(r: RegisterRecord): string {
  return readCellText(r.values.title) || readCellText(r.values.matter);
}

function numberOf(r: RegisterRecord): string {
  return readCellText(r.values.docNumber) || readCellText(r.values.serialNo);
}

function rowOf(i: number, it: Item): SpecValue[] {
  const a = it.assessment;
  const deadline = a.deadline;
  return [
    i,
    it.sheet,
    it.record.row,
    titleOf(it.record),
    numberOf(it.record),
    readCellText(it.record.values.handlerPerson),
    deadline ? { day: deadline.day } : null,
    deadline ? describeDeadline(deadline).zh : '',
    a.status === 'overdue' ? '逾期' : '临期',
    a.status === 'overdue' ? (a.daysLate?.working ?? null) : null,
    a.status === 'overdue' ? (a.daysLate?.calendar ?? null) : null,
    '',
    '',
  ];
}

/**
 * @example
 * buildReminderSheet([{ sheet: '收文登记', register, items }], { year: 2026, month: 11, day: 20 }).tables[0].rows
 */
export function buildReminderSheet(sources: readonly ReminderSource[], asOf: CalendarDay): SheetSpec {
  const byUnit = new Map<string, Item[]>();
  for (const s of sources) {
    const records = new Map(s.register.records.map((r) => [r.row, r]));
    for (const a of s.items) {
      if (a.status !== 'overdue' && a.status !== 'dueSoon') continue;
      const record = records.get(a.row);
      if (!record) continue;
      const unit = readCellText(record.values.handler) || NO_UNIT;
      const list = byUnit.get(unit) ?? [];
      list.push({ sheet: s.sheet, record, assessment: a, unit });
      byUnit.set(unit, list);
    }
  }
  const units = [...byUnit.keys()].sort((a, b) => (a === NO_UNIT ? 1 : b === NO_UNIT ? -1 : a.localeCompare(b, 'zh-CN')));
  const rows: SpecValue[][] = [];
  const styles: SpecRowStyle[] = [];
  let n = 0;
  for (const unit of units) {
    const items = byUnit.get(unit) ?? [];
    // Most overdue first: the unit's worst items lead its list.
    items.sort((x, y) => (y.assessment.daysLate?.working ?? -1) - (x.assessment.daysLate?.working ?? -1));
    const overdue = items.filter((i) => i.assessment.status === 'overdue').length;
    rows.push([`承办单位：${unit}（逾期 ${overdue} 件，临期 ${items.length - overdue} 件）`, ...COLUMNS.slice(1).map(() => null)]);
    styles.push('group');
    for (const it of items) {
      rows.push(rowOf(++n, it));
      styles.push(it.assessment.status === 'overdue' ? 'warning' : 'body');
    }
  }
  const asOfText = formatDay(asOf);
  return {
    name: '催办单',
    purpose: REMINDER_PURPOSE,
    title: '催办单',
    subtitle: `截至 ${asOfText}：逾期未办结和临近时限的事项，按承办单位分组`,
    tables: [{ columns: COLUMNS, rows, rowStyles: styles }],
    notes: [
      n === 0 ? `截至 ${asOfText} 没有逾期或临期事项。` : `共 ${n} 件。逾期天数从办理时限次日算起，工作日按国家法定节假日和调休安排计算。`,
      '请承办单位在催办记录栏签收并注明预计办结时间。',
    ],
    freezeHeader: true,
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatHeader: true },
  };
}
