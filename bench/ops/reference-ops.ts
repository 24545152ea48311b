/**
 * The two references the file path is measured against: what a typical Node tool costs (load
 * and save through ExcelJS), and the physical floor of any tool that rewrites the sheet (inflate
 * and deflate its largest part with Node's zlib at the default level).
 */
import { readFileSync } from 'node:fs';
import * as zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { readZip } from '../../src/hosts/xlsx/zip/read-zip';

/** Loads a workbook with ExcelJS and saves it again. */
export async function excelJsRoundTrip(input: string, output: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  await workbook.xlsx.writeFile(output);
}

/** Loads a workbook with ExcelJS only (its peak memory is the reference for ours). */
export async function excelJsLoad(input: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  return workbook.worksheets[0]?.rowCount ?? 0;
}

export interface LargestPart {
  readonly name: string;
  /** Its deflated bytes as stored in the archive. */
  readonly stored: Uint8Array;
  readonly size: number;
}

/**
 * The entry with the most inflated bytes (the register's sheet).
 * @example largestPart('bench/work/registers/incoming-1000-s1.xlsx').name // 'xl/worksheets/sheet1.xml'
 */
export function largestPart(file: string): LargestPart {
  const zip = readZip(new Uint8Array(readFileSync(file)));
  const entry = [...zip.entries].sort((a, b) => b.size - a.size)[0];
  return { name: entry.name, stored: entry.raw(), size: entry.size };
}

/** The zip floor: inflate the part, deflate it again at zlib's default level. */
export function zipFloor(part: LargestPart): number {
  const xml = zlib.inflateRawSync(part.stored);
  return zlib.deflateRawSync(xml, { level: zlib.constants.Z_DEFAULT_COMPRESSION }).length;
}
