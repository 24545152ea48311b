/** Reading a workbook file into an .xlsx host, with every failure turned into a clerk's sentence. */
import * as path from 'node:path';
import { XlsxHost } from '../hosts/xlsx/xlsx-host';
import { WorkbookOpenError } from '../hosts/xlsx/open-errors';
import { CliFailure } from './failure';
import { readInput } from './io';

export async function openWorkbook(file: string): Promise<{ host: XlsxHost; bytes: Uint8Array }> {
  const bytes = await readInput(file);
  try {
    return { host: XlsxHost.open(bytes, { fileName: path.basename(file) }), bytes };
  } catch (e) {
    if (e instanceof WorkbookOpenError) throw new CliFailure(file, e.zh, e.en, undefined, e.code);
    throw e;
  }
}
