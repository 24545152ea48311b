/**
 * The check after saving: the patched bytes must open as a workbook, every part must inflate
 * with a good CRC, and every sheet the patch changed must hold exactly the values it held
 * before. The command line refuses to put a file in place that fails it.
 */
import type { CellValue, Problem } from '../../../core/types';
import { WorkbookPackage, type SheetPart } from '../package';
import { readSheetTop } from '../read/sheet-readers';
import { MAX_ROW } from '../read/cell-ref';
import { toCellAddress } from './cell-ref';

/** Differences reported at most, so a wholesale failure stays readable. */
const MAX_REPORTED = 5;

export interface VerifyResult {
  readonly ok: boolean;
  readonly problems: readonly Problem[];
}

/**
 * @example verifyPatched(input, host.save()).ok // true
 */
export function verifyPatched(original: Uint8Array, patched: Uint8Array): VerifyResult {
  const problems: Problem[] = [];
  let before: WorkbookPackage;
  let after: WorkbookPackage;
  try {
    before = WorkbookPackage.open(original);
    after = WorkbookPackage.open(patched);
    for (const entry of after.zip.entries) entry.read();
  } catch (e) {
    return { ok: false, problems: [unreadable(e instanceof Error ? e.message : String(e))] };
  }
  const oldByPath = new Map(before.sheets.filter(isWorksheet).map((s) => [s.path.toLowerCase(), s]));
  for (const sheet of after.sheets.filter(isWorksheet)) {
    const old = oldByPath.get(sheet.path.toLowerCase());
    try {
      if (!old) readSheetTop(after, sheet, MAX_ROW, undefined, { merges: false });
      else if (!sameRaw(before, after, sheet.path)) compareValues(old, readAll(before, old).rows, sheet, readAll(after, sheet).rows, problems);
    } catch (e) {
      problems.push(unreadable(`${sheet.name}: ${e instanceof Error ? e.message : String(e)}`));
    }
    if (problems.length >= MAX_REPORTED) break;
  }
  return { ok: problems.length === 0, problems };
}

function isWorksheet(s: SheetPart): boolean {
  return s.kind === 'worksheet' && s.path !== '';
}

function readAll(pkg: WorkbookPackage, sheet: SheetPart): ReturnType<typeof readSheetTop> {
  return readSheetTop(pkg, sheet, MAX_ROW, undefined, { merges: false });
}

function sameRaw(a: WorkbookPackage, b: WorkbookPackage, path: string): boolean {
  const x = a.entry(path);
  const y = b.entry(path);
  if (!x || !y || x.crc32 !== y.crc32 || x.compressedSize !== y.compressedSize) return false;
  const rx = x.raw();
  const ry = y.raw();
  for (let i = 0; i < rx.length; i++) if (rx[i] !== ry[i]) return false;
  return true;
}

type Rows = ReadonlyArray<ReadonlyArray<CellValue | undefined>>;

function compareValues(old: SheetPart, before: Rows, sheet: SheetPart, after: Rows, problems: Problem[]): void {
  const rowCount = Math.max(before.length, after.length);
  for (let r = 0; r < rowCount && problems.length < MAX_REPORTED; r++) {
    const a = before[r] ?? [];
    const b = after[r] ?? [];
    for (let c = 0; c < Math.max(a.length, b.length); c++) {
      if (!sameValue(a[c], b[c])) {
        problems.push(valueChanged(sheet.name, r + 1, c, old.name));
        if (problems.length >= MAX_REPORTED) return;
      }
    }
  }
}

function sameValue(x: CellValue | undefined, y: CellValue | undefined): boolean {
  const a = x ?? null;
  const b = y ?? null;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b || (Number.isNaN(a) && Number.isNaN(b));
  if (a.type === 'error' || b.type === 'error') return a.type === b.type && (a as { code: string }).code === (b as { code: string }).code;
  return a.type === b.type && a.serial === b.serial;
}

function unreadable(detail: string): Problem {
  return {
    code: 'xlsx.verify.unreadable',
    severity: 'error',
    message: { zh: `修改后的工作簿无法完整读回（${detail}）`, en: `The patched workbook does not read back (${detail}).` },
    fix: { zh: '原文件未改动；请把原文件副本交给维护人员排查', en: 'The original file was not changed; report the file.' },
  };
}

function valueChanged(sheet: string, row: number, col: number, oldName: string): Problem {
  const where = oldName === sheet ? sheet : `${oldName}→${sheet}`;
  return {
    code: 'xlsx.verify.valueChanged',
    severity: 'error',
    at: { sheet, row, col },
    message: {
      zh: `修改后工作表"${where}"的 ${toCellAddress(row, col)} 单元格内容与原文件不一致`,
      en: `Cell ${toCellAddress(row, col)} of sheet "${where}" differs from the original after patching.`,
    },
    fix: { zh: '原文件未改动；请把原文件副本交给维护人员排查', en: 'The original file was not changed; report the file.' },
  };
}

/**
 * The check in the form the command line's writer takes: null when the patched bytes read back
 * right, else the first problem's Chinese sentence.
 * @example writeOutput(target, bytes, { verify: readBackCheck(input) })
 */
export function readBackCheck(original: Uint8Array): (patched: Uint8Array) => string | null {
  return (patched) => {
    const result = verifyPatched(original, patched);
    return result.ok ? null : result.problems.map((p) => p.message.zh).join('；');
  };
}
