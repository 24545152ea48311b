/**
 * Reading a workbook file into an .xlsx host, with every failure turned into a clerk's sentence.
 * The editing host, so that re-highlighting keeps the invalid-cell marks of `check --mark`; Node's
 * native zlib as its codec.
 */
import * as path from 'node:path';
import { XlsxEditingHost } from '../hosts/xlsx/xlsx-editing-host';
import { WorkbookOpenError } from '../hosts/xlsx/open-errors';
import { CliFailure } from './failure';
import { readInput } from './io';
import { NODE_CODEC } from './node-codec';
import type { StringPool } from '../hosts/xlsx/read/string-pool';

export interface OpenFileOptions {
  /** The pool of the package this workbook is read for, when it is one of many. */
  readonly strings?: StringPool;
  /** The file's bytes, already being read (see summary/read-ahead.ts). */
  readonly bytes?: Promise<Uint8Array>;
}

export async function openWorkbook(file: string, options: OpenFileOptions = {}): Promise<{ host: XlsxEditingHost; bytes: Uint8Array }> {
  const bytes = await (options.bytes ?? readInput(file));
  try {
    return { host: XlsxEditingHost.open(bytes, { fileName: path.basename(file), codec: NODE_CODEC, strings: options.strings }), bytes };
  } catch (e) {
    if (e instanceof WorkbookOpenError) throw new CliFailure(file, e.zh, e.en, undefined, e.code);
    throw e;
  }
}
