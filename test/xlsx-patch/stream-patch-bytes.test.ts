/**
 * The streaming patch works on the sheet's UTF-8 bytes (issue 12): rows it does not plan are
 * copied undecoded, planned rows are decoded and rewritten. Whatever pieces the bytes arrive in
 * — cut inside a tag, inside a Chinese character, inside `</row>` — it writes exactly what the
 * whole-text patch (restyleCells) writes, and refuses what that refuses.
 */
import fc from 'fast-check';
import { FFLATE_CODEC, type PullBytes } from '../../src/hosts/xlsx/zip/codec';
import { PackageDraft } from '../../src/hosts/xlsx/patch/package-draft';
import { PartTextError } from '../../src/hosts/xlsx/patch/part-text';
import { restyleCells, type RowRestyle } from '../../src/hosts/xlsx/patch/restyle-cells';
import { ByteWindow, childAt, firstChildEnd, indexOfBytes, rowNumberOf } from '../../src/hosts/xlsx/patch/sheet-bytes';
import { DeflateSink, restyleSheetStream } from '../../src/hosts/xlsx/patch/stream-patch';
import { partHasAscii, partUsesStyleFrom } from '../../src/hosts/xlsx/patch/stream-read';
import { usesStyleFrom } from '../../src/hosts/xlsx/patch/mark-styles';
import { parseIndex } from '../../src/hosts/xlsx/patch/cell-ref';
import { readAttr } from '../../src/hosts/xlsx/patch/xml-text';
import { WorkbookPackage } from '../../src/hosts/xlsx/package';
import { readZip } from '../../src/hosts/xlsx/zip/read-zip';
import { buildPackage, MAIN_NS } from './build-package';
import { spoiledPieces } from './spoiled-pieces';

const SHEET = 'xl/worksheets/sheet1.xml';
const enc = (t: string): Uint8Array => new TextEncoder().encode(t);
const dec = (b: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);

/**
 * A draft whose sheet bytes arrive in pieces of the given sizes (cycled), as an inflater cuts
 * them, all in one buffer that each pull first spoils (as PullBytes allows: the command line's
 * inflater reuses its buffer).
 */
class PiecedDraft extends PackageDraft {
  constructor(
    bytes: Uint8Array,
    private readonly sizes: readonly number[],
  ) {
    super(WorkbookPackage.open(bytes, { codec: FFLATE_CODEC }).zip);
  }

  override pull(path: string): PullBytes | null {
    const whole = this.bytes(path);
    if (whole === null || path !== SHEET) return super.pull(path);
    return spoiledPieces(whole, this.sizes);
  }
}

function draftOf(xml: string, sizes: readonly number[]): PiecedDraft {
  return new PiecedDraft(buildPackage({ sheets: [{ name: 'S', xml }] }), sizes);
}

function paintPlan(rows: readonly number[], cols: readonly number[] = [0, 1, 3]): Map<number, RowRestyle> {
  return new Map(rows.map((r) => [r, { cols, decide: (cell) => ({ style: (cell.style ?? 0) + 10 }) }]));
}

function row(r: number | null, extra = ''): string {
  const ref = r === null ? '' : ` r="${r}"`;
  return `<x:row${ref} spans="1:3"><x:c r="A${r ?? ''}"><x:v>${r}</x:v></x:c><x:c r="B${r ?? ''}" s="1" t="inlineStr"><x:is><x:t>第${r}行 收文登记 &lt;x&gt;</x:t></x:is></x:c>${extra}</x:row>`;
}

function sheetXml(rows: string, bom = ''): string {
  return `${bom}<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<x:worksheet xmlns:x="${MAIN_NS}"><x:cols><x:col min="4" max="4" style="2"/></x:cols><x:sheetData>${rows}</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>`;
}

const ROWS = [
  row(1),
  '\n<!-- a comment <x:row r="0"> -->\n',
  row(2),
  '<?pi <x:row r="0"/> ?>',
  row(4, '<x:c r="D4"/>'),
  row(null),
  `<x:row r = '7' spans="1:1"/>`,
  `<x:row r="8" x:note="gt > in a value, and r=&quot;99&quot;"><x:c r="A8"><x:v>8</x:v></x:c></x:row>`,
  `<x:row spans="1:3" r="10" ht="20.5" customHeight="1"><x:c r="A10"><x:v>10</x:v></x:c></x:row>`,
  `<x:row 备注="甲" r="11"><x:c r="B11"><x:f>A1&amp;"&lt;/x:row&gt;"</x:f></x:c></x:row>`,
  row(12),
].join('');

