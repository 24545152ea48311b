/**
 * 考核汇总: per handling unit (and per person where the registers name one), a score built from
 * the scheme with every component shown, the rank, and the grade by forced distribution.
 */
import { compareDays, makeDay, type CalendarDay } from '../dates/day';
import type { FieldName, RegisterKind } from '../types';
import type { SpecTable } from '../sheet-spec';
import { buildAppraisalTable } from './appraisal/appraisal-table';
import { addHandlingItem, addSubmissionItem, createScoreParts, type ScoreParts } from './appraisal/score-appraisal';
import { ROUNDING_LABELS, applyShare } from './rounding';
import { createBuckets, readLabel, type BucketSet } from './tables/buckets';
import { LANDSCAPE, describeCommonNotes, describePeriodLine, isMultiSource, namePurpose, nameSummarySheet, numberCaptions } from './sheet-frame';
import { selectInPeriod } from './select-items';
import type { BuiltSheet, SummaryContext, SummaryItem } from './summary-types';

interface PersonParts extends ScoreParts {
  unit: string;
}

const HANDLING: readonly RegisterKind[] = ['incoming', 'supervision'];

/** The year before the period's start: units active then are appraised even with nothing now. */
function isInYearBefore(day: CalendarDay, from: CalendarDay): boolean {
  const start = makeDay(from.year - 1, from.month, from.day) ?? makeDay(from.year - 1, from.month, 28) ?? from;
  return compareDays(day, start) >= 0 && compareDays(day, from) < 0;
}

type OnFirst<A> = (acc: A, item: SummaryItem) => void;

function seed<A>(set: BucketSet<A>, ctx: SummaryContext, fields: Record<RegisterKind, FieldName>, multi: boolean, onFirst?: OnFirst<A>): void {
  for (const kind of [...HANDLING, 'submissions'] as const) {
    for (const item of ctx.data.items[kind]) {
      if (!item.day || !isInYearBefore(item.day, ctx.period.from)) continue;
      const name = readLabel(item.record, fields[kind]);
      if (name === '') continue;
      const acc = set.at(name, multi ? item.source : null);
      onFirst?.(acc, item);
    }
  }
}

function score<A extends ScoreParts>(set: BucketSet<A>, ctx: SummaryContext, fields: Record<RegisterKind, FieldName>, multi: boolean, onFirst?: OnFirst<A>): number {
  let unnamed = 0;
  const take = (item: SummaryItem, kind: RegisterKind): void => {
    const name = readLabel(item.record, fields[kind]);
    if (name === '') {
      if (kind !== 'submissions') unnamed += 1;
      return;
    }
    const acc = set.at(name, multi ? item.source : null);
    onFirst?.(acc, item);
    if (kind === 'submissions') addSubmissionItem(acc, item, ctx.scheme);
    else addHandlingItem(acc, item, kind, ctx.scheme);
  };
  for (const kind of HANDLING) for (const item of selectInPeriod(ctx.data.items[kind], ctx.period)) take(item, kind);
  for (const item of selectInPeriod(ctx.data.items.submissions, ctx.period)) take(item, 'submissions');
  return unnamed;
}

function describeSchemeNotes(ctx: SummaryContext, units: number): string[] {
  const s = ctx.scheme;
  const places = applyShare(units, s.excellentPercent, s.excellentRounding);
  return [
    `总分 = 基础分 ${s.base} + 按时办结每件 ${s.onTime} 分 + 逾期办结每件 ${s.late} 分 + 逾期未办结每件 ${s.overdue} 分（以上乘以权重：收文 ${s.weights.incoming}，督办 ${s.weights.supervision}）+ 信息采用（${s.adoption.map((l) => `${l.level} ${l.points}`).join('，')}）+ 满意度（满意 ${s.satisfaction.satisfied}，基本满意 ${s.satisfaction.basic}，不满意 ${s.satisfaction.dissatisfied}）。分值可在“考核计分办法”表中修改。`,
    '办理事项为统计期间内收到的文件和交办的督办事项（按收文日期、交办日期），状态按统计截至日判断；信息采用按报送日期计入。',
    `${s.grades.excellent}名额 = 参评单位数 × ${s.excellentPercent}%，${ROUNDING_LABELS[s.excellentRounding]}（本表 ${units} 个单位，${places} 个名额；按人考核另行计算）。`,
    `同分同名次（如 1、1、3）。${s.grades.excellent}名额按名次整组授予：并列的一组若全部评为${s.grades.excellent}会超出名额，则这一组及其后均不评${s.grades.excellent}，名额不因并列而突破。`,
    `总分最低的单位标注“${s.grades.bottom}”（并列均标注）；所有单位同分时不标注；${s.grades.bottom}单位不评${s.grades.excellent}。`,
    '上一年有办理或报送记录、本期没有的单位也参加考核，按基础分计。',
  ];
}

/**
 * @example buildAppraisalSummary(ctx).spec.tables[0].rows[0] // the best unit, its components, score, rank and grade
 */
export function buildAppraisalSummary(ctx: SummaryContext): BuiltSheet {
  const multi = isMultiSource(ctx);
  const unitFields: Record<RegisterKind, FieldName> = { incoming: 'handler', supervision: 'handler', outgoing: 'draftingUnit', submissions: 'sender' };
  const units = createBuckets<ScoreParts>(createScoreParts);
  seed(units, ctx, unitFields, multi);
  const unnamed = score(units, ctx, unitFields, multi);
  const tables: SpecTable[] = [buildAppraisalTable({ caption: '承办单位考核', nameHeader: '承办单位', groups: units.list(), scheme: ctx.scheme, bySource: multi })];
  const notes = describeSchemeNotes(ctx, units.list().length);
  if (unnamed > 0) notes.push(`另有 ${unnamed} 件办理事项未填写承办单位，未计入单位考核。`);
  if (units.list().length === 0) notes.unshift('没有可考核的单位：登记簿中没有填写承办单位（或报送单位）的记录。');
  const personField = (k: RegisterKind): boolean => ctx.data.fields[k].has('handlerPerson');
  if (HANDLING.some(personField) || personField('submissions')) {
    const personFields: Record<RegisterKind, FieldName> = { incoming: 'handlerPerson', supervision: 'handlerPerson', outgoing: 'handlerPerson', submissions: 'handlerPerson' };
    const people = createBuckets<PersonParts>(() => ({ ...createScoreParts(), unit: '' }));
    const noteUnit: OnFirst<PersonParts> = (acc, item) => {
      if (acc.unit === '') acc.unit = readLabel(item.record, item.record.values.handler !== undefined ? 'handler' : 'sender');
    };
    seed(people, ctx, personFields, multi, noteUnit);
    score(people, ctx, personFields, multi, noteUnit);
    const extra = { column: { header: '单位', width: 14, format: 'text' as const }, read: (p: PersonParts) => p.unit };
    tables.push(buildAppraisalTable({ caption: '个人考核', nameHeader: '姓名', groups: people.list(), scheme: ctx.scheme, bySource: multi, extra }));
  }
  return {
    spec: {
      name: nameSummarySheet(ctx.period, '考核汇总'),
      purpose: namePurpose('appraisal', ctx.period),
      title: `${ctx.period.label}考核汇总`,
      subtitle: describePeriodLine(ctx),
      tables: numberCaptions(tables),
      notes: [...notes, ...describeCommonNotes(ctx)],
      print: LANDSCAPE,
    },
    problems: [],
  };
}
