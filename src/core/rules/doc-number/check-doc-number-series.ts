/**
 * An outgoing register's numbers, series by series (one 机关代字 in one year: 县政办发〔2026〕,
 * 县政办函〔2026〕 …): numbers used twice, and the numbers missing between the smallest and the
 * largest. One finding per series lists every gap compactly (9, 12–14). Hash maps and one sort
 * per series: no row is compared with every other row.
 */
import type { CellRef, RegisterRecord } from '../../types';
import { locateCell, makeFinding, nameCell, nameField, type RuleContext } from '../context';
import type { Finding } from '../finding';
import { findMissingRuns, formatRuns } from './compact-ranges';
import { findRowYear } from './check-doc-number-form';
import { fullYear } from './parse-doc-number';

interface Series {
  readonly agency: string;
  readonly year: number;
  /** Serial → the records carrying it, in sheet order. */
  readonly entries: Map<number, RegisterRecord[]>;
}

function collectSeries(ctx: RuleContext): Map<string, Series> {
  const all = new Map<string, Series>();
  for (const record of ctx.register.records) {
    const number = ctx.readDocNumber(record);
    if (!number || number.year === null || number.serial === null) continue;
    const agency = number.agency.replace(/\s+/g, '');
    const year = fullYear(number.year, findRowYear(record)?.year ?? null);
    const key = `${agency}|${year}`;
    let series = all.get(key);
    if (!series) {
      series = { agency, year, entries: new Map() };
      all.set(key, series);
    }
    const rows = series.entries.get(number.serial);
    if (rows) rows.push(record);
    else series.entries.set(number.serial, [record]);
  }
  return all;
}

function reportDuplicates(ctx: RuleContext, series: Series, serial: number, records: readonly RegisterRecord[]): Finding[] {
  const first = records[0];
  const firstCell = locateCell(ctx, first.row, 'docNumber');
  const related: CellRef[] = firstCell ? [firstCell] : [];
  const number = `${series.agency}〔${series.year}〕${serial}号`;
  return records.slice(1).map((record) =>
    makeFinding(ctx, {
      rule: 'doc-number.duplicate',
      row: record.row,
      field: 'docNumber',
      related,
      message: {
        zh: `${nameCell(ctx, record.row, 'docNumber').zh} 的${nameField(ctx, 'docNumber').zh} ${number} 与 ${nameCell(ctx, first.row, 'docNumber').zh} 重号`,
        en: `${nameCell(ctx, record.row, 'docNumber').en} repeats ${number}, already used in ${nameCell(ctx, first.row, 'docNumber').en}`,
      },
      fix: {
        zh: '请核对两份文件的发文字号，改正登记错的一行',
        en: 'Check both documents and correct the row registered wrongly',
      },
    }),
  );
}

function reportGaps(ctx: RuleContext, series: Series, serials: readonly number[]): Finding | null {
  const runs = findMissingRuns(serials);
  if (runs.length === 0) return null;
  const missing = runs.reduce((n, [from, to]) => n + to - from + 1, 0);
  const after = series.entries.get(runs[0][1] + 1)?.[0];
  if (!after) return null;
  const name = `${series.agency}〔${series.year}〕`;
  const last = serials[serials.length - 1];
  return makeFinding(ctx, {
    rule: 'doc-number.gap',
    row: after.row,
    field: 'docNumber',
    message: {
      zh: `${nameCell(ctx, after.row, 'docNumber').zh}：${name}系列（${serials[0]}–${last}号）断号，缺少 ${formatRuns(runs, '、')} 号，共 ${missing} 个`,
      en: `${nameCell(ctx, after.row, 'docNumber').en}: series ${name} (${serials[0]}–${last}) lacks ${formatRuns(runs)}, ${missing} missing`,
    },
    fix: {
      zh: '请补登缺少的发文；作废或空号请登记一行并在备注中注明',
      en: 'Register the missing documents; for a voided number add a row saying so in the remarks',
    },
  });
}

/**
 * Finds repeated numbers and gaps in each document-number series of an outgoing register.
 * @example checkDocNumberSeries(ctx) // [{ rule: 'doc-number.gap', message: { zh: '县政办发〔2026〕系列（1–17号）缺少 9、12–14 号…' } }]
 */
export function checkDocNumberSeries(ctx: RuleContext): Finding[] {
  if (ctx.kind !== 'outgoing' || ctx.register.layout.columns.docNumber === undefined) return [];
  const findings: Finding[] = [];
  for (const series of collectSeries(ctx).values()) {
    for (const [serial, records] of series.entries) {
      if (records.length > 1) findings.push(...reportDuplicates(ctx, series, serial, records));
    }
    const serials = [...series.entries.keys()].sort((a, b) => a - b);
    const gap = reportGaps(ctx, series, serials);
    if (gap) findings.push(gap);
  }
  return findings;
}