async function patched(xml: string, plan: Map<number, RowRestyle>, sizes: readonly number[]): Promise<string | null> {
  const draft = draftOf(xml, sizes);
  const changed = await restyleSheetStream(draft, SHEET, plan, 'S');
  const saved = readZip(draft.save());
  const text = dec(saved.get(SHEET)?.read() ?? new Uint8Array(0));
  return changed ? text : text === xml ? null : 'changed but said unchanged';
}

describe('restyleSheetStream on bytes', () => {
  it.each([[[1]], [[2, 3]], [[5, 7, 11]], [[64]], [[1 << 20]]])('writes what the whole-text patch writes, bytes cut in pieces of %p', async (sizes) => {
    const xml = sheetXml(ROWS);
    const rows = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
    const expected = restyleCells(xml, paintPlan(rows));
    expect(expected).not.toBe(xml);
    expect(await patched(xml, paintPlan(rows), sizes)).toBe(expected);
  });

  it('numbers a row without `r` after the row before it, and keeps unplanned rows byte for byte', async () => {
    const xml = sheetXml(ROWS);
    // Row 5 is the row without `r` (after row 4); rows 3, 6, 9 and 13 are missing and inserted.
    const expected = restyleCells(xml, paintPlan([5, 9]));
    expect(expected).toContain('<x:c r="D5" s="10"/>');
    expect(expected).toContain('<x:row r="9">');
    expect(await patched(xml, paintPlan([5, 9]), [3])).toBe(expected);
  });

  it('keeps a byte-order mark and every byte around the rows', async () => {
    const xml = sheetXml(ROWS, '\uFEFF');
    expect(await patched(xml, paintPlan([2]), [1, 4])).toBe(restyleCells(xml, paintPlan([2])));
  });

  it('expands a self-closing <sheetData/> and leaves a part without rows to patch alone', async () => {
    const empty = sheetXml('').replace('<x:sheetData></x:sheetData>', '<x:sheetData/>');
    expect(await patched(empty, paintPlan([3]), [2])).toBe(restyleCells(empty, paintPlan([3])));
    expect(await patched(empty, new Map(), [2])).toBeNull();
    expect(await patched(`<x:chartsheet xmlns:x="${MAIN_NS}"/>`, paintPlan([3]), [2])).toBeNull();
  });

  it('gives a part whose rows stop before </sheetData> back with its rows patched and the rest untouched', async () => {
    const xml = sheetXml(ROWS).replace(/<\/x:sheetData>.*$/s, '');
    const out = await patched(xml, paintPlan([2]), [9]);
    expect(out).not.toBeNull();
    expect(out?.replace(/<x:c r="A2" s="10">/, '<x:c r="A2">').replace(/<x:c r="B2" s="11"/, '<x:c r="B2" s="1"').replace('<x:c r="D2" s="10"/>', '')).toBe(xml);
  });

  it('refuses rows out of order, broken UTF-8 in a row it rewrites, and a UTF-16 part', async () => {
    await expect(patched(sheetXml(row(5) + row(3)), paintPlan([4]), [7])).rejects.toMatchObject({ code: 'rowsOutOfOrder' });
    const broken = enc(sheetXml(row(1) + row(2)));
    const at = indexOfBytes(broken, enc('第2行'), 0);
    broken[at + 1] = 0xff;
    const draft = new PiecedDraft(buildPackage({ sheets: [{ name: 'S', xml: '' }] }), [5]);
    draft.put(SHEET, broken);
    await expect(restyleSheetStream(draft, SHEET, paintPlan([2]), 'S')).rejects.toBeInstanceOf(PartTextError);
    const utf16 = new PiecedDraft(buildPackage({ sheets: [{ name: 'S', xml: '' }] }), [5]);
    utf16.put(SHEET, new Uint8Array([0xff, 0xfe, 0x3c, 0x00]));
    await expect(restyleSheetStream(utf16, SHEET, paintPlan([2]), 'S')).rejects.toMatchObject({ zh: expect.stringContaining('UTF-16') });
  });
});

