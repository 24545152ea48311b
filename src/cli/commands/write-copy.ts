/**
 * The shared path of every command that writes a copy of a clerk's workbook: open, change through
 * the .xlsx host, check that the copy reads back, write it beside its name and rename.
 */
import { readBackCheck } from '../../hosts/xlsx/patch/verify-patched';
import type { XlsxHost } from '../../hosts/xlsx/xlsx-host';
import { writeOutput } from '../io';
import { openWorkbook } from '../open-workbook';

export interface CopyOptions {
  readonly output: string;
  readonly force?: boolean;
}

/** Runs `change` on the workbook and writes the patched copy; returns what `change` returned. */
export async function writePatchedCopy<T>(file: string, options: CopyOptions, change: (host: XlsxHost) => Promise<T>): Promise<T> {
  const { host, bytes } = await openWorkbook(file);
  const result = await change(host);
  await writeOutput(options.output, host.save(), { force: options.force, inputs: [file], verify: readBackCheck(bytes) });
  return result;
}
