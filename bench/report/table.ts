/** The bench's results as the text tables `npm run bench` prints. */
import type { BenchResults } from './results';
import { forcedAtExcelLimit, forcedChunks } from './targets';

const MB = 1024 * 1024;

function table(title: string, head: readonly string[], rows: ReadonlyArray<ReadonlyArray<string>>): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [`\n${title}`, line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const ms = (v: number | undefined): string => (v === undefined ? '—' : v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)}`);
const duration = (v: number | undefined): string => (v === undefined ? '—' : v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);
const mb = (v: number | undefined): string => (v === undefined ? '—' : `${Math.round(v / MB)} MB`);
const kb = (v: number): string => `${(v / 1024).toFixed(1)} KB`;
const x = (a: number | undefined, b: number | undefined): string => (a === undefined || b === undefined || b === 0 ? '—' : `${(a / b).toFixed(2)}×`);

function engineTable(r: BenchResults): string {
  const rows = Object.entries(r.engine).map(([size, e]) => [
    size, ms(e.detect.medianMs), ms(e.read.medianMs), ms(e.validate.medianMs), ms(e.assess.medianMs), ms(e.yearEnd.medianMs), ms(e.analysisMs), ms(e.hostRead.medianMs), mb(r.memory.engine[size]),
  ]);
  return table('1. Engine on an in-memory grid (ms, median)', ['rows', 'detect', 'read', 'validate', 'assess', 'year-end', 'analysis', 'host read', 'peak RSS'], rows);
}

function fileTable(r: BenchResults): string {
  const rows = Object.entries(r.filePath).map(([size, f]) => [
    size, ms(f.mark.medianMs), ms(f.clear.medianMs), ms(f.summary.medianMs), ms(f.summaryMany?.medianMs), ms(f.exceljs.medianMs), ms(f.zipFloor.medianMs),
    x(f.mark.medianMs, f.zipFloor.medianMs), x(f.mark.medianMs, f.exceljs.medianMs), x(f.summary.medianMs, f.exceljs.medianMs),
  ]);
  const op = r.openpyxl;
  const big = op ? r.filePath[String(op.rows)] : undefined;
  const note = op ? `\nopenpyxl highlighter (${op.rows} rows): ${duration(op.ms)}, peak ${mb(op.peakRssBytes)}; mark ÷ openpyxl = ${x(big?.mark.medianMs, op.ms)}` : '';
  return table('2. File path, end to end (ms, median)', ['rows', 'mark', 'clear', 'summary', 'summary×N', 'ExcelJS', 'zip floor', 'mark/floor', 'mark/ExcelJS', 'summary/ExcelJS'], rows) + note;
}

function excelTable(r: BenchResults): string {
  const rows = Object.entries(r.excelPath).flatMap(([size, e]) =>
    (['scan', 'highlight', 'clear', 'check', 'yearEnd'] as const).map((step) => [
      size, step, String(e[step].roundTrips), String(e[step].roundTrips - forcedChunks(e[step])), String(e[step].roundTrips - forcedAtExcelLimit(e[step])),
      kb(e[step].requestBytes), kb(e[step].responseBytes), kb(Math.max(e[step].largestRequest, e[step].largestResponse)), ms(e[step].ms),
    ]),
  );
  return table('3. Excel path on the stand-in', ['rows', 'step', 'round trips', 'beyond forced (4 MB chunks)', 'beyond forced (5 MB)', 'sent', 'received', 'largest', 'ms'], rows);
}

function memoryTable(r: BenchResults): string {
  const rows = Object.entries(r.memory.filePath).map(([size, p]) => [size, mb(p.mark), mb(p.clear), mb(p.summary), mb(p.exceljsLoad), x(p.mark, p.exceljsLoad)]);
  const m = r.memory.million;
  const note = m ? `\n${m.rows} rows, mark: ${m.ok ? `${duration(m.ms)}, peak ${mb(m.peakRssBytes)}` : `failed after ${duration(m.ms)} — ${m.error}`}` : '';
  const flags = r.memory.cliNodeFlags.length > 0 ? `; register-desk with its launcher's ${r.memory.cliNodeFlags.join(' ')}` : '';
  const runs = Object.entries(r.memory.filePath).flatMap(([size, p]) =>
    p.samples ? [`\n${size} rows, every run: ${Object.entries(p.samples).map(([op, s]) => `${op} ${s.map((b) => mb(b).replace(' MB', '')).join('/')}`).join(', ')} MB`] : [],
  );
  return table(`4. Peak memory (RSS of a process doing only that, median of fresh processes${flags})`, ['rows', 'mark', 'clear', 'summary', 'ExcelJS load', 'mark/ExcelJS'], rows) + runs.join('') + note;
}

function bundleTable(r: BenchResults): string {
  const b = r.bundle;
  if (!b) return '\n5. Task pane bundle: not measured';
  return `\n5. Task pane bundle\ninitial JavaScript: ${kb(b.initialJsBytes)} raw, ${kb(b.initialJsGzipBytes)} gzipped (office.js apart: ${kb(b.officeJsBytes)}, ${kb(b.officeJsGzipBytes)} gzipped)\nfirst render in headless Chromium: ${ms(b.firstRenderMs)} ms (median of ${b.firstRenderRunsMs.length})`;
}

function targetTable(r: BenchResults): string {
  const mark = (m: boolean | null): string => (m === null ? '?' : m ? 'met' : 'MISSED');
  const num = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : v.toFixed(2));
  const rows = r.targets.map((t) => [mark(t.met), t.id, num(t.value), t.cpuValue === undefined ? '' : num(t.cpuValue), `≤ ${t.limit} ${t.unit}`.trim()]);
  return table('Targets (judged on wall-clock time; the CPU-time ratio beside it for a busy machine)', ['', 'target', 'value', 'on CPU', 'limit'], rows);
}

/**
 * Every table, for the terminal.
 * @example console.log(formatResults(results))
 */
export function formatResults(r: BenchResults): string {
  const m = r.machine;
  const head = `台账助手 bench — ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, node ${m.node}, ${m.os}; load ${m.loadAverage.join(' → ')}; ${(r.durationMs / 60_000).toFixed(1)} min (CPU ${(r.cpuMs / 60_000).toFixed(1)} min)`;
  const missing = r.missing.length ? `\n\nNot measured:\n${r.missing.map((s) => `- ${s}`).join('\n')}` : '';
  return [head, engineTable(r), fileTable(r), excelTable(r), memoryTable(r), bundleTable(r), targetTable(r)].join('\n') + missing;
}
