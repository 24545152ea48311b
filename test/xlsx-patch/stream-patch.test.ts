/**
 * The streaming patch (issue 12): a sheet is cut into head, runs of whole rows and tail however
 * its text arrives, restyled run by run into a deflated part, and checked against its original
 * row by row — the same bytes as the whole-text patch, and every damage still refused.
 */
import * as zlib from 'node:zlib';
import { NODE_CODEC, inflateWholeNative } from '../../src/cli/node-codec';
import { XlsxHostError } from '../../src/hosts/xlsx/patch/host-errors';
import { PackageDraft } from '../../src/hosts/xlsx/patch/package-draft';
import { restyleCells, type RowRestyle } from '../../src/hosts/xlsx/patch/restyle-cells';
import { RowCursor, SheetPieces, type SheetPiece } from '../../src/hosts/xlsx/patch/sheet-pieces';
import { restyleSheetStream } from '../../src/hosts/xlsx/patch/stream-patch';
import { partHasAscii, partUsesStyleFrom, readOutsideRows } from '../../src/hosts/xlsx/patch/stream-read';
import { usesStyleFrom } from '../../src/hosts/xlsx/patch/mark-styles';
import { verifyPatched } from '../../src/hosts/xlsx/patch/verify-patched';
import { WorkbookPackage } from '../../src/hosts/xlsx/package';
import { FFLATE_CODEC, concatBytes, type ZipCodec } from '../../src/hosts/xlsx/zip/codec';
import { readZip } from '../../src/hosts/xlsx/zip/read-zip';
import { writeZip, type ZipItem } from '../../src/hosts/xlsx/zip/write-zip';
import { XlsxHost } from '../../src/hosts/xlsx/xlsx-host';
import { buildPackage, MAIN_NS, partsOf, repackage } from './build-package';
import { KEY_COLS, marksFor, registerPackage } from './register-package';

const SHEET = 'xl/worksheets/sheet1.xml';
const guid = (): string => '6F9619FF-8B86-D011-B42D-00C04FC964FF';

/** A text source handing out `text` in pieces of the given sizes (cycled). */
function source(text: string, sizes: readonly number[]): () => string | null {
  let at = 0;
  let i = 0;
  return () => {
    if (at >= text.length) return null;
    const piece = text.slice(at, at + sizes[i++ % sizes.length]);
    at += piece.length;
    return piece;
  };
}

function allPieces(text: string, sizes: readonly number[], runSize = 64): SheetPiece[] {
  const pieces = new SheetPieces(source(text, sizes), runSize);
  const out: SheetPiece[] = [];
  for (let p = pieces.next(); p; p = pieces.next()) out.push(p);
  return out;
}

function row(r: number, extra = ''): string {
  return `<row r="${r}" spans="1:3"><c r="A${r}"><v>${r}</v></c><c r="B${r}" s="1" t="inlineStr"><is><t>第${r}行 &lt;x&gt;</t></is></c>${extra}</row>`;
}

