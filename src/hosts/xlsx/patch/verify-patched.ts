/**
 * The check after saving: the patched bytes must open as a workbook, every part the patch
 * changed must inflate with a good CRC, every other entry must be the original's raw bytes, and
 * every sheet the patch changed must hold exactly what it held before — compared as text, row by
 * row, streaming, with only the `s` attributes of `<c>` elements set aside (and the cells and
 * rows a mark inserts, which hold nothing but a style). So every value, formula and row survives,
 * and neither sheet is ever read whole. The command line refuses to put a file in place that
 * fails it.
 */
import type { CellValue, Problem } from '../../../core/types';
import { WorkbookPackage, type SheetPart } from '../package';
import { readSheetTop } from '../read/sheet-readers';
import { MAX_ROW } from '../read/cell-ref';
import { FFLATE_CODEC, type ZipCodec } from '../zip/codec';
import type { ZipEntry } from '../zip/zip-types';
import { parseIndex, toCellAddress } from './cell-ref';
import { compareSheetStreams } from './compare-sheet-streams';
import { RowCursor, SheetPieces, pullText } from './sheet-pieces';
import { scanCells, type RowToken } from './sheet-scan';
import { findTagEnd, isSelfClosing, readAttr, readTagName } from './xml-text';
import { stripCellStyles } from './strip-cell-styles';

/** Differences reported at most, so a wholesale failure stays readable. */
const MAX_REPORTED = 5;

export interface VerifyResult {
  readonly ok: boolean;
  readonly problems: readonly Problem[];
}

/**
 * @example verifyPatched(input, host.save()).ok // true
 */
export function verifyPatched(original: Uint8Array, patched: Uint8Array, codec: ZipCodec = FFLATE_CODEC): VerifyResult {
  const problems: Problem[] = [];
  let before: WorkbookPackage;
  let after: WorkbookPackage;
  const oldSheets = new Set<string>();
  try {
    before = WorkbookPackage.open(original, { codec });
    after = WorkbookPackage.open(patched, { codec });
    for (const s of before.sheets.filter(isWorksheet)) oldSheets.add(s.path.toLowerCase());
    for (const entry of after.zip.entries) {
      // Changed sheets are inflated (and their CRC checked) by the comparison below.
      const old = before.zip.get(entry.name);
      if (!old || !sameRaw(old, entry)) {
        if (!(old && oldSheets.has(entry.name.toLowerCase()))) drain(entry);
      }
    }
  } catch (e) {
    return { ok: false, problems: [unreadable(e instanceof Error ? e.message : String(e))] };
  }
  // Values held as shared-string indexes mean the same only over the same string table.
  const stringsPath = after.relatedPath('sharedStrings') ?? 'xl/sharedStrings.xml';
  const oldStrings = before.entry(stringsPath);
  const newStrings = after.entry(stringsPath);
  const sameStrings = oldStrings === undefined ? newStrings === undefined : newStrings !== undefined && sameRaw(oldStrings, newStrings);
  const oldByPath = new Map(before.sheets.filter(isWorksheet).map((s) => [s.path.toLowerCase(), s]));
  for (const sheet of after.sheets.filter(isWorksheet)) {
    const old = oldByPath.get(sheet.path.toLowerCase());
    try {
      const x = old && before.entry(old.path);
      const y = after.entry(sheet.path);
      if (!old || !x || !y) readSheetTop(after, sheet, MAX_ROW, undefined, { merges: false });
      else if (sameRaw(x, y)) continue;
      else if (sameStrings) compareSheetText(old, x, sheet, y, problems);
      else compareValues(old, readAll(before, old).rows, sheet, readAll(after, sheet).rows, problems);
    } catch (e) {
      problems.push(unreadable(`${sheet.name}: ${e instanceof Error ? e.message : String(e)}`));
    }
    if (problems.length >= MAX_REPORTED) break;
  }
  return { ok: problems.length === 0, problems };
}

/** Inflates an entry to its end: its size and CRC are checked there. */
function drain(entry: ZipEntry): void {
  const next = entry.pull();
  while (next() !== null);
}

/**
 * A changed sheet against its original, row by row: rows whose text is the same are passed at
 * once; others must be the same once `s` attributes and style-only cells and rows are set aside.
 */
