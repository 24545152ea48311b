/**
 * The read-back check for a copy whose values were changed on purpose: the patched bytes must
 * open, every part must inflate, every edited cell must hold its new value, and every other cell
 * of every sheet must hold exactly what it held before. (verify-patched.ts checks copies whose
 * values must not change at all.)
 */
import type { CellValue } from '../../../core/types';
import { WorkbookPackage, type SheetPart } from '../package';
import { toCellAddress } from '../patch/cell-ref';
import { MAX_ROW } from '../read/cell-ref';
import { readSheetTop } from '../read/sheet-readers';
import { isSameCellValue } from './edit-values';

/** A cell an edit wrote, with the value it must read back as. */
export interface WrittenCell {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
}

type Rows = ReadonlyArray<ReadonlyArray<CellValue | undefined>>;

function readAll(pkg: WorkbookPackage, sheet: SheetPart): Rows {
  return readSheetTop(pkg, sheet, MAX_ROW, undefined, { merges: false }).rows;
}

function sameRaw(a: WorkbookPackage, b: WorkbookPackage, path: string): boolean {
  const x = a.entry(path);
  const y = b.entry(path);
  if (!x || !y || x.crc32 !== y.crc32 || x.size !== y.size) return false;
  const rx = x.read();
  const ry = y.read();
  return rx.every((byte, i) => byte === ry[i]);
}

/** The first cell of a sheet that does not read back as it should, as "D4", or null. */
function findMismatch(before: Rows, after: Rows, written: ReadonlyMap<string, CellValue>): string | null {
  const rowCount = Math.max(before.length, after.length);
  for (let r = 0; r < rowCount; r++) {
    const a = before[r] ?? [];
    const b = after[r] ?? [];
    for (let c = 0; c < Math.max(a.length, b.length); c++) {
      const key = `${r + 1}:${c}`;
      const expected = written.has(key) ? (written.get(key) as CellValue) : (a[c] ?? null);
      if (!isSameCellValue(b[c], expected)) return toCellAddress(r + 1, c);
    }
  }
  for (const key of written.keys()) {
    const [row, col] = key.split(':').map(Number);
    if (row > rowCount && !isSameCellValue(undefined, written.get(key) as CellValue)) return toCellAddress(row, col);
  }
  return null;
}

/**
 * Null when the patched copy reads back right, else a sentence (zh) naming the first problem.
 * @example verifyEdited(input, host.save(), [{ sheet: '收文登记', row: 4, col: 3, value: '县财发〔2026〕3号' }]) // null
 */
export function verifyEdited(original: Uint8Array, patched: Uint8Array, written: readonly WrittenCell[]): string | null {
  let before: WorkbookPackage;
  let after: WorkbookPackage;
  try {
    before = WorkbookPackage.open(original);
    after = WorkbookPackage.open(patched);
    for (const entry of after.zip.entries) entry.read();
  } catch (e) {
    return `修改后的工作簿无法完整读回（${e instanceof Error ? e.message : String(e)}）`;
  }
  const bySheet = new Map<string, Map<string, CellValue>>();
  for (const w of written) bySheet.set(w.sheet, (bySheet.get(w.sheet) ?? new Map<string, CellValue>()).set(`${w.row}:${w.col}`, w.value));
  for (const sheet of after.sheets) {
    if (sheet.kind !== 'worksheet' || !sheet.path) continue;
    const old = before.findSheet(sheet.name);
    const mine = bySheet.get(sheet.name) ?? new Map<string, CellValue>();
    if (!old || !old.path || (mine.size === 0 && sameRaw(before, after, sheet.path))) continue;
    try {
      const bad = findMismatch(readAll(before, old), readAll(after, sheet), mine);
      if (bad) return `修改后工作表"${sheet.name}"的 ${bad} 单元格与预期不一致`;
    } catch (e) {
      return `修改后工作表"${sheet.name}"无法读回（${e instanceof Error ? e.message : String(e)}）`;
    }
  }
  return null;
}