function sheetXml(rows: string, prefix = ''): string {
  const p = prefix ? `${prefix}:` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet xmlns${prefix ? `:${prefix}` : ''}="${MAIN_NS}"><${p}cols><${p}col min="3" max="3" style="2"/></${p}cols><${p}sheetData>${rows}</${p}sheetData><${p}mergeCells count="1"><${p}mergeCell ref="A1:B1"/></${p}mergeCells></${p}worksheet>`;
}

const MANY_ROWS = Array.from({ length: 400 }, (_, i) => (i === 7 ? '<!-- a comment <row r="0"> -->\n' : '') + row(i + 1)).join('\n');

describe('SheetPieces', () => {
  it.each([[[1]], [[7, 3]], [[64]], [[1000]], [[100000]]])('gives back every character, rows cut only between rows (text in pieces of %p)', (sizes) => {
    const text = sheetXml(MANY_ROWS, 'x');
    const pieces = allPieces(text, sizes);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces[0].kind).toBe('head');
    expect(pieces[0].text.endsWith('<x:sheetData>')).toBe(true);
    expect(pieces[pieces.length - 1]).toMatchObject({ kind: 'tail' });
    expect(pieces[pieces.length - 1].text.startsWith('</x:sheetData>')).toBe(true);
    for (const p of pieces.filter((x) => x.kind === 'rows')) {
      expect((p.text.match(/<row /g) ?? []).length - 1).toBe((p.text.match(/<\/row>/g) ?? []).length - 1 + (p.text.includes('<row r="0">') ? 1 : 0));
    }
    expect(pieces.filter((p) => p.kind === 'rows').length).toBeGreaterThan(1);
  });

  it('hands out each row whole, in order, passing over comments', () => {
    const pieces = new SheetPieces(source(sheetXml(MANY_ROWS), [5, 11]), 64);
    expect(pieces.next()?.kind).toBe('head');
    const cursor = new RowCursor(pieces);
    const rows: string[] = [];
    for (let r = cursor.next(); r !== null; r = cursor.next()) rows.push(r);
    expect(rows).toEqual(Array.from({ length: 400 }, (_, i) => row(i + 1)));
    expect(cursor.tail?.startsWith('</sheetData><mergeCells')).toBe(true);
  });

  it('tells a self-closing <sheetData/> and a part without one', () => {
    const empty = allPieces(sheetXml('').replace('<sheetData></sheetData>', '<sheetData/>'), [3]);
    expect(empty.map((p) => p.kind)).toEqual(['head', 'tail']);
    expect(empty[0]).toMatchObject({ selfClosing: true, qname: 'sheetData' });
    const none = allPieces('<chartsheet><drawing r:id="rId1"/></chartsheet>', [4]);
    expect(none).toEqual([{ kind: 'whole', text: '<chartsheet><drawing r:id="rId1"/></chartsheet>' }]);
  });
});

/** A plan painting columns A–D of some rows (D is absent everywhere, row 1000 does not exist). */
function paintPlan(rows: readonly number[]): Map<number, RowRestyle> {
  return new Map(rows.map((r) => [r, { cols: [0, 1, 3], decide: (cell) => ({ style: (cell.style ?? 0) + 10 }) }]));
}

function draftOf(xml: string, codec: ZipCodec): PackageDraft {
  const bytes = buildPackage({ sheets: [{ name: 'S', xml }] });
  return new PackageDraft(WorkbookPackage.open(bytes, { codec }).zip);
}

describe('restyleSheetStream', () => {
  it.each([
    ['fflate', FFLATE_CODEC],
    ['Node zlib', NODE_CODEC],
  ])('writes exactly what the whole-text patch writes, deflated with its CRC (%s)', async (_name, codec) => {
    const xml = sheetXml(MANY_ROWS);
    const plan = paintPlan([2, 150, 399, 1000]);
    const draft = draftOf(xml, codec);
    expect(await restyleSheetStream(draft, SHEET, plan, 'S')).toBe(true);
    const expected = restyleCells(xml, paintPlan([2, 150, 399, 1000]));
    expect(expected).not.toBe(xml);
    expect(draft.text(SHEET)).toBe(expected);
    const saved = readZip(draft.save());
    expect(new TextDecoder().decode(saved.get(SHEET)?.read())).toBe(expected);
  });

  it('leaves the draft untouched when nothing changes', async () => {
    const draft = draftOf(sheetXml(MANY_ROWS), NODE_CODEC);
    expect(await restyleSheetStream(draft, SHEET, new Map([[3, { cols: [0], decide: () => null }]]), 'S')).toBe(false);
    expect(draft.changedParts()).toEqual([]);
  });

  it('refuses rows stored out of order, changing nothing', async () => {
    const draft = draftOf(sheetXml(row(5) + row(3)), FFLATE_CODEC);
    await expect(restyleSheetStream(draft, SHEET, paintPlan([4]), 'S')).rejects.toMatchObject({ code: 'rowsOutOfOrder' });
    await expect(restyleSheetStream(draft, SHEET, paintPlan([4]), 'S')).rejects.toBeInstanceOf(XlsxHostError);
    expect(draft.changedParts()).toEqual([]);
  });

  it('lets the outside check refuse before the draft changes', async () => {
    const draft = draftOf(sheetXml(MANY_ROWS), NODE_CODEC);
    const refuse = (outside: string): void => {
      if (outside.includes('<mergeCells')) throw new Error('refused');
    };
    await expect(restyleSheetStream(draft, SHEET, paintPlan([2]), 'S', refuse)).rejects.toThrow('refused');
    expect(draft.changedParts()).toEqual([]);
  });
});

describe('questions asked of a sheet without reading it whole', () => {
  const xml = sheetXml(MANY_ROWS.replace('<c r="A300">', '<c r="A300" s = \'41\'>')).replace('<cols>', '<cols><col min="9" max="9" style="17"/>') + '<sheetProtection sheet="1"/>';

  it.each([0, 2, 17, 18, 41, 42])('says whether a format from %i on is used, as the text search does', (from) => {
    const draft = draftOf(xml, FFLATE_CODEC);
    expect(partUsesStyleFrom(draft, SHEET, from)).toBe(usesStyleFrom(xml, from));
  });

  it('finds a word in the bytes and reads the text around the rows', () => {
    const draft = draftOf(xml, FFLATE_CODEC);
    expect(partHasAscii(draft, SHEET, 'sheetProtection')).toBe(true);
    expect(partHasAscii(draft, SHEET, 'autoFilter')).toBe(false);
    expect(readOutsideRows(draft, SHEET)).toBe(xml.replace(MANY_ROWS.replace('<c r="A300">', '<c r="A300" s = \'41\'>'), ''));
  });

  it('finds a word cut between two pieces of the part (pieces of 1 MB), and not a near miss', () => {
    const draft = draftOf(xml, FFLATE_CODEC);
    for (const cut of [0, 1, 4, 5, 14, 15]) {
      draft.put(SHEET, new TextEncoder().encode(`${'s'.repeat(1024 * 1024 - cut)}sheetProtection${'P'.repeat(20)}`));
      expect(partHasAscii(draft, SHEET, 'sheetProtection')).toBe(true);
      expect(partHasAscii(draft, SHEET, 'sheetProtectionX')).toBe(false);
      expect(partHasAscii(draft, SHEET, 'Protections')).toBe(false);
    }
  });
});

describe('the Node codec', () => {
  it('deflates pieces on the thread pool into one raw-deflate stream', async () => {
    const text = new TextEncoder().encode(MANY_ROWS.repeat(50));
    const deflater = NODE_CODEC.deflater();
    for (let at = 0; at < text.length; at += 100_000) deflater.push(text.subarray(at, at + 100_000));
    const data = await deflater.finish();
    expect(Buffer.from(zlib.inflateRawSync(data)).equals(Buffer.from(text))).toBe(true);
    expect(NODE_CODEC.crc32(text)).toBe(FFLATE_CODEC.crc32(text));
    const whole = inflateWholeNative(NODE_CODEC.deflate(text), text.length);
    expect(Buffer.from(concatBytes([whole])).equals(Buffer.from(text))).toBe(true);
  });

  it('refuses an entry that inflates past its declared size', () => {
    const data = NODE_CODEC.deflate(new Uint8Array(5000));
    expect(() => inflateWholeNative(data, 4000)).toThrow();
  });
});

describe('the read-back check of a patched copy', () => {
  async function marked(): Promise<{ original: Uint8Array; patched: Uint8Array }> {
    const original = registerPackage();
    const host = XlsxHost.open(original, { newGuid: guid, codec: NODE_CODEC });
    const grid = await host.readColumns('收文登记', KEY_COLS, 3, 6);
    await host.applyMarks('收文登记', marksFor(grid, [[4, 'overdue'], [5, 'dueSoon']]));
    return { original, patched: host.save() };
  }

  it('passes a mark, with either codec', async () => {
    const { original, patched } = await marked();
    expect(verifyPatched(original, patched, NODE_CODEC)).toEqual({ ok: true, problems: [] });
    expect(verifyPatched(original, patched)).toEqual({ ok: true, problems: [] });
  });

  it('catches a value changed in a patched row, naming the cell', async () => {
    const { original, patched } = await marked();
    const damaged = repackage(patched, { [SHEET]: (xml) => xml.replace(/(<c r="A4"[^>]*><v>)2</, '$19<') });
    expect(partsOf(damaged)[SHEET]).not.toBe(partsOf(patched)[SHEET]);
    const result = verifyPatched(original, damaged, NODE_CODEC);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ code: 'xlsx.verify.valueChanged', at: { sheet: '收文登记', row: 4, col: 0 } });
  });

  it('catches a row dropped and a formula changed in an untouched row', async () => {
    const { original, patched } = await marked();
    const dropped = repackage(patched, { [SHEET]: (xml) => xml.replace(/<row r="6".*?<\/row>/, '') });
    expect(verifyPatched(original, dropped, NODE_CODEC).problems[0]).toMatchObject({ code: 'xlsx.verify.valueChanged', at: { row: 7 } });
    const formula = repackage(patched, { [SHEET]: (xml) => xml.replace('COUNTA(A3:A6)', 'COUNTA(A3:A5)') });
    expect(verifyPatched(original, formula, NODE_CODEC).problems[0]).toMatchObject({ code: 'xlsx.verify.valueChanged', at: { row: 7 } });
  });

  it('catches a changed part whose CRC is wrong', async () => {
    const { original, patched } = await marked();
    const zip = readZip(patched);
    const sheet = zip.get(SHEET);
    if (!sheet) throw new Error('no sheet');
    const items: ZipItem[] = zip.entries.map((e) => (e === sheet ? { name: e.name, deflated: { data: e.raw(), crc: (e.crc32 ^ 1) >>> 0, size: e.size } } : { keep: e }));
    const result = verifyPatched(original, writeZip(items, zip.comment), NODE_CODEC);
    expect(result.ok).toBe(false);
    expect(result.problems[0].code).toBe('xlsx.verify.unreadable');
    expect(result.problems[0].message.zh).toContain('CRC');
  });
});

describe('XlsxHost reading after a change', () => {
  it('reads again from its draft only when a change changed something, keeping the shared strings', async () => {
    const reopen = jest.spyOn(WorkbookPackage, 'reopen');
    try {
      const host = XlsxHost.open(registerPackage(), { newGuid: guid, codec: NODE_CODEC });
      const before = await host.readColumns('收文登记', KEY_COLS, 3, 6);
      await host.clearMarks('收文登记');
      await host.readTop('收文登记', 2);
      expect(reopen).not.toHaveBeenCalled();
      await host.applyMarks('收文登记', marksFor(before, [[4, 'overdue']]));
      expect(await host.readColumns('收文登记', KEY_COLS, 3, 6)).toEqual(before);
      expect(reopen).toHaveBeenCalledTimes(1);
    } finally {
      reopen.mockRestore();
    }
  });
});
