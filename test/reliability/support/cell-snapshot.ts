/**
 * Every cell of a workbook's sheets as a clerk would judge it — value, formula, number format,
 * font, fill, border, alignment — read straight from the package by the independent reader in
 * package-parts.ts, and a diff of two such snapshots in plain words.
 */
import { readPackageParts } from './package-parts';
import { canonicalXml, childOf, childrenOf, parseXmlTree, textOf } from './xml-tree';

export interface CellSnapshot {
  /** Type-tagged value: "s:县财政局", "n:46086", "b:1", "e:#N/A", "" for none. */
  readonly value: string;
  readonly formula: string | null;
  /** The cell's `s` index (the .xlsx host gives it back exactly). */
  readonly styleIndex: number;
  readonly numFmt: string;
  readonly font: string;
  readonly fill: string;
  readonly border: string;
  /** Alignment, protection, the parent cell style and the other parts of the format. */
  readonly rest: string;
}

export interface WorkbookSnapshot {
  /** Sheet name → A1 → cell; a cell holding nothing in the default format is left out. */
  readonly sheets: ReadonlyMap<string, ReadonlyMap<string, CellSnapshot>>;
  /** What a cell that is not there looks like (format 0, no value). */
  readonly blank: CellSnapshot;
}

interface Format {
  readonly numFmt: string;
  readonly font: string;
  readonly fill: string;
  readonly border: string;
  readonly parentStyle: string;
  readonly rest: string;
}

function columnLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? 'A';
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

function makeCell(value: string, formula: string | null, styleIndex: number, resolvedXfs: readonly string[]): CellSnapshot {
  const raw = resolvedXfs[styleIndex];
  const f: Format = raw ? (JSON.parse(raw) as Format) : { numFmt: '?', font: '?', fill: '?', border: '?', parentStyle: '?', rest: `missing xf ${styleIndex}` };
  return { value, formula, styleIndex, numFmt: f.numFmt, font: f.font, fill: f.fill, border: f.border, rest: `${f.parentStyle}${f.rest}` };
}

const sameCell = (a: CellSnapshot, b: CellSnapshot): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * @example const before = snapshotCells(bytes); diffSnapshots(before, snapshotCells(after)) // []
 */
export function snapshotCells(bytes: Uint8Array, onlySheets?: readonly string[]): WorkbookSnapshot {
  const parts = readPackageParts(bytes);
  const blank = makeCell('', null, 0, parts.resolvedXfs);
  const sheets = new Map<string, Map<string, CellSnapshot>>();
  for (const sheet of parts.sheets) {
    if (onlySheets && !onlySheets.includes(sheet.name)) continue;
    const cells = new Map<string, CellSnapshot>();
    const root = parseXmlTree(parts.text(sheet.path) ?? '<worksheet/>');
    childrenOf(childOf(root, 'sheetData'), 'row').forEach((row, rowIndex) => {
      const rowNumber = Number(row.attrs.r ?? rowIndex + 1);
      let col = -1;
      for (const c of childrenOf(row, 'c')) {
        col = c.attrs.r ? columnIndex(c.attrs.r) : col + 1;
        const v = childOf(c, 'v')?.text;
        const t = c.attrs.t ?? 'n';
        const value = t === 's' && v !== undefined ? `s:${parts.sharedStrings[Number(v)]}` : t === 'inlineStr' ? `s:${textOf(childOf(c, 'is'))}` : v === undefined ? '' : `${t}:${v}`;
        const f = childOf(c, 'f');
        const cell = makeCell(value, f ? canonicalXml(f) : null, Number(c.attrs.s ?? 0), parts.resolvedXfs);
        if (!sameCell(cell, blank)) cells.set(`${columnLetters(col)}${rowNumber}`, cell);
      }
    });
    sheets.set(sheet.name, cells);
  }
  return { sheets, blank };
}

export interface DiffOptions {
  /** Leave fills (and the style index that carries them) out: marks are allowed to be on. */
  readonly ignoreFill?: boolean;
  /** Report at most this many differences. */
  readonly limit?: number;
}

const FIELDS = ['value', 'formula', 'numFmt', 'font', 'border', 'rest', 'fill', 'styleIndex'] as const;

/** "收文登记!B3 fill: <fill>… → <fill>…" for each difference, over the sheets of `before`. */
export function diffSnapshots(before: WorkbookSnapshot, after: WorkbookSnapshot, options: DiffOptions = {}): string[] {
  const fields = options.ignoreFill ? FIELDS.filter((f) => f !== 'fill' && f !== 'styleIndex') : FIELDS;
  const limit = options.limit ?? 20;
  const diffs: string[] = [];
  for (const [sheet, cellsBefore] of before.sheets) {
    const cellsAfter = after.sheets.get(sheet);
    if (!cellsAfter) {
      diffs.push(`sheet ${sheet} is gone`);
      continue;
    }
    for (const ref of new Set([...cellsBefore.keys(), ...cellsAfter.keys()])) {
      const a = cellsBefore.get(ref) ?? before.blank;
      const b = cellsAfter.get(ref) ?? after.blank;
      for (const field of fields) {
        if (a[field] !== b[field] && diffs.length < limit) diffs.push(`${sheet}!${ref} ${field}: ${String(a[field])} → ${String(b[field])}`);
      }
    }
  }
  return diffs;
}

/** Fills found on cells of `after` that differ from `before` (to check they are mark colours). */
export function changedFills(before: WorkbookSnapshot, after: WorkbookSnapshot): Set<string> {
  const fills = new Set<string>();
  for (const [sheet, cellsAfter] of after.sheets) {
    const cellsBefore = before.sheets.get(sheet);
    if (!cellsBefore) continue;
    for (const [ref, b] of cellsAfter) {
      const a = cellsBefore.get(ref) ?? before.blank;
      if (a.fill !== b.fill) fills.add(b.fill);
    }
  }
  return fills;
}
