/**
 * The byte form of the read-back check on streams of pieces: whatever way the two parts are cut
 * (inside a character, a tag, `</sheetData>`), it must give the verdict the whole-array form
 * gives, while holding only a window of each part.
 */
import fc from 'fast-check';
import { compareSheetBytes, type ByteComparison } from '../../src/hosts/xlsx/patch/compare-sheet-bytes';
import { compareSheetStreams, type StreamCompareOptions, type WindowWatch } from '../../src/hosts/xlsx/patch/compare-sheet-streams';
import { MAIN_NS } from './build-package';
import { ROWS, encode, normalise, row, sheet, sheetComparisonCases } from './sheet-comparison-cases';
import { spoiledPieces } from './spoiled-pieces';

/** The bytes in pieces of the given sizes, taken in turn, each spoiled at the next pull. */
const cut = spoiledPieces;

const WHOLE = Number.MAX_SAFE_INTEGER;
/** Piece sizes of the two sides, cut differently; every pair is read with a small and the usual least read. */
const CUTS: ReadonlyArray<readonly [readonly number[], readonly number[]]> = [
  [[1], [7]],
  [[7], [1]],
  [[64], [4096]],
  [[4096], [64]],
  [[WHOLE], [WHOLE]],
  [[3, 1, 200], [WHOLE]],
];

/** The streamed verdicts for every cut, with the whole-array verdict they must all equal. */
function verdicts(a: Uint8Array, b: Uint8Array): { whole: ByteComparison; streamed: ByteComparison[] } {
  const whole = compareSheetBytes(a, b, normalise);
  const streamed = CUTS.flatMap(([x, y]) =>
    [1, undefined].map((minRead) => compareSheetStreams(cut(a, x), cut(b, y), normalise, { minRead })),
  );
  return { whole, streamed };
}

/** The streamed verdict, checked to be the same for every cut and equal to the whole-array one. */
function compareBytes(a: Uint8Array, b: Uint8Array): ByteComparison {
  const { whole, streamed } = verdicts(a, b);
  for (const verdict of streamed) expect(verdict).toEqual(whole);
  return streamed[0];
}

describe('compareSheetStreams, on the cases of compareSheetBytes', () => {
  sheetComparisonCases(compareBytes);
});

describe('compareSheetStreams, where the rows end', () => {
  const rows = ROWS.join('');
  const changed = ROWS.map((r, i) => (i === 4 ? r.replace('<v>5</v>', '<v>6</v>') : r)).join('');

  it('sets aside what follows </sheetData>, as the whole comparison does', () => {
    expect(compareBytes(sheet(rows), sheet(rows, undefined, '<pageSetup paperSize="9"/>')).kind).toBe('same');
  });

  it('is unsure of a part whose rows are never closed, even past a changed row', () => {
    const text = new TextDecoder().decode(sheet(changed));
    const open = encode(text.slice(0, text.indexOf('</sheetData>')));
    expect(compareBytes(sheet(rows), open).kind).toBe('unsure');
    expect(compareBytes(open, sheet(rows)).kind).toBe('unsure');
  });

  it('reads on past a changed row to know a long part closes its rows', () => {
    const long = Array.from({ length: 1000 }, (_, i) => row(i + 1));
    const text = new TextDecoder().decode(sheet(long.map((r, i) => (i === 800 ? r.replace('<v>801</v>', '<v>8</v>') : r)).join('')));
    // The change lies past the 64 KB the head is read in; the part ends 20 KB later, unclosed.
    const open = encode(text.slice(0, text.indexOf('</sheetData>')));
    const closed = sheet(long.join(''));
    expect(compareSheetBytes(closed, open, normalise).kind).toBe('unsure');
    expect(compareSheetStreams(cut(closed, [1000]), cut(open, [999]), normalise, { minRead: 16 }).kind).toBe('unsure');
    expect(compareSheetStreams(cut(open, [999]), cut(closed, [1000]), normalise, { minRead: 16 }).kind).toBe('unsure');
    const reclosed = encode(`${text.slice(0, text.indexOf('</sheetData>'))}</sheetData></worksheet>`);
    expect(compareSheetStreams(cut(closed, [1000]), cut(reclosed, [999]), normalise, { minRead: 16 })).toMatchObject({ kind: 'rowChanged', row: 801 });
  });

  it('takes the rows to the last </sheetData>, one in the tail included', () => {
    const twice = (body: string): Uint8Array => sheet(body, undefined, `<!-- </sheetData> --></sheetData>`);
    expect(compareBytes(twice(rows), twice(rows)).kind).toBe('same');
    expect(compareBytes(sheet(rows), twice(rows)).kind).toBe('unsure');
    expect(compareBytes(twice(rows), twice(changed))).toMatchObject({ kind: 'rowChanged', row: 5 });
  });

  it('reads a prefixed sheet with its prefix', () => {
    const prefixed = (body: string): Uint8Array =>
      encode(`<x:worksheet xmlns:x="${MAIN_NS}"><x:sheetData>${body.replace(/<(\/?)(row|c|v|is|t)\b/g, '<$1x:$2')}</x:sheetData></x:worksheet>`);
    expect(compareBytes(prefixed(rows), prefixed(rows.replace('<c r="A2">', '<c r="A2" s="3">'))).kind).toBe('same');
    expect(compareBytes(prefixed(rows), prefixed(changed))).toMatchObject({ kind: 'rowChanged', row: 5 });
  });
});

