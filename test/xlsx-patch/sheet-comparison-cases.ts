/**
 * The cases every form of the read-back check's byte comparison must decide as the text check
 * does — whole arrays (compare-sheet-bytes.test.ts) and streams of pieces
 * (compare-sheet-streams.test.ts) — with the parts and the stand-in normaliser they share.
 */
import type { ByteComparison } from '../../src/hosts/xlsx/patch/compare-sheet-bytes';
import { MAIN_NS } from './build-package';

/** A stand-in for the text check's normaliser: `s` attributes and style-only cells set aside. */
export function normalise(text: string): { row: number; tag: string; cells: string | null } {
  const tagEnd = text.indexOf('>') + 1;
  const tag = text.slice(0, tagEnd).replace(/\s*\/?>$/, '');
  const row = Number(/\br="(\d+)"/.exec(tag)?.[1] ?? 0);
  const content = text.endsWith('/>') && tagEnd === text.length ? '' : text.slice(tagEnd, text.lastIndexOf('</'));
  const cells = content.replace(/\s+s="[^"]*"/g, '').replace(/<c r="[^"]*"\/>/g, '');
  return { row, tag, cells: cells === '' && /^<row r="\d+"$/.test(tag) ? null : cells };
}

export const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

export function row(r: number, style = '', extra = ''): string {
  return `<row r="${r}"><c r="A${r}"${style}><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>第${r}行</t></is></c>${extra}</row>`;
}

export function sheet(rows: string, head = '<cols><col min="1" max="1" width="9"/></cols>', tail = '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>'): Uint8Array {
  return encode(`<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="${MAIN_NS}">${head}<sheetData>${rows}</sheetData>${tail}</worksheet>`);
}

export const ROWS = [1, 2, 3, 4, 5, 6].map((r) => row(r));

/** Declares the shared cases (inside the caller's `describe`) over its way of comparing two parts. */
export function sheetComparisonCases(compareBytes: (a: Uint8Array, b: Uint8Array) => ByteComparison): void {
  const compare = (a: string[], b: string[], headB?: string): ByteComparison => compareBytes(sheet(a.join('\n')), sheet(b.join('\n'), headB));

  it('passes identical sheets, and rows whose cells only gained or lost a style', () => {
    expect(compare(ROWS, ROWS).kind).toBe('same');
    const styled = ROWS.map((r, i) => (i % 2 === 0 ? row(i + 1, ' s="12"', `<c r="C${i + 1}" s="12"/>`) : r));
    expect(compare(ROWS, styled).kind).toBe('same');
    expect(compare(styled, ROWS).kind).toBe('same');
  });

  it('passes rows a mark inserted or a clear removed (nothing but styles), at the start, middle and end', () => {
    const inserted = (r: number): string => `<row r="${r}"><c r="C${r}" s="12"/></row>`;
    const withInserted = [inserted(0), ...ROWS.slice(0, 3), inserted(35), ...ROWS.slice(3), inserted(7)];
    expect(compare(ROWS, withInserted).kind).toBe('same');
    expect(compare(withInserted, ROWS).kind).toBe('same');
  });

  it('names the row of a changed value, a dropped row and an extra row', () => {
    const changed = ROWS.map((r, i) => (i === 3 ? r.replace('<v>4</v>', '<v>40</v>') : r));
    expect(compare(ROWS, changed)).toMatchObject({ kind: 'rowChanged', row: 4 });
    expect(compare(ROWS, ROWS.filter((_, i) => i !== 2))).toMatchObject({ kind: 'rowChanged', row: 4 });
    expect(compare(ROWS, [...ROWS, row(7)])).toMatchObject({ kind: 'rowChanged', row: 7 });
    expect(compare(ROWS, ROWS.slice(0, 5))).toMatchObject({ kind: 'rowChanged', before: ROWS[5], after: null });
  });

  it('catches a change before <sheetData>', () => {
    expect(compare(ROWS, ROWS, '<cols><col min="1" max="1" width="90"/></cols>').kind).toBe('headChanged');
  });

  it('leaves to the text check a differing row without a number, with a comment, or text between rows', () => {
    const bare = ROWS.map((r) => r.replace(/<row r="\d+">/, '<row>'));
    expect(compare(bare, bare.map((r, i) => (i === 1 ? r.replace('<v>2</v>', '<v>9</v>') : r))).kind).toBe('unsure');
    const commented = ROWS.map((r, i) => (i === 1 ? r.replace('</row>', '<!-- x --></row>') : r));
    expect(compare(commented, commented.map((r, i) => (i === 1 ? r.replace('<!-- x -->', '<!-- y -->') : r))).kind).toBe('unsure');
    expect(compareBytes(sheet(ROWS.join('\n')), sheet(ROWS.join('\nx'))).kind).toBe('unsure');
  });

  it('passes over white space between rows, as the text check does', () => {
    expect(compareBytes(sheet(ROWS.join('\n')), sheet(ROWS.join('\n\n  '))).kind).toBe('same');
    expect(compareBytes(sheet(ROWS.join('')), sheet(ROWS.join('\r\n'))).kind).toBe('same');
  });

  it('leaves a self-closing <sheetData/> to the text check', () => {
    expect(compareBytes(sheet(''), sheet('')).kind).not.toBe('rowChanged');
    const empty = encode(`<worksheet xmlns="${MAIN_NS}"><sheetData/></worksheet>`);
    expect(compareBytes(empty, empty).kind).toBe('unsure');
  });
}
