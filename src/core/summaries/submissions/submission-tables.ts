/** The per-unit and per-person tables of the 信息报送 summary. */
import type { SpecColumn, SpecRowStyle, SpecTable, SpecValue } from '../../sheet-spec';
import type { AppraisalScheme } from '../appraisal/appraisal-scheme';
import { SOURCE_COLUMN } from '../sheet-frame';
import type { Bucket } from '../tables/buckets';
import { EMPTY_LABEL } from '../tables/group-tables';
import { computeAdoptionRate, createSubmissionTally, mergeSubmissions, type SubmissionTally } from './submission-tally';

export interface PersonTally extends SubmissionTally {
  /** The unit of the person's first submission. */
  unit: string;
}

function levelColumns(scheme: AppraisalScheme): SpecColumn[] {
  return [
    ...scheme.adoption.map((l) => ({ header: `${l.level}采用`, width: 8, format: 'integer' as const })),
    { header: '级别未注明', width: 9, format: 'integer' },
    { header: '得分', width: 8, format: 'decimal1' },
  ];
}

const levelCells = (t: SubmissionTally): SpecValue[] => [...t.byLevel, t.unknownLevel, t.points];

function finish(caption: string, columns: SpecColumn[], rows: SpecValue[][]): SpecTable {
  return { caption, columns, rows, rowStyles: rows.map((_, i): SpecRowStyle => (i === rows.length - 1 ? 'total' : 'body')) };
}

/**
 * @example buildUnitSubmissionTable('按报送单位', '报送单位', groups, scheme, false).rows.at(-1)?.[0] // '合计'
 */
export function buildUnitSubmissionTable(caption: string, labelHeader: string, groups: readonly Bucket<SubmissionTally>[], scheme: AppraisalScheme, bySource: boolean): SpecTable {
  const total = createSubmissionTally(scheme.adoption.length);
  const cells = (t: SubmissionTally): SpecValue[] => [t.submitted, t.adopted, computeAdoptionRate(t), ...levelCells(t)];
  const rows = groups.map((g) => {
    mergeSubmissions(total, g.acc);
    const line = [g.label === '' ? EMPTY_LABEL : g.label, ...cells(g.acc)];
    return bySource ? [g.source ?? '', ...line] : line;
  });
  rows.push(bySource ? ['合计', '', ...cells(total)] : ['合计', ...cells(total)]);
  const columns: SpecColumn[] = [
    { header: labelHeader, width: 18, format: 'text' },
    { header: '报送件数', width: 9, format: 'integer' },
    { header: '采用件数', width: 9, format: 'integer' },
    { header: '采用率', width: 8, format: 'percent1' },
    ...levelColumns(scheme),
  ];
  return finish(caption, bySource ? [SOURCE_COLUMN, ...columns] : columns, rows);
}

/**
 * 任务完成率 = 报送件数 ÷ 全年任务 (the scheme's per-person quota).
 * @example buildPersonSubmissionTable('按报送人', groups, scheme, false).columns[3].header // '全年任务'
 */
export function buildPersonSubmissionTable(caption: string, groups: readonly Bucket<PersonTally>[], scheme: AppraisalScheme, bySource: boolean): SpecTable {
  const quota = scheme.submissionQuota;
  const total = createSubmissionTally(scheme.adoption.length);
  const rows = groups.map((g) => {
    mergeSubmissions(total, g.acc);
    const t = g.acc;
    const line: SpecValue[] = [g.label === '' ? EMPTY_LABEL : g.label, t.unit, t.submitted, quota, quota > 0 ? t.submitted / quota : null, t.adopted, computeAdoptionRate(t), ...levelCells(t)];
    return bySource ? [g.source ?? '', ...line] : line;
  });
  const people = groups.length;
  const totalLine: SpecValue[] = ['合计', '', total.submitted, quota * people, quota * people > 0 ? total.submitted / (quota * people) : null, total.adopted, computeAdoptionRate(total), ...levelCells(total)];
  rows.push(bySource ? ['合计', '', ...totalLine.slice(1)] : totalLine);
  const columns: SpecColumn[] = [
    { header: '报送人', width: 10, format: 'text' },
    { header: '单位', width: 16, format: 'text' },
    { header: '报送件数', width: 9, format: 'integer' },
    { header: '全年任务', width: 9, format: 'integer' },
    { header: '任务完成率', width: 10, format: 'percent1' },
    { header: '采用件数', width: 9, format: 'integer' },
    { header: '采用率', width: 8, format: 'percent1' },
    ...levelColumns(scheme),
  ];
  return finish(caption, bySource ? [SOURCE_COLUMN, ...columns] : columns, rows);
}
