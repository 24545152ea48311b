/** Turns an assessed sheet into the `--json` shape and into the lines a clerk reads. */
import { formatDay } from '../core/dates/day';
import { columnLetter, cellAddress } from '../core/layout/address';
import { FIELD_LABELS, KIND_LABELS } from '../core/layout/field-labels';
import { readCellText } from '../core/text/cell-text';
import type { FieldName, Problem } from '../core/types';
import { problemsOf, type AssessedSheet } from '../app/assess-workbook';
import type { OverdueJson, ProblemJson, SheetJson } from './json-types';

export function problemJson(p: Problem): ProblemJson {
  return {
    cell: p.at ? cellAddress(p.at.row, p.at.col) : null,
    code: p.code,
    severity: p.severity,
    message: p.message.zh,
    ...(p.fix ? { fix: p.fix.zh } : {}),
  };
}

function columnsJson(s: AssessedSheet): Partial<Record<FieldName, string>> {
  const out: Partial<Record<FieldName, string>> = {};
  for (const [field, col] of Object.entries(s.layout.columns) as [FieldName, number][]) out[field] = columnLetter(col);
  return out;
}

function overdueJson(s: AssessedSheet): OverdueJson[] {
  if (!s.register || !s.assessment) return [];
  const records = new Map(s.register.records.map((r) => [r.row, r]));
  return s.assessment.items
    .filter((a) => a.status === 'overdue' && a.deadline)
    .map((a) => {
      const r = records.get(a.row);
      const title = r ? readCellText(r.values.title) || readCellText(r.values.matter) : '';
      const handler = r ? readCellText(r.values.handler) : '';
      return {
        row: a.row,
        deadline: a.deadline ? formatDay(a.deadline.day) : '',
        deadlineSource: a.deadline?.source ?? 'explicit',
        daysLate: a.daysLate?.calendar ?? 0,
        workingDaysLate: a.daysLate?.working ?? 0,
        ...(title ? { title } : {}),
        ...(handler ? { handler } : {}),
      };
    });
}

export function sheetJson(s: AssessedSheet): SheetJson {
  const base: SheetJson = {
    sheet: s.info.name,
    kind: s.layout.kind,
    confidence: Math.round(s.layout.confidence * 100) / 100,
    headerRows: s.layout.headerRows,
    dataRows: s.register?.dataRows ?? null,
    columns: columnsJson(s),
    records: s.register?.records.length ?? 0,
    problems: problemsOf(s).map(problemJson),
  };
  if (!s.assessment) return base;
  return { ...base, status: { ...s.assessment.counts }, overdue: overdueJson(s) };
}

/** "收文登记：收文登记簿，表头第 2 行，数据第 3–19 行，共 15 条" and the mapping under it. */
export function sheetLines(s: AssessedSheet): string[] {
  const name = `「${s.info.name}」`;
  if (!s.layout.kind) {
    const why = s.layout.problems[0]?.message.zh ?? '';
    return [`${name} 不是登记簿${why ? `（${why}）` : ''}`];
  }
  const kind = KIND_LABELS[s.layout.kind].zh;
  const [h1, h2] = s.layout.headerRows ?? [0, 0];
  const head = h1 === h2 ? `表头第 ${h1} 行` : `表头第 ${h1}–${h2} 行`;
  const data = s.register?.dataRows ? `数据第 ${s.register.dataRows[0]}–${s.register.dataRows[1]} 行` : '没有数据行';
  const lines = [`${name} ${kind}（把握 ${Math.round(s.layout.confidence * 100)}%），${head}，${data}，共 ${s.register?.records.length ?? 0} 条`];
  const mapping = (Object.entries(s.layout.columns) as [FieldName, number][])
    .sort((a, b) => a[1] - b[1])
    .map(([f, c]) => `${FIELD_LABELS[f].zh}=${columnLetter(c)}`);
  lines.push(`    列：${mapping.join('  ')}`);
  for (const alt of s.layout.alternatives) {
    lines.push(`    未采用：${columnLetter(alt.col)} 列「${alt.header.replace(/\s+/g, '')}」作为${FIELD_LABELS[alt.field].zh}（${alt.reason.zh}）`);
  }
  if (s.assessment) {
    const c = s.assessment.counts;
    lines.push(`    状态：逾期 ${c.overdue}，临期 ${c.dueSoon}，超期办结 ${c.doneLate}，按时办结 ${c.done}，在办 ${c.open}，无时限 ${c.noDeadline}`);
  }
  return lines;
}

/** Problems as indented lines, at most `limit` of them, then a count of the rest. */
export function problemLines(problems: readonly Problem[], limit = 20): string[] {
  const lines = problems.slice(0, limit).map((p) => {
    const where = p.at ? `${cellAddress(p.at.row, p.at.col)} ` : '';
    const tag = p.severity === 'error' ? '错误' : p.severity === 'warning' ? '注意' : '提示';
    return `    [${tag}] ${where}${p.message.zh}${p.fix ? `。${p.fix.zh}` : ''}`;
  });
  if (problems.length > limit) lines.push(`    ……另有 ${problems.length - limit} 条，用 --json 查看全部`);
  return lines;
}
