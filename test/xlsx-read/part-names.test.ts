import { relsPathOf, resolveTarget } from '../../src/hosts/xlsx/read/part-names';
import { decodeXString } from '../../src/hosts/xlsx/read/xstring';
import fc from 'fast-check';

describe('resolveTarget', () => {
  it.each([
    ['xl/workbook.xml', 'worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/workbook.xml', '/xl/sharedStrings.xml', 'xl/sharedStrings.xml'],
    ['xl/workbook.xml', 'worksheets\\sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/workbook.xml', './styles.xml', 'xl/styles.xml'],
    ['xl/workbook.xml', '../customXml/item1.xml', 'customXml/item1.xml'],
    ['xl/worksheets/sheet1.xml', '../drawings/drawing1.xml', 'xl/drawings/drawing1.xml'],
    ['', 'xl/workbook.xml', 'xl/workbook.xml'],
    ['xl/workbook.xml', 'worksheets/%E6%94%B6%E6%96%87.xml', 'xl/worksheets/收文.xml'],
    ['xl/workbook.xml', '../../../../etc/passwd', 'etc/passwd'],
  ])('from %s, %s is %s', (source, target, part) => {
    expect(resolveTarget(source, target)).toBe(part);
  });

  it('places relationship parts beside the part they describe', () => {
    expect(relsPathOf('xl/workbook.xml')).toBe('xl/_rels/workbook.xml.rels');
    expect(relsPathOf('/xl/worksheets/sheet1.xml')).toBe('xl/worksheets/_rels/sheet1.xml.rels');
    expect(relsPathOf('')).toBe('_rels/.rels');
  });
});

describe('decodeXString', () => {
  it('undoes the _xHHHH_ escapes Excel writes for control characters', () => {
    expect(decodeXString('第一行_x000D_\n第二行')).toBe('第一行\r\n第二行');
    expect(decodeXString('_x005F_x000D_')).toBe('_x000D_');
    expect(decodeXString('a_x00_b')).toBe('a_x00_b');
  });

  it('gives back any text escaped the way Excel escapes it', () => {
    const escape = (s: string): string => s.replace(/_x[0-9A-Fa-f]{4}_/g, (m) => `_x005F${m}`).replace(/\r/g, '_x000D_');
    fc.assert(fc.property(fc.string(), (s) => decodeXString(escape(s)) === s));
  });
});