function compareSheetText(old: SheetPart, x: ZipEntry, sheet: SheetPart, y: ZipEntry, problems: Problem[]): void {
  const pullX = x.pull();
  const pullY = y.pull();
  const found = compareSheetStreams(pullX, pullY, (text) => normaliseRow(text, 0));
  if (found.kind === 'same') {
    // The comparison read both to their ends; past them the size and CRC are checked.
    while (pullX() !== null || pullY() !== null);
    return;
  }
  if (found.kind === 'headChanged') {
    problems.push(unreadable(`${sheet.name}: <sheetData> 之前的内容被改动`));
    return;
  }
  if (found.kind === 'rowChanged') {
    const normA = found.before === null ? null : normaliseRow(found.before, 0);
    const normB = found.after === null ? null : normaliseRow(found.after, 0);
    problems.push(valueChanged(sheet.name, found.row, firstDifference(normA, normB), old.name));
    return;
  }
  const a = new SheetPieces(pullText(x.name, x.pull()));
  const b = new SheetPieces(pullText(y.name, y.pull()));
  const headA = a.next();
  const headB = b.next();
  if (headA?.kind !== 'head' || headB?.kind !== 'head') {
    if (headA?.text !== headB?.text) problems.push(unreadable(`${sheet.name}: <sheetData>`));
    return;
  }
  if (headA.text.slice(0, headA.tagStart) !== headB.text.slice(0, headB.tagStart)) {
    problems.push(unreadable(`${sheet.name}: <sheetData> 之前的内容被改动`));
    return;
  }
  const rowsA = new RowCursor(a);
  const rowsB = new RowCursor(b);
  let rowA = rowsA.next();
  let rowB = rowsB.next();
  let numberA = 0;
  let numberB = 0;
  while (rowA !== null || rowB !== null) {
    if (rowA !== null && rowA === rowB) {
      numberA = numberB = rowNumber(rowA, numberA);
      rowA = rowsA.next();
      rowB = rowsB.next();
      continue;
    }
    const normA = rowA === null ? null : normaliseRow(rowA, numberA);
    const normB = rowB === null ? null : normaliseRow(rowB, numberB);
    if (rowA !== null && normA?.cells === null) {
      numberA = normA.row;
      rowA = rowsA.next();
      continue;
    }
    if (rowB !== null && normB?.cells === null) {
      numberB = normB.row;
      rowB = rowsB.next();
      continue;
    }
    if (normA === null || normB === null || normA.row !== normB.row || normA.tag !== normB.tag || normA.cells !== normB.cells) {
      const at = normB ?? normA;
      problems.push(valueChanged(sheet.name, at?.row ?? numberB + 1, firstDifference(normA, normB), old.name));
      // Past a lost or changed row the two sheets no longer line up; the rest is still inflated for its CRC.
      while (rowsB.next() !== null);
      return;
    }
    numberA = normA.row;
    numberB = normB.row;
    rowA = rowsA.next();
    rowB = rowsB.next();
  }
  // Reaching the tail read the rest of both parts: a bad CRC has thrown by now.
  while (a.next() !== null || b.next() !== null);
}

interface NormalRow {
  readonly row: number;
  readonly tag: string;
  /** The cells without their `s` and without style-only cells; null for a row with nothing but styles. */
  readonly cells: string | null;
  readonly text: string;
}

function rowNumber(text: string, previous: number): number {
  return parseIndex(readAttr(text.slice(0, findTagEnd(text, 0)), 'r')) ?? previous + 1;
}

const ONLY_R = /^<[^\s/>]+\s+r\s*=\s*("[^"]*"|'[^']*')$/;

/**
 * A row as the check compares it: without `s` on its cells and without style-only cells (most
 * rows of a marked sheet differ only there).
 */
function normaliseRow(text: string, previous: number): NormalRow {
  const tagEnd = findTagEnd(text, 0);
  const rawTag = text.slice(0, tagEnd);
  const row = parseIndex(readAttr(rawTag, 'r')) ?? previous + 1;
  // `<row r="5"/>`, `<row r="5" >` (expanded by a mark) and `<row r="5">` are one row.
  const tag = rawTag.replace(/\s*\/?>$/, '');
  const qname = readTagName(text, 0);
  const content = isSelfClosing(rawTag) ? '' : text.slice(tagEnd, text.length - qname.length - 3);
  const cells = stripCellStyles(content);
  // A row a mark inserted holds only `r` and style-only cells.
  return { row, tag, cells: cells.trim() === '' && ONLY_R.test(tag) ? null : cells, text };
}

/** The column of the first cell that differs (0 when a whole row is missing or extra). */
function firstDifference(a: NormalRow | null, b: NormalRow | null): number {
  if (!a || !b) return 0;
  const x = cellsOf(a);
  const y = cellsOf(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i]?.text !== y[i]?.text) return (y[i] ?? x[i])?.col ?? 0;
  }
  return 0;
}

function cellsOf(row: NormalRow): Array<{ col: number; text: string }> {
  const text = row.text;
  const tagEnd = findTagEnd(text, 0);
  const qname = readTagName(text, 0);
  const selfClosing = isSelfClosing(text.slice(0, tagEnd));
  const token: RowToken = { number: row.row, start: 0, tag: text.slice(0, tagEnd), contentStart: tagEnd, contentEnd: selfClosing ? tagEnd : text.length - qname.length - 3, end: text.length, qname };
  return scanCells(text, token)
    .map((c) => ({ col: c.col, text: stripCellStyles(text.slice(c.start, c.end)) }))
    .filter((c) => c.text !== '');
}

function isWorksheet(s: SheetPart): boolean {
  return s.kind === 'worksheet' && s.path !== '';
}

function readAll(pkg: WorkbookPackage, sheet: SheetPart): ReturnType<typeof readSheetTop> {
  return readSheetTop(pkg, sheet, MAX_ROW, undefined, { merges: false });
}

function sameRaw(x: ZipEntry, y: ZipEntry): boolean {
  if (x.crc32 !== y.crc32 || x.compressedSize !== y.compressedSize || x.size !== y.size || x.method !== y.method) return false;
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
export function readBackCheck(original: Uint8Array, codec: ZipCodec = FFLATE_CODEC): (patched: Uint8Array) => string | null {
  return (patched) => {
    const result = verifyPatched(original, patched, codec);
    return result.ok ? null : result.problems.map((p) => p.message.zh).join('；');
  };
}
