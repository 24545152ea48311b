/**
 * The read-back check judges a changed row on its bytes when it can. That quick verdict must
 * never pass two rows the text comparison would refuse, on any bytes; and on the rows a mark
 * writes — the form Excel and the usual libraries write, with styles changed, added, and
 * style-only cells inserted or taken out — it must give its verdict, not leave it to the text.
 */
import fc from 'fast-check';
import { sameRowBytes } from '../../src/hosts/xlsx/patch/same-row-bytes';
import { stripCellStyles } from '../../src/hosts/xlsx/patch/strip-cell-styles';

const encoder = new TextEncoder();

/** Both rows, each with some bytes before and after it, as the check finds them in a part. */
function judge(rowA: string, rowB: string): boolean {
  const a = encoder.encode(`<row r="1"><c r="A1"/></row>${rowA}\n`);
  const b = encoder.encode(`\n${rowB}<sheetData/>`);
  const startA = encoder.encode('<row r="1"><c r="A1"/></row>').length;
  return sameRowBytes(a, { start: startA, end: startA + encoder.encode(rowA).length }, b, { start: 1, end: 1 + encoder.encode(rowB).length });
}

/** What the text comparison finds for two whole rows: the same tag, and the same cells once styles are set aside. */
function sameByText(rowA: string, rowB: string): boolean {
  const parts = (row: string): [string, string] => {
    const tagEnd = row.indexOf('>') + 1;
    return [row.slice(0, tagEnd).replace(/\s*\/?>$/, ''), stripCellStyles(row.slice(tagEnd, row.lastIndexOf('</')))];
  };
  const [tagA, cellsA] = parts(rowA);
  const [tagB, cellsB] = parts(rowB);
  return tagA === tagB && cellsA === cellsB && cellsA.trim() !== '';
}

const COLUMNS = 'ABCDEFGHIJKLMNO';

interface CellSpec {
  readonly col: number;
  readonly style: number | null;
  readonly type: 's' | 'str' | null;
  readonly body: string | null;
}

const cellSpec = (col: number): fc.Arbitrary<CellSpec> =>
  fc.record({
    col: fc.constant(col),
    style: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
    type: fc.constantFrom<'s' | 'str' | null>('s', 'str', null),
    body: fc.constantFrom(null, '<v>12</v>', '<v>46027</v>', '<f>SUM(B2:C2)</f><v>3</v>', '<is><t>x s="2"</t></is>', '<v></v>'),
  });

function cellXml(c: CellSpec, row: number): string {
  const style = c.style === null ? '' : ` s="${c.style}"`;
  const type = c.type === null ? '' : ` t="${c.type}"`;
  return `<c r="${COLUMNS[c.col]}${row}"${style}${type}${c.body === null ? '/>' : `>${c.body}</c>`}`;
}

/** A row as Excel writes it: its number, cells in column order. */
const writtenRow = fc
  .tuple(fc.integer({ min: 2, max: 99_999 }), fc.subarray([...COLUMNS].map((_, i) => i), { minLength: 1 }), fc.boolean())
  .chain(([row, cols, tall]) => fc.tuple(fc.constant(row), fc.tuple(...cols.map(cellSpec)), fc.constant(tall)))
  // A register row holds a value somewhere (a row of styles only is one a mark may insert).
  .map(([row, cells, tall]) => [row, cells.map((c, i) => (i === 0 && c.body === null ? { ...c, body: '<v>1</v>' } : c)), tall] as const);

function rowXml(row: number, cells: readonly CellSpec[], tall: boolean): string {
  const tag = `<row r="${row}" spans="1:15"${tall ? ' ht="30" customHeight="1"' : ''} x14ac:dyDescent="0.2">`;
  return `${tag}${cells.map((c) => cellXml(c, row)).join('')}</row>`;
}