describe('compareSheetStreams, its window', () => {
  const many = Array.from({ length: 20_000 }, (_, i) => row(i + 1)).join('\n');
  const bytes = sheet(many);

  it('stays bounded over a long identical stretch, read in small pieces', () => {
    const watch: WindowWatch = { held: 0 };
    expect(compareSheetStreams(cut(bytes, [4096]), cut(bytes, [1000]), normalise, { watch }).kind).toBe('same');
    expect(bytes.length).toBeGreaterThan(1_500_000);
    // On each side: the slice the head is read in (64 KB) still unread as rows, a least read
    // (64 KB) and a piece; nothing grows with the part.
    expect(watch.held).toBeLessThan(2 * (2 * 64 * 1024 + 4096 + 1024));
  });

  it('stays bounded when pieces are large, and past differences', () => {
    const watch: WindowWatch = { held: 0 };
    const styled = many.replace(/<c r="A(\d*5)">/g, '<c r="A$1" s="4">');
    const options: StreamCompareOptions = { watch };
    expect(compareSheetStreams(cut(bytes, [256 * 1024]), cut(sheet(styled), [100_000]), normalise, options).kind).toBe('same');
    expect(watch.held).toBeLessThan(256 * 1024 + 100_000 + 2 * 64 * 1024);
  });
});