describe('restyleSheetStream on arbitrary sheets', () => {
  const cellArb = fc.record({
    col: fc.integer({ min: 0, max: 7 }),
    withRef: fc.boolean(),
    style: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
    text: fc.constantFrom('', '1', '收文 &lt;甲&gt;', 'w>'),
  });
  const rowArb = fc.record({ withRef: fc.boolean(), gap: fc.integer({ min: 1, max: 3 }), cells: fc.uniqueArray(cellArb, { selector: (c) => c.col, maxLength: 5 }), between: fc.constantFrom('', '\n', '<!-- 注 <row r="1"/> -->') });

  function sheetOf(rows: ReadonlyArray<typeof rowArb extends fc.Arbitrary<infer R> ? R : never>, p: string): string {
    let n = 0;
    const body = rows
      .map((r) => {
        n += r.gap;
        const cells = [...r.cells].sort((a, b) => a.col - b.col);
        let previous = -1;
        const text = cells
          .map((c) => {
            const ref = c.withRef || c.col !== previous + 1 ? ` r="${String.fromCharCode(65 + c.col)}${n}"` : '';
            previous = c.col;
            const st = c.style === null ? '' : ` s="${c.style}"`;
            return c.text === '' ? `<${p}c${ref}${st}/>` : `<${p}c${ref}${st} t="inlineStr"><${p}is><${p}t>${c.text}</${p}t></${p}is></${p}c>`;
          })
          .join('');
        const ref = r.withRef || r.gap !== 1 ? ` r="${n}"` : '';
        return r.between + (text ? `<${p}row${ref}>${text}</${p}row>` : `<${p}row${ref}/>`);
      })
      .join('');
    const ns = p ? `xmlns:${p.slice(0, -1)}` : 'xmlns';
    return `<?xml version="1.0"?>\n<${p}worksheet ${ns}="${MAIN_NS}"><${p}cols><${p}col min="2" max="3" style="4"/></${p}cols><${p}sheetData>${body}</${p}sheetData></${p}worksheet>`;
  }

  it('writes what the whole-text patch writes, for paints and clears, in pieces of any size', async () => {
    const decisionArb = fc.constantFrom('paint' as const, 'drop' as const, 'remove' as const, 'keep' as const);
    const planArb = fc.array(fc.record({ row: fc.integer({ min: 1, max: 40 }), from: fc.integer({ min: 0, max: 7 }), width: fc.integer({ min: 0, max: 3 }), decision: decisionArb }), { maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { maxLength: 10 }), fc.constantFrom('', 'x:'), planArb, fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 3 }), async (rows, prefix, marks, sizes) => {
        const xml = sheetOf(rows, prefix);
        const plan = new Map<number, RowRestyle>();
        for (const m of marks) {
          const cols = Array.from({ length: m.width + 1 }, (_, i) => m.from + i);
          plan.set(m.row, {
            cols,
            decide: (cell) => (m.decision === 'paint' ? { style: 20 + cell.col } : m.decision === 'drop' ? { style: null } : m.decision === 'remove' ? 'remove' : null),
          });
        }
        const expected = restyleCells(xml, plan);
        expect(await patched(xml, plan, sizes)).toBe(expected === xml ? null : expected);
      }),
      { numRuns: 150 },
    );
  });
});

