/**
 * What reading one workbook for the year-end package gives, as plain data: the same shape whether
 * the file was read in this thread or in a worker, so that it crosses `postMessage` unchanged.
 */
import type { SummarySource } from '../../core/summaries/summary-types';
import { CliFailure } from '../failure';

/** A CliFailure without its class: structured cloning keeps fields, not prototypes. */
export interface FailureData {
  readonly file: string;
  readonly zh: string;
  readonly en: string;
  readonly where?: string;
  readonly code: string;
}

export type FileReading =
  | { readonly ok: true; readonly source: SummarySource }
  | { readonly ok: false; readonly failure: FailureData };

export function failureData(f: CliFailure): FailureData {
  return { file: f.file, zh: f.zh, en: f.en, ...(f.where !== undefined ? { where: f.where } : {}), code: f.code };
}

export function toCliFailure(d: FailureData): CliFailure {
  return new CliFailure(d.file, d.zh, d.en, d.where, d.code);
}
