/**
 * Reads one workbook's registers for the year-end package: open, scan, keep the registers. Runs in
 * the command's own thread or in a worker (summary-worker.ts); every failure comes back as the
 * clerk's sentence, never thrown, so that one bad file never stops the others.
 */
import * as path from 'node:path';
import { collectSummarySource } from '../../app/summaries/collect-summary-source';
import type { ScanOptions } from '../../app/scan-workbook';
import { toFailure } from '../failure';
import { openWorkbook } from '../open-workbook';
import { failureData, type FileReading } from './file-reading';
import type { XlsxHost } from '../../hosts/xlsx/xlsx-host';
import type { OpenFileOptions } from '../open-workbook';

/**
 * `options`: the pool shared by the package's workbooks, the bytes when already being read.
 * @example const reading = await readSummaryFile('城关镇.xlsx'); if (reading.ok) sources.push(reading.source);
 */
export async function readSummaryFile(file: string, options: OpenFileOptions = {}): Promise<FileReading> {
  try {
    const { host } = await openWorkbook(file, options);
    return await collectFrom(host, file);
  } catch (e) {
    return { ok: false, failure: failureData(toFailure(file, e)) };
  }
}

/**
 * The registers of a workbook already open; `known` spares reading again what the caller has
 * (the first workbook's settings and sheet list, read for the package's context).
 */
export async function collectFrom(host: XlsxHost, file: string, known: Pick<ScanOptions, 'settings' | 'sheetInfos'> = {}): Promise<FileReading> {
  try {
    const { source } = await collectSummarySource(host, path.basename(file), known);
    return { ok: true, source };
  } catch (e) {
    return { ok: false, failure: failureData(toFailure(file, e)) };
  }
}