/** What a mark or a clear does to a row: new styles, style-only cells put in or taken out. */
const restyled = writtenRow.chain(([row, cells, tall]) =>
  fc
    .tuple(
      fc.array(fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }), { minLength: cells.length, maxLength: cells.length }),
      fc.subarray([...COLUMNS].map((_, i) => i)),
      fc.integer({ min: 0, max: 40 }),
    )
    .map(([styles, extra, fill]) => {
      const present = new Set(cells.map((c) => c.col));
      // A style-only cell the mark inserts; one that was there already may be taken out.
      const changed: CellSpec[] = cells
        .map((c, i) => ({ ...c, style: c.style === null && styles[i] === null ? null : (styles[i] ?? c.style) }))
        .filter((c) => !(c.body === null && c.type === null && extra.includes(c.col)));
      for (const col of extra) if (!present.has(col)) changed.push({ col, style: fill, type: null, body: null });
      changed.sort((x, y) => x.col - y.col);
      return [rowXml(row, cells, tall), rowXml(row, changed, tall)] as const;
    }),
);

/** A change the check must refuse: a value, a type, a reference, a cell that held a value. */
const spoiled = writtenRow.chain(([row, cells, tall]) =>
  fc.tuple(fc.nat(cells.length - 1), fc.constantFrom('value', 'type', 'ref', 'drop')).map(([at, how]) => {
    const target = cells[at];
    const spoilt: CellSpec[] = [...cells];
    if (how === 'value') spoilt[at] = { ...target, body: target.body === '<v>12</v>' ? '<v>13</v>' : '<v>12</v>' };
    if (how === 'type') spoilt[at] = { ...target, type: target.type === 's' ? 'str' : 's' };
    if (how === 'ref') spoilt[at] = { ...target, col: (target.col + 1) % COLUMNS.length };
    const before = rowXml(row, cells, tall);
    const after = how === 'drop' ? rowXml(row, spoilt.filter((_, i) => i !== at), tall) : rowXml(row, spoilt, tall);
    return [before, after, how] as const;
  }),
);

/** Bytes no writer would produce around and inside cell tags (as in the strip test), plus odd rows. */
const SPACES = [' ', '  ', '\t', '\n', '\u00a0', '\u3000'];
const odd = fc
  .array(
    fc.constantFrom(
      '<c r="A5" s="1"/>', '<c r="B5"/>', '<c s="2" r="C5"/>', '<c r="D5" s="3" >', '<c  r="E5">', "<c r='F5' s='4'/>", '<x:c r="G5" s="5"/>',
      '<c r="H5" s="6" s="7"/>', '<c r="I5" t="x s=1"/>', '<c r="I5" t="x s=" s="1"/>', '<c r="I5" t="x s=\'1\'" s="2"/>', '<c t="s" s="3"/>', '<c t="s"/>', '<c r="A>5" s="6"><v>1</v></c>',
      '<c r="P5" s="4" t="s"><v>2</v></c>', '<c r="Q5" s="5" t="s"/>', '<c r="J5" s="8"><v>1</v></c>', '<v>1</v>', '</c>', '<!-- c -->', '<?pi?>', '值',
      ...SPACES, '<c\tr="K5" s="9"/>', '<cc r="L5"/>', '<c>', '<c/>', '<c r="M5" S="1"/>', '<c r="N5" xs="1"/>', '<', '>', '"',
    ),
    { maxLength: 10 },
  );
const oddTag = fc.constantFrom('<row r="5">', '<row r="5" >', '<row  r="5">', '<row r=\'5\'>', '<row spans="1:2">', '<x:row r="5">', '<row r="5" ht="值">', '<row r="5"/>');

