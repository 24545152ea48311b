/**
 * The shared path of every command that writes a copy of a clerk's workbook: open, change through
 * the .xlsx host, check that the copy reads back, write it beside its name and rename.
 */
import { readBackCheck } from '../../hosts/xlsx/patch/verify-patched';
import type { XlsxHost } from '../../hosts/xlsx/xlsx-host';
import type { XlsxEditingHost } from '../../hosts/xlsx/xlsx-editing-host';
import { NODE_CODEC } from '../node-codec';
import { writeOutput } from '../io';
import { openWorkbook } from '../open-workbook';

export interface CopyOptions {
  readonly output: string;
  readonly force?: boolean;
}

/** Runs `change` on the workbook and writes the patched copy; returns what `change` returned. */
export async function writePatchedCopy<T>(file: string, options: CopyOptions, change: (host: XlsxHost) => Promise<T>): Promise<T> {
  const { bytes, patched, result } = await patchWorkbook(file, change);
  await writeOutput(options.output, patched, { force: options.force, inputs: [file], verify: readBackCheck(bytes, NODE_CODEC) });
  return result;
}

/**
 * Opens, changes and saves; the host (and the sheet it keeps inflated) is let go on return, so
 * the check that follows does not hold it beside the two packages it reads.
 * @example const { bytes, patched } = await patchWorkbook('收文.xlsx', (host) => highlightOverdue(host))
 */
export async function patchWorkbook<T>(file: string, change: (host: XlsxEditingHost) => Promise<T>): Promise<{ bytes: Uint8Array; patched: Uint8Array; result: T }> {
  const { host, bytes } = await openWorkbook(file);
  const result = await change(host);
  return { bytes, patched: host.save(), result };
}
