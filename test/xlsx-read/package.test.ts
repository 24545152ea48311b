import { strToU8 } from 'fflate';
import { WorkbookPackage } from '../../src/hosts/xlsx/package';
import { SETTINGS_NAMESPACE } from '../../src/core/settings/stored-settings';
import { buildXlsx, PKG_REL, REL, SML, STRICT_SML, xlsxParts, zipParts } from './build-xlsx';

const ROWS = '<row r="1"><c r="A1" t="inlineStr"><is><t>序号</t></is></c></row>';

describe('WorkbookPackage', () => {
  it('lists sheets in tab order with their state, kind and part', () => {
    const pkg = WorkbookPackage.open(
      buildXlsx({
        sheets: [
          { name: '收文登记', xml: ROWS },
          { name: '说明', xml: ROWS, state: 'hidden' },
          { name: '底稿', xml: ROWS, state: 'veryHidden' },
          { name: '图表', xml: '<chartsheet/>', target: 'chartsheets/sheet1.xml', kind: 'chartsheet' },
        ],
      }),
    );
    expect(pkg.sheets.map((s) => [s.name, s.state, s.kind, s.path])).toEqual([
      ['收文登记', 'visible', 'worksheet', 'xl/worksheets/sheet1.xml'],
      ['说明', 'hidden', 'worksheet', 'xl/worksheets/sheet2.xml'],
      ['底稿', 'veryHidden', 'worksheet', 'xl/worksheets/sheet3.xml'],
      ['图表', 'visible', 'chartsheet', 'xl/chartsheets/sheet1.xml'],
    ]);
    expect(pkg.sheets[1]).toMatchObject({ sheetId: 2, relId: 'rId2' });
    expect(pkg.findSheet('收文登记')?.path).toBe('xl/worksheets/sheet1.xml');
    expect(pkg.problems).toEqual([]);
  });

  it('finds sheet parts under the names other writers give them', () => {
    const pkg = WorkbookPackage.open(caseShifted());
    expect(pkg.sheets.map((s) => s.path)).toEqual(['xl/worksheets/Sheet1.xml', 'xl/worksheets/sheet2.xml', 'XL/Worksheets/SHEET3.XML']);
  });

  it('reads the 1904 date system flag in either spelling', () => {
    for (const value of ['1', 'true']) {
      const pkg = WorkbookPackage.open(buildXlsx({ sheets: [{ name: 'a', xml: '' }], workbookPr: `<workbookPr date1904="${value}"/>` }));
      expect(pkg.date1904).toBe(true);
    }
    expect(WorkbookPackage.open(buildXlsx({ sheets: [{ name: 'a', xml: '' }], workbookPr: '<workbookPr date1904="0"/>' })).date1904).toBe(false);
  });

  it('reads defined names, sheet-scoped and hidden ones too', () => {
    const pkg = WorkbookPackage.open(
      buildXlsx({
        sheets: [{ name: '收文', xml: '' }],
        definedNames:
          '<definedName name="登记范围">\'收文\'!$A$2:$F$100</definedName>' +
          '<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">\'收文\'!$A$2:$F$9</definedName>',
      }),
    );
    expect(pkg.definedNames).toEqual([
      { name: '登记范围', localSheetId: null, value: "'收文'!$A$2:$F$100", hidden: false },
      { name: '_xlnm._FilterDatabase', localSheetId: 0, value: "'收文'!$A$2:$F$9", hidden: true },
    ]);
  });

  it('reads a Strict Open XML workbook and prefixed elements', () => {
    const strictRel = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
    const parts = xlsxParts({ sheets: [{ name: 'x', xml: '' }] });
    parts['xl/workbook.xml'] = strToU8(
      `<x:workbook xmlns:x="${STRICT_SML}" xmlns:rel="${strictRel}"><x:workbookPr date1904="1"/>` +
        '<x:sheets><x:sheet name="严格" sheetId="7" rel:id="rId1"/></x:sheets></x:workbook>',
    );
    parts['xl/_rels/workbook.xml.rels'] = strToU8(
      `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${strictRel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    );
    const pkg = WorkbookPackage.open(zipParts(parts));
    expect(pkg.date1904).toBe(true);
    expect(pkg.sheets).toEqual([{ name: '严格', sheetId: 7, relId: 'rId1', path: 'xl/worksheets/sheet1.xml', state: 'visible', kind: 'worksheet' }]);
  });

  it('resolves the relationships of any part and reads its text', () => {
    const pkg = WorkbookPackage.open(buildXlsx({ sheets: [{ name: 'a', xml: ROWS }], strings: ['x'] }));
    const rels = pkg.relsOf(pkg.workbookPath);
    expect(rels.map((r) => r.resolved)).toEqual(['xl/worksheets/sheet1.xml', 'xl/styles.xml', 'xl/sharedStrings.xml']);
    expect(pkg.relsOf('')[0]).toMatchObject({ id: 'rId1', resolved: 'xl/workbook.xml' });
    expect(pkg.relsOf('xl/worksheets/sheet1.xml')).toEqual([]);
    expect(pkg.partText('xl/worksheets/sheet1.xml')).toContain('<sheetData>');
    expect(pkg.partBytes('xl/nothing.xml')).toBeNull();
    expect(pkg.contentTypes().overrides.get('/xl/workbook.xml')).toContain('spreadsheetml.sheet.main');
    expect(pkg.contentTypes().defaults.get('rels')).toBe('application/vnd.openxmlformats-package.relationships+xml');
  });

  it('finds the custom XML parts that hold the add-in settings, by namespace', () => {
    const settings = `<settings xmlns="${SETTINGS_NAMESPACE}">{"version":1}</settings>`;
    const parts = xlsxParts({
      sheets: [{ name: 'a', xml: '' }],
      files: {
        'customXml/item1.xml': '<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>',
        'customXml/itemProps1.xml': '<ds:datastoreItem xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"/>',
        'customXml/item2.xml': settings,
        'customXml/item3.xml': 'not xml at all',
      },
    });
    const rels = new TextDecoder().decode(parts['xl/_rels/workbook.xml.rels']);
    parts['xl/_rels/workbook.xml.rels'] = strToU8(
      rels.replace('</Relationships>', `<Relationship Id="rIdC" Type="${REL}/customXml" Target="../customXml/item2.xml"/></Relationships>`),
    );
    const found = WorkbookPackage.open(zipParts(parts)).customXmlParts();
    expect(found.map((p) => [p.path, p.namespace])).toEqual([
      ['customXml/item2.xml', SETTINGS_NAMESPACE],
      ['customXml/item1.xml', 'http://schemas.openxmlformats.org/officeDocument/2006/bibliography'],
      ['customXml/item3.xml', null],
    ]);
    expect(found[0].text).toBe(settings);
  });

  it('skips a damaged optional part with a problem instead of failing', () => {
    const pkg = WorkbookPackage.open(
      buildXlsx({ sheets: [{ name: 'a', xml: ROWS }], styles: '<styleSheet><cellXfs><xf', sharedStringsXml: `<sst xmlns="${SML}"><si><t>x` }),
    );
    expect(pkg.styles.cellXfs).toEqual([]);
    expect(pkg.sharedStrings()).toEqual([]);
    expect(pkg.problems.map((p) => p.code)).toEqual(['xlsx.read.partUnreadable', 'xlsx.read.partUnreadable']);
    expect(pkg.problems[0].message.zh).toContain('xl/styles.xml');
  });

  it('reads styles: cell formats, custom number formats, fills and which styles are dates', () => {
    const styles =
      `<styleSheet xmlns="${SML}"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>` +
      '<numFmt numFmtId="165" formatCode="0&quot;件&quot;"/></numFmts>' +
      '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
      '<fill><patternFill patternType="solid"><fgColor rgb="FFFF0000"/><bgColor indexed="64"/></patternFill></fill>' +
      '<fill><patternFill patternType="solid"><fgColor theme="4" tint="0.3999"/></patternFill></fill>' +
      '<fill><gradientFill degree="90"><stop position="0"><color rgb="FF000000"/></stop></gradientFill></fill></fills>' +
      '<cellStyleXfs count="1"><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="164" fontId="0" fillId="2" borderId="0" applyFill="1"/>' +
      '<xf numFmtId="165" fontId="1" fillId="3" borderId="1"/><xf numFmtId="57" fontId="0" fillId="0" borderId="0"/></cellXfs>' +
      '<dxfs count="1"><dxf><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs></styleSheet>';
    const { styles: table } = WorkbookPackage.open(buildXlsx({ sheets: [{ name: 'a', xml: '' }], styles }));
    expect(table.cellXfs).toEqual([
      { numFmtId: 0, fontId: 0, fillId: 0, borderId: 0 },
      { numFmtId: 164, fontId: 0, fillId: 2, borderId: 0, applyFill: true },
      { numFmtId: 165, fontId: 1, fillId: 3, borderId: 1 },
      { numFmtId: 57, fontId: 0, fillId: 0, borderId: 0 },
    ]);
    expect(table.fills).toEqual([
      { pattern: 'none' },
      { pattern: 'gray125' },
      { pattern: 'solid', fgColor: { rgb: 'FFFF0000' }, bgColor: { indexed: 64 } },
      { pattern: 'solid', fgColor: { theme: 4, tint: 0.3999 } },
      { pattern: 'gradient' },
    ]);
    expect([0, 1, 2, 3, 4, -1].map((s) => table.isDateStyle(s))).toEqual([false, true, false, true, false, false]);
  });
});

/** A package whose part names differ in case from its relationship targets. */
function caseShifted(): Uint8Array {
  const parts = xlsxParts({ sheets: [{ name: 'a', xml: ROWS }, { name: 'b', xml: ROWS }, { name: 'c', xml: ROWS }] });
  parts['xl/worksheets/Sheet1.xml'] = parts['xl/worksheets/sheet1.xml'];
  delete parts['xl/worksheets/sheet1.xml'];
  parts['XL/Worksheets/SHEET3.XML'] = parts['xl/worksheets/sheet3.xml'];
  delete parts['xl/worksheets/sheet3.xml'];
  parts['xl/_rels/workbook.xml.rels'] = strToU8(
    `<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/worksheet" Target="/xl/worksheets/sheet2.xml"/>` +
      `<Relationship Id="rId3" Type="${REL}/worksheet" Target="worksheets\\sheet3.xml"/>` +
      `<Relationship Id="rId4" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  return zipParts(parts);
}