describe('a changed row judged on its bytes', () => {
  it('passes the rows a mark or a clear rewrites', () => {
    fc.assert(
      fc.property(restyled, ([before, after]) => {
        expect(sameByText(before, after)).toBe(true);
        expect(judge(before, after)).toBe(true);
        expect(judge(after, before)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with the text comparison on rows in the written form, whatever changed', () => {
    fc.assert(
      fc.property(spoiled, ([before, after, how]) => {
        expect(judge(before, after)).toBe(sameByText(before, after));
        if (how === 'value') expect(judge(before, after)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('never passes what the text comparison would refuse, on any bytes', () => {
    const row = (tag: string, parts: readonly string[]): string => `${tag}${parts.join('')}</row>`;
    const anyRow = fc.tuple(oddTag, odd).map(([tag, parts]) => row(tag, parts));
    const pair = fc.oneof(
      fc.tuple(anyRow, anyRow),
      anyRow.map((r) => [r, r] as const),
      fc.tuple(oddTag, odd, odd).map(([tag, x, y]) => [row(tag, x), row(tag, y)] as const),
      // The same odd bytes with other styles, or with one piece gone: where a lax reading of the
      // tags would pass what the text refuses.
      fc.tuple(oddTag, odd, fc.integer({ min: 0, max: 9 })).map(([tag, x, d]) => [row(tag, x), row(tag, x).replace(/s="\d"/g, `s="${d}"`)] as const),
      fc.tuple(oddTag, odd, fc.nat()).map(([tag, x, at]) => [row(tag, x), row(tag, x.filter((_, i) => i !== at % Math.max(1, x.length)))] as const),
      restyled,
    );
    fc.assert(
      fc.property(pair, ([a, b]) => {
        if (judge(a, b)) expect(sameByText(a, b)).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });

  const row5 = (cells: string): string => `<row r="5">${cells}</row>`;
  it.each([
    // The pattern keeps an `s` that comes first; a second `s`, other quotes, a prefix, a comment, text beyond ASCII.
    ['an `s` first', row5('<c s="1" r="A5"><v>1</v></c>'), row5('<c s="2" r="A5"><v>1</v></c>')],
    ['a second `s`', row5('<c r="A5" s="1" s="3"><v>1</v></c>'), row5('<c r="A5" s="2" s="3"><v>1</v></c>')],
    ['single quotes', row5("<c r='A5' s='1'><v>1</v></c>"), row5("<c r='A5' s='2'><v>1</v></c>")],
    ['a prefix', row5('<x:c r="A5" s="1"><v>1</v></x:c>'), row5('<x:c r="A5" s="2"><v>1</v></x:c>')],
    ['a comment', row5('<c r="A5" s="1"><v>1</v></c><!-- x -->'), row5('<c r="A5" s="2"><v>1</v></c><!-- x -->')],
    ['text beyond ASCII', row5('<c r="A5" s="1" t="inlineStr"><is><t>收文</t></is></c>'), row5('<c r="A5" s="2" t="inlineStr"><is><t>收文</t></is></c>')],
    ['a row of styles only', row5('<c r="A5" s="1"/>'), row5('<c r="A5" s="2"/>')],
    ['a row without a number', '<row spans="1:2"><c r="A5" s="1"><v>1</v></c></row>', '<row spans="1:2"><c r="A5" s="2"><v>1</v></c></row>'],
  ])('leaves %s to the text comparison', (_what, before, after) => {
    expect(judge(before, after)).toBe(false);
  });

  const row7 = (cells: string): string => `<row r="7" spans="1:3">${cells}</row>`;
  it.each([
    ['passes a style changed', row7('<c r="A7" s="1" t="s"><v>4</v></c>'), row7('<c r="A7" s="12" t="s"><v>4</v></c>'), true],
    ['passes a style added', row7('<c r="A7" t="s"><v>4</v></c>'), row7('<c r="A7" s="12" t="s"><v>4</v></c>'), true],
    ['passes cells of styles only put in', row7('<c r="A7"><v>4</v></c>'), row7('<c r="A7" s="3"><v>4</v></c><c r="B7" s="3"/><c r="C7" s="3"/>'), true],
    ['passes a cell of a style only taken out', row7('<c r="A7" s="3"><v>4</v></c><c r="B7" s="3"/>'), row7('<c r="A7"><v>4</v></c>'), true],
    ['refuses a value changed', row7('<c r="A7" s="1"><v>4</v></c>'), row7('<c r="A7" s="1"><v>5</v></c>'), false],
    ['refuses a typed cell taken out', row7('<c r="A7" s="1"><v>4</v></c><c r="B7" s="1" t="s"/>'), row7('<c r="A7" s="1"><v>4</v></c>'), false],
  ])('%s', (_what, before, after, same) => {
    expect(judge(before, after)).toBe(same);
  });
});
