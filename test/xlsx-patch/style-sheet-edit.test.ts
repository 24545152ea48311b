import { StyleSheetEdit } from '../../src/hosts/xlsx/patch/style-sheet-edit';
import { describeFill, scanCollection } from '../../src/hosts/xlsx/patch/styles-scan';

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><fonts count="1"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment horizontal="center"/></xf></cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>`;

const RED = '<fill><patternFill patternType="solid"><fgColor rgb="FFFF0000"/><bgColor indexed="64"/></patternFill></fill>';

describe('StyleSheetEdit', () => {
  it('appends a fill and a painted copy of a format, growing the counts', () => {
    const edit = new StyleSheetEdit(STYLES);
    const fill = edit.addFill(RED);
    const s = edit.addPaintedXf(1, fill);
    expect([fill, s]).toEqual([2, 2]);
    const out = edit.toXml();
    expect(out).toContain(`<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>${RED}</fills>`);
    expect(out).toContain(
      '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment horizontal="center"/></xf><xf numFmtId="164" fontId="0" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1"><alignment horizontal="center"/></xf></cellXfs>',
    );
  });

  it('changes nothing outside the collections it appends to', () => {
    const out = new StyleSheetEdit(STYLES);
    out.addPaintedXf(0, out.addFill(RED));
    const text = out.toXml();
    const strip = (x: string): string => x.replace(/<fills[\s\S]*<\/fills>/, '').replace(/<cellXfs[\s\S]*<\/cellXfs>/, '');
    expect(strip(text)).toBe(strip(STYLES));
  });

  it('reuses an identical element instead of adding it twice', () => {
    const edit = new StyleSheetEdit(STYLES);
    expect(edit.addFill('<fill><patternFill patternType="none"/></fill>')).toBe(0);
    const a = edit.addPaintedXf(0, edit.addFill(RED));
    const b = edit.addPaintedXf(0, edit.addFill(RED));
    expect(a).toBe(b);
    expect(edit.xfCount).toBe(3);
  });

  it('returns the original text when nothing was added', () => {
    expect(new StyleSheetEdit(STYLES).toXml()).toBe(STYLES);
  });

  it('keeps a wrong count wrong by the same amount instead of trusting it', () => {
    const wrong = STYLES.replace('<fills count="2">', '<fills count="7">');
    const edit = new StyleSheetEdit(wrong);
    expect(edit.addFill(RED)).toBe(2);
    expect(edit.toXml()).toContain('<fills count="8">');
  });

  it('writes new elements with the prefix the part uses', () => {
    const prefixed = `<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:fonts count="1"><x:font/></x:fonts><x:fills count="1"><x:fill><x:patternFill/></x:fill></x:fills><x:cellXfs count="1"><x:xf fontId="0" fillId="0"/></x:cellXfs></x:styleSheet>`;
    const edit = new StyleSheetEdit(prefixed);
    edit.addPaintedXf(0, edit.addFill(RED));
    expect(edit.toXml()).toBe(
      `<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:fonts count="1"><x:font/></x:fonts><x:fills count="2"><x:fill><x:patternFill/></x:fill><x:fill><x:patternFill patternType="solid"><x:fgColor rgb="FFFF0000"/><x:bgColor indexed="64"/></x:patternFill></x:fill></x:fills><x:cellXfs count="2"><x:xf fontId="0" fillId="0"/><x:xf fontId="0" fillId="1" applyFill="1"/></x:cellXfs></x:styleSheet>`,
    );
  });

  it('creates a missing collection in schema order', () => {
    const bare = '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><cellXfs count="1"><xf/></cellXfs></styleSheet>';
    const edit = new StyleSheetEdit(bare);
    expect(edit.addNumFmt('0.0%')).toBe(164);
    expect(edit.addBorder('<border><left/></border>')).toBe(0);
    expect(edit.toXml()).toBe(
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border><left/></border></borders><cellXfs count="1"><xf/></cellXfs></styleSheet>',
    );
  });

  it('finds number formats: built-in ids, existing custom codes, new ids above the highest', () => {
    const edit = new StyleSheetEdit(STYLES);
    expect(edit.addNumFmt('0%')).toBe(9);
    expect(edit.addNumFmt('yyyy"年"m"月"d"日"')).toBe(164);
    expect(edit.addNumFmt('0.0')).toBe(165);
    expect(edit.toXml()).toContain('<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="0.0"/></numFmts>');
  });

  it('paints a copy of format 0 when the base index does not exist', () => {
    const edit = new StyleSheetEdit(STYLES);
    const s = edit.addPaintedXf(99, edit.addFill(RED));
    expect(edit.xf(s)).toBe('<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/>');
  });
});

describe('styles scanning', () => {
  it('reads children of a collection without trusting its count', () => {
    const c = scanCollection(STYLES.replace('<cellXfs count="2">', '<cellXfs count="40">'), 'cellXfs');
    expect(c?.children.length).toBe(2);
    expect(c?.count).toBe(40);
  });

  it('describes solid, theme-tinted, pattern and gradient fills', () => {
    expect(describeFill(RED)).toEqual({ pattern: 'solid', color: 'FF0000' });
    expect(describeFill('<fill><patternFill patternType="solid"><fgColor theme="5" tint="0.3999"/></patternFill></fill>')).toEqual({ pattern: 'solid', theme: 5, tint: 0.3999 });
    expect(describeFill('<x:fill><x:patternFill patternType="darkGrid"/></x:fill>')).toEqual({ pattern: 'darkGrid' });
    expect(describeFill('<fill><gradientFill degree="90"><stop position="0"/></gradientFill></fill>')).toEqual({ pattern: 'gradient' });
    expect(describeFill(undefined)).toEqual({ pattern: 'none' });
  });
});