describe('reading rows on bytes', () => {
  it.each([
    '<row r="12">',
    "<row r = ' 12 ' >",
    '<row\tr=\n"3">',
    '<row spans="1:2" r="4">',
    '<row x="a r=&quot;5&quot;" r="6">',
    '<row x=\' r="7"\'>',
    '<row r="1234567890">',
    '<row r="">',
    '<row r="x1">',
    '<row>',
    '<row ar="5">',
    '<row 备注="甲" r="8">',
    '<row r="9" 备注=" r=&quot;1&quot;">',
  ])('reads `r` of %s as the decoded tag reads it', (tag) => {
    const bytes = enc(`  ${tag}`);
    expect(rowNumberOf(bytes, 2, bytes.length, dec)).toBe(parseIndex(readAttr(tag, 'r')));
  });

  it('finds where each child of sheetData ends, or that the bytes stop before it does', () => {
    const cases: Array<[string, number | null, boolean]> = [
      ['<row r="1"><c><v>1</v></c></row>tail', 32, true],
      ['<x:row r="1"/>', 14, true],
      ['<!-- <row> -->x', 14, false],
      ['<![CDATA[ </row> ]]>x', 20, false],
      ['<?pi x?>', 8, false],
      ['<rowx r="1"></rowx>', 19, false],
      ['<row r="1"><c>', null, true],
      ['<!-- open', null, false],
      ['<row a=">">', null, true],
      ['<row r="1"><c><v>w></v></c></row>', 33, true],
      ['<></>x', 5, false],
    ];
    for (const [text, end, isRow] of cases) {
      const child = childAt(enc(text), 0);
      expect(child?.end ?? null).toBe(end);
      if (child) expect(child.isRow).toBe(isRow);
    }
  });
});

describe('ByteWindow', () => {
  it('joins a row cut by a piece boundary with only the bytes that complete it, then hands out the rest of the piece as it is', () => {
    const rows = enc(Array.from({ length: 200 }, (_, i) => `<row r="${i + 1}"><c><v>${i}</v></c></row>`).join(''));
    const pieces = [rows.subarray(0, 50), rows.subarray(50)];
    const window = new ByteWindow(() => pieces.shift() ?? null);
    expect(window.more(0, firstChildEnd)).toBe(true);
    expect(window.buf.length).toBe(50);
    const firstEnd = firstChildEnd(window.buf);
    // The second row is cut at byte 50: it alone is joined.
    expect(window.more(firstEnd, firstChildEnd)).toBe(true);
    expect(dec(window.buf)).toBe('<row r="2"><c><v>1</v></c></row>');
    expect(window.more(window.buf.length, firstChildEnd)).toBe(true);
    expect(window.buf.buffer).toBe(rows.buffer);
    expect(dec(window.buf)).toMatch(/^<row r="3">.*<row r="200"><c><v>199<\/v><\/c><\/row>$/);
    expect(window.more(window.buf.length, firstChildEnd)).toBe(false);
    expect(window.rest(0)).toHaveLength(0);
  });
});

describe('DeflateSink', () => {
  it('deflates text and bytes written in any sizes into one part with its CRC', async () => {
    const sink = new DeflateSink(FFLATE_CODEC);
    const big = enc('收文'.repeat(400_000));
    await sink.write('<a>');
    await sink.writeBytes(enc('x'.repeat(700_000)));
    await sink.writeBytes(big);
    await sink.write('</a>');
    const { data, crc, size } = await sink.finish();
    const whole = enc(`<a>${'x'.repeat(700_000)}${'收文'.repeat(400_000)}</a>`);
    expect(size).toBe(whole.length);
    expect(crc).toBe(FFLATE_CODEC.crc32(whole));
    const inflate = FFLATE_CODEC.inflatePieces(data);
    const pieces: Uint8Array[] = [];
    for (let p = inflate(); p; p = inflate()) pieces.push(p);
    expect(dec(Uint8Array.from(pieces.flatMap((p) => [...p])))).toBe(dec(whole));
  });
});

describe('questions asked of the bytes, however the part is cut', () => {
  const token = fc.constantFrom('<c r="A1" s="3">', `<c r="B2"  s = '41'/>`, '<col min="1" max="1" style="17"/>', '<row r="5">', '</row>', 'sheetProtection', 'sheetProtectio', 'x="9"', ' s="12"', ' style=', '"8"', '收文', '<v>1</v>', ' ', '<');

  it('finds a format index from any number on, and a word, as a search of the whole text does', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 50 }), fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 }), fc.integer({ min: 0, max: 45 }), (tokens, sizes, from) => {
        // A part starts with markup: an attribute lies in a tag, after its '<'.
        const text = `<worksheet ${tokens.join('')}`;
        const draft = draftOf(text, sizes);
        expect(partUsesStyleFrom(draft, SHEET, from)).toBe(usesStyleFrom(text, from));
        expect(partHasAscii(draft, SHEET, 'sheetProtection')).toBe(text.includes('sheetProtection'));
      }),
      { numRuns: 300 },
    );
  });
});
