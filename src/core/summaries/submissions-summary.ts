/**
 * 信息报送: pieces submitted and adopted in the period, by month, per submitting unit and per
 * person against the per-person quota, with points by adoption level from the scheme. Counted by
 * 报送日期 (an adoption counts in the period its piece was submitted).
 */
import type { SpecTable } from '../sheet-spec';
import { readAdoption } from './submissions/adoption';
import { buildPersonSubmissionTable, buildUnitSubmissionTable, type PersonTally } from './submissions/submission-tables';
import { addSubmission, createSubmissionTally, type SubmissionTally } from './submissions/submission-tally';
import { createBuckets, readLabel, sortBuckets } from './tables/buckets';
import { buildMonthTable, chartMonths } from './tables/month-table';
import { LANDSCAPE, describeCommonNotes, describePeriodLine, isMultiSource, namePurpose, nameSummarySheet, numberCaptions } from './sheet-frame';
import { selectInPeriod } from './select-items';
import type { BuiltSheet, SummaryContext, SummaryItem } from './summary-types';

function* daysOf(items: readonly SummaryItem[], keep: (item: SummaryItem) => boolean) {
  for (const item of items) if (item.day && keep(item)) yield item.day;
}

/**
 * Tables: 按月份 (charted), 按报送单位, 按报送人 (when the register names people), and 按工作簿
 * when several workbooks are summarised.
 * @example buildSubmissionsSummary(ctx).spec.purpose // 'summary:submissions:2026'
 */
export function buildSubmissionsSummary(ctx: SummaryContext): BuiltSheet {
  const items = selectInPeriod(ctx.data.items.submissions, ctx.period);
  const { scheme } = ctx;
  const levels = scheme.adoption;
  const multi = isMultiSource(ctx);
  const sources = ctx.data.sources;
  const fields = ctx.data.fields.submissions;
  const tables: SpecTable[] = [
    buildMonthTable('按月份', ctx.period, [
      { header: '报送件数', days: daysOf(items, () => true) },
      { header: '采用件数', days: daysOf(items, (i) => readAdoption(i.record.values.adoption, levels).adopted) },
    ]),
  ];
  const units = createBuckets<SubmissionTally>(() => createSubmissionTally(levels.length));
  const people = createBuckets<PersonTally>(() => ({ ...createSubmissionTally(levels.length), unit: '' }));
  const bySource = createBuckets<SubmissionTally>(() => createSubmissionTally(levels.length));
  for (const source of sources) bySource.at(source);
  for (const item of items) {
    const unit = readLabel(item.record, 'sender');
    addSubmission(units.at(unit, multi ? item.source : null), item, levels);
    addSubmission(bySource.at(item.source), item, levels);
    if (!fields.has('handlerPerson')) continue;
    const person = people.at(readLabel(item.record, 'handlerPerson'), multi ? item.source : null);
    if (person.submitted === 0) person.unit = unit;
    addSubmission(person, item, levels);
  }
  tables.push(buildUnitSubmissionTable('按报送单位', '报送单位', sortBuckets(units.list(), (t) => t.submitted, sources), scheme, multi));
  const notes = [
    '报送件数、采用件数按报送日期计入统计期间。',
    '采用率 = 采用件数 ÷ 报送件数；得分 = 各级采用篇数 × 该级分值之和（分值见“考核计分办法”：' + levels.map((l) => `${l.level} ${l.points} 分`).join('，') + '）。',
    '“采用情况”写明采用但未写级别的计入“级别未注明”，不计分。',
  ];
  if (fields.has('handlerPerson')) {
    tables.push(buildPersonSubmissionTable('按报送人', sortBuckets(people.list(), (t) => t.submitted, sources), scheme, multi));
    notes.push(`全年任务为每人 ${scheme.submissionQuota} 篇（见“考核计分办法”）；任务完成率 = 报送件数 ÷ 全年任务，非全年期间也按全年任务计算。`);
  } else notes.push('登记表没有“报送人”列，未按人统计。');
  if (multi) tables.push(buildUnitSubmissionTable('按工作簿', '工作簿', bySource.list(), scheme, false));
  if (!fields.has('adoption')) notes.push('登记表没有“采用情况”列，采用件数均为 0。');
  if (ctx.data.undated.submissions > 0) notes.push(`另有 ${ctx.data.undated.submissions} 条报送记录没有可识别的报送日期，未计入统计。`);
  return {
    spec: {
      name: nameSummarySheet(ctx.period, '信息报送统计'),
      purpose: namePurpose('submissions', ctx.period),
      title: `${ctx.period.label}信息报送统计`,
      subtitle: describePeriodLine(ctx),
      tables: numberCaptions(tables),
      notes: [...notes, ...describeCommonNotes(ctx)],
      print: LANDSCAPE,
      charts: [chartMonths('各月报送与采用件数', 0, 2)],
    },
    problems: [],
  };
}
