/**
 * The command line's only contact with the file system: read an input workbook, and write an
 * output beside its final name first, check it, then rename — the input is never opened for writing.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CliFailure } from './failure';

/** Reads a whole input file; a missing or unreadable file becomes a clerk-readable failure. */
export async function readInput(file: string): Promise<Uint8Array> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new CliFailure(file, `找不到文件，请检查路径是否正确`, `file not found; check the path`, undefined, 'notFound');
  }
  if (stat.isDirectory()) {
    throw new CliFailure(file, `这是一个文件夹，不是工作簿文件`, `this is a folder, not a workbook`);
  }
  try {
    const buf = await fs.readFile(file);
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } catch {
    throw new CliFailure(file, `无法读取文件（可能正被其他程序占用或没有权限）`, `cannot read the file (in use or no permission)`);
  }
}

export interface WriteOptions {
  /** Replace an existing output file. */
  readonly force?: boolean;
  /** Input paths the output must never replace. */
  readonly inputs?: readonly string[];
  /** Reads the written bytes back; returns a zh reason when they do not read back right. */
  readonly verify?: (bytes: Uint8Array) => string | null;
}

/**
 * Writes `bytes` to `target` through a temporary file in the same folder and a rename, so a
 * crash never leaves half a workbook under the clerk's file name.
 */
export async function writeOutput(target: string, bytes: Uint8Array, options: WriteOptions = {}): Promise<void> {
  const resolved = path.resolve(target);
  for (const input of options.inputs ?? []) {
    // Another spelling of the same file (a link, or another case on Windows and macOS) is the input too.
    if (path.resolve(input) === resolved || (await isSameFile(input, resolved))) {
      throw new CliFailure(target, `输出文件不能与输入文件相同：本工具从不覆盖原文件，请用 -o 指定另一个文件名`, `the output must not be the input file; name another file with -o`, undefined, 'sameAsInput');
    }
  }
  if (!options.force && (await exists(resolved))) {
    throw new CliFailure(target, `输出文件已存在；如确需覆盖，请加上 --force`, `the output file exists; add --force to replace it`, undefined, 'exists');
  }
  if (options.verify) {
    const reason = options.verify(bytes);
    if (reason) throw new CliFailure(target, `生成的文件自检未通过（${reason}），未写出，原文件未改动`, `the written workbook failed its read-back check; nothing was written`);
  }
  await removeStaleTemps(resolved);
  const tmp = path.join(path.dirname(resolved), `${tempPrefix(resolved)}${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(tmp, bytes, { flag: 'wx' });
    await fs.rename(tmp, resolved);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new CliFailure(target, `无法写出文件（${code || '写入失败'}）：请检查文件夹是否存在、是否有写权限、文件是否在 Excel 中打开`, `cannot write the file (${code})`);
  }
}

/** Temporary files of a target are `.{name}.{pid}.{time}.tmp` beside it. */
function tempPrefix(resolved: string): string {
  return `.${path.basename(resolved)}.`;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A writer killed mid-write (power cut, killed task) cannot remove its temporary file; the next
 * write of the same target does, unless the process that owns it is still running.
 */
async function removeStaleTemps(resolved: string): Promise<void> {
  const dir = path.dirname(resolved);
  const prefix = tempPrefix(resolved);
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const m = name.startsWith(prefix) ? /^(\d+)\.\d+\.tmp$/.exec(name.slice(prefix.length)) : null;
    if (!m || isRunning(Number(m[1]))) continue;
    await fs.rm(path.join(dir, name), { force: true }).catch(() => undefined);
  }
}

async function isSameFile(a: string, b: string): Promise<boolean> {
  try {
    const [x, y] = await Promise.all([fs.stat(a, { bigint: true }), fs.stat(b, { bigint: true })]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}
