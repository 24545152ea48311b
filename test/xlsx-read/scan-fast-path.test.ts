import fc from 'fast-check';
import type { Problem } from '../../src/core/types';
import { plainCellValue, toCellValue, type CellContext } from '../../src/hosts/xlsx/read/cell-value';
import { DECODE_PIECE, streamDecoded } from '../../src/hosts/xlsx/read/part-decoder';
import { RowCells, readCellsToEnd } from '../../src/hosts/xlsx/read/row-cells';
import { ownCopy } from '../../src/hosts/xlsx/read/scan-own-copy';
import { XmlTokenizer } from '../../src/hosts/xlsx/read/xml-tokenizer';

describe('plainCellValue', () => {
  const problems: Problem[] = [];
  const ctx: CellContext = {
    date1904: false,
    sharedStrings: () => ['收文', '', '登记'],
    isDateStyle: (s) => s === 1,
    report: (p) => void problems.push(p),
  };
  const place = { cellRef: () => ({ sheet: '收文', row: 1, col: 0 }) };

  it('gives what toCellValue gives, or leaves the cell to it, whatever the text', () => {
    const text = fc.oneof(fc.stringMatching(/^-?[0-9]{0,18}$/), fc.constantFrom(' 1', '1 ', '1.5', '1e3', '0x1', '-', '', '00', '-0', '2', '3', '46086'), fc.string({ maxLength: 6 }));
    const type = fc.constantFrom(undefined, 's', 'n', 'str', 'b', 'e', 'd', 'inlineStr');
    fc.assert(
      fc.property(text, type, fc.constantFrom(null, 0, 1), (v, t, style) => {
        const padded = `<v>${v}</v>`;
        const plain = plainCellValue(t, style, padded, 3, 3 + v.length, ctx);
        if (plain === undefined) return;
        problems.length = 0;
        expect(plain).toEqual(toCellValue({ type: t, style, value: v, inline: null }, ctx, place));
        expect(problems).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the usual indexes and whole numbers in place, dates by their style', () => {
    const read = (t: string | undefined, style: number | null, v: string) => plainCellValue(t, style, v, 0, v.length, ctx);
    expect([read('s', null, '0'), read('s', 0, '1'), read('s', null, '2')]).toEqual(['收文', null, '登记']);
    expect([read(undefined, null, '46086'), read('n', 0, '-12'), read(undefined, null, '007')]).toEqual([46086, -12, 7]);
    expect(read(undefined, 1, '46086')).toEqual({ type: 'date', serial: 46086, day: { year: 2026, month: 3, day: 5 } });
  });

  it('leaves to the general path what needs a problem or a decimal reading', () => {
    const read = (t: string | undefined, v: string) => plainCellValue(t, null, v, 0, v.length, ctx);
    expect([read('s', '3'), read('s', '-1'), read(undefined, '1.5'), read(undefined, ''), read(undefined, '1234567890123456'), read('str', '1')]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('readCellsToEnd', () => {
  it('reads cells up to the end tag after them, in one pass', () => {
    const text = '<row r="3"><c r="A3" t="s"><v>0</v></c> <c r="B3"/></row><row r="4">';
    const cells = new RowCells();
    expect(readCellsToEnd(text, 11, cells)).toBe(text.indexOf('</row>'));
    expect(cells.count).toBe(2);
    const odd = '<c x14ac:dy="1" r="C3" s=\'2\' a="1"/></row>';
    expect(readCellsToEnd(odd, 0, cells)).toBe(odd.indexOf('</row>'));
    expect([odd.slice(cells.refStart[0], cells.refEnd[0]), odd.slice(cells.styleStart[0], cells.styleEnd[0])]).toEqual(['C3', '2']);
  });

  it('answers -1 when the row is not in the fast form or its end is not in the text yet', () => {
    const cells = new RowCells();
    for (const text of ['<c =="A1"/></row>', '<c r="A1" ="1"/></row>', '<c r="A1" xmlns="urn:x"/></row>', '<c r="A1"><v>1</v></c><!-- x --></row>', '<c r="A1"><v>1</v></c>', '<c r="A1"><v>1</v></c><c r="B1"><v>2</v', '<c r="A1"><v>1</v><x/></c></row>']) {
      expect(readCellsToEnd(text, 0, cells)).toBe(-1);
    }
  });
});

describe('decoding and tokenizing in pieces', () => {
  it('decodes characters cut across pieces and stops where the writer says', () => {
    // One ASCII letter first: the pieces then cut three-byte characters in two.
    const text = `x${'收文登记簿'.repeat(DECODE_PIECE / 4)}`;
    const bytes = new TextEncoder().encode(text);
    let got = '';
    expect(streamDecoded((onChunk) => void onChunk(bytes), (t) => ((got += t), true))).toBe(true);
    expect(got).toBe(text);
    let pieces = 0;
    let stopped = false;
    const stream = (onChunk: (chunk: Uint8Array) => boolean): void => {
      stopped = onChunk(bytes) === false;
    };
    expect(streamDecoded(stream, () => ++pieces < 2)).toBe(false);
    expect([pieces, stopped]).toEqual([2, true]);
  });

  it('reads a long text run written in small pieces whole', () => {
    const run = '登记'.repeat(100_000);
    let got = '';
    const tokenizer = new XmlTokenizer({ open: () => undefined, close: () => undefined, text: (t) => void (got += t), wantsText: () => true });
    const xml = `<a><b>${run}</b><c/></a>`;
    for (let at = 0; at < xml.length; at += 1000) tokenizer.write(xml.slice(at, at + 1000));
    tokenizer.close();
    expect(got).toBe(run);
  });

  it('copies a string out of the text it was cut from, unchanged', () => {
    const chunk = `<t>${'第一行收文'.repeat(10)}</t>`;
    expect(ownCopy(chunk.slice(3, 40))).toBe(chunk.slice(3, 40));
    expect(ownCopy('短')).toBe('短');
  });
});