describe('compareSheetStreams, property', () => {
  type Cell = { readonly kind: 's' | 'n' | 'text'; readonly value: string };
  const cellArb: fc.Arbitrary<Cell> = fc.oneof(
    fc.nat(40).map((k) => ({ kind: 's' as const, value: String(k) })),
    fc.integer({ min: -999, max: 99_999 }).map((n) => ({ kind: 'n' as const, value: String(n) })),
    fc.constantFrom('收文', '第一号', '登记😀簿', 'a &lt; b', 'x').map((value) => ({ kind: 'text' as const, value })),
  );
  type Edit = 'keep' | 'restyle' | 'addCell' | 'insertRow' | 'value' | 'drop' | 'comment' | 'spaces' | 'extra';
  /** What a mark does to a row: the text check passes all of these. */
  const editArb = fc.constantFrom<Edit>('keep', 'keep', 'keep', 'keep', 'restyle', 'restyle', 'addCell', 'insertRow', 'spaces');
  /** At most one change it refuses (or is unsure of), most often in the last rows, where the rows' end is near. */
  const breakArb = fc.option(fc.record({ fromEnd: fc.oneof(fc.nat(2), fc.nat(30)), edit: fc.constantFrom<Edit>('value', 'drop', 'comment', 'extra') }), { freq: 2 });
  const rowArb = fc.record({ cells: fc.array(cellArb, { minLength: 1, maxLength: 4 }), style: fc.boolean(), edit: editArb });

  function renderCell(r: number, col: number, cell: Cell, style: string, value = cell.value): string {
    const ref = `${String.fromCharCode(65 + col)}${r}`;
    if (cell.kind === 'text') return `<c r="${ref}"${style} t="inlineStr"><is><t>${value}</t></is></c>`;
    return `<c r="${ref}"${style}${cell.kind === 's' ? ' t="s"' : ''}><v>${value}</v></c>`;
  }

  function renderRow(r: number, cells: readonly Cell[], styleOf: (col: number) => string, extra = '', changeAt = -1): string {
    const body = cells.map((c, col) => renderCell(r, col, c, styleOf(col), col === changeAt ? `${c.value}9` : c.value)).join('');
    return `<row r="${r}">${body}${extra}</row>`;
  }

  type RowSpec = { cells: Cell[]; style: boolean; edit: Edit };

  /** The original sheet's rows, and the patched one's after each row's edit. */
  function sides(specs: readonly RowSpec[], separator: string): [string, string] {
    const before: string[] = [];
    const after: string[] = [];
    specs.forEach((spec, k) => {
      const r = 2 * k + 1;
      const style = (col: number): string => (spec.style && col % 2 === 0 ? ' s="2"' : '');
      const plain = renderRow(r, spec.cells, style);
      before.push(spec.edit === 'comment' ? renderRow(r, spec.cells, style, '<!-- 注 -->') : plain);
      if (spec.edit === 'keep') after.push(plain);
      else if (spec.edit === 'restyle') after.push(renderRow(r, spec.cells, (col) => (col === 0 ? ' s="7"' : style(col))));
      else if (spec.edit === 'addCell') after.push(renderRow(r, spec.cells, style, `<c r="Z${r}" s="7"/>`));
      else if (spec.edit === 'insertRow') after.push(`<row r="${r + 1}"><c r="C${r + 1}" s="7"/></row>`, plain);
      else if (spec.edit === 'value') after.push(renderRow(r, spec.cells, style, '', spec.cells.length - 1));
      else if (spec.edit === 'comment') after.push(renderRow(r, spec.cells, style, '<!-- 改 -->'));
      else if (spec.edit === 'spaces') after.push(`\n  ${plain}`);
      else if (spec.edit === 'extra') after.push(plain, renderRow(r + 1, spec.cells, style));
    });
    return [before.join(separator), after.join(separator)];
  }

  const caseArb = fc.record({
    specs: fc.array(rowArb, { maxLength: 30 }),
    broken: breakArb,
    long: fc.boolean(),
    separator: fc.constantFrom('', '\n', '\r\n  '),
    headChanged: fc.nat(4).map((n) => n === 0),
    tail: fc.constantFrom('same', 'changed', 'closedTwice'),
    cutsA: fc.array(fc.oneof(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 300 })), { minLength: 1, maxLength: 5 }),
    cutsB: fc.array(fc.oneof(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 300 })), { minLength: 1, maxLength: 5 }),
    minRead: fc.constantFrom(1, 16, 256, 64 * 1024),
  });

  const FILLER = Array.from({ length: 720 }, (_, k) => row(100_000 + k)).join('');

  it('gives the verdict of compareSheetBytes on the whole bytes, however both parts are cut', () => {
    expect(FILLER.length).toBeGreaterThan(64 * 1024 + 4);
    fc.assert(
      fc.property(caseArb, ({ specs, broken, long, separator, headChanged, tail, cutsA, cutsB, minRead }) => {
        const at = broken ? specs.length - 1 - broken.fromEnd : -1;
        const edited = at >= 0 && broken ? specs.map((spec, k) => (k === at ? { ...spec, edit: broken.edit } : spec)) : specs;
        const [editedA, editedB] = sides(edited, separator);
        // Past the first 64 KB, which the head is read in, the rows stream in through the windows.
        const filler = long ? FILLER + separator : '';
        const [rowsA, rowsB] = [filler + editedA, filler + editedB];
        const tailA = '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>';
        const tailB = tail === 'same' ? tailA : tail === 'changed' ? '<pageSetup paperSize="9"/>' : `${tailA}<!-- </sheetData> -->`;
        const a = sheet(rowsA, undefined, tailA);
        const b = sheet(rowsB, headChanged ? '<cols><col min="1" max="2" width="12"/></cols>' : undefined, tailB);
        const whole = compareSheetBytes(a, b, normalise);
        // A least read of one byte moves the windows at every byte: kept to the short sheets, for time.
        const options = { minRead: long ? Math.max(minRead, 16) : minRead };
        expect(compareSheetStreams(cut(a, cutsA), cut(b, cutsB), normalise, options)).toEqual(whole);
      }),
      { numRuns: 600 },
    );
  });
});
