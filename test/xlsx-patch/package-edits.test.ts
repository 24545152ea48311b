import { SETTINGS_NAMESPACE } from '../../src/core/settings/stored-settings';
import { addOverride, hasDefault, removeOverride } from '../../src/hosts/xlsx/patch/content-types-edit';
import { findCustomPart, makeRelativeTarget, removeCustomPart, readRootNamespace, writeCustomPart } from '../../src/hosts/xlsx/patch/custom-xml-edit';
import { PackageDraft } from '../../src/hosts/xlsx/patch/package-draft';
import { addRelationship, removeRelationship, REL_TYPES } from '../../src/hosts/xlsx/patch/rels-edit';
import { parseSettingsXml, serializeSettingsXml } from '../../src/hosts/xlsx/patch/settings-xml';
import { isFormattingLocked } from '../../src/hosts/xlsx/patch/sheet-protection';
import { appendSheet, removeDefinedName, renameSheet, setDefinedName } from '../../src/hosts/xlsx/patch/workbook-edit';
import { readStringConstant, readWorkbookState, writeStringConstant } from '../../src/hosts/xlsx/patch/workbook-state';
import { readZip } from '../../src/hosts/xlsx/zip/read-zip';
import { buildPackage, partsOf } from './build-package';

const RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="t" Target="a.xml"/><Relationship Id="rId3" Type="t" Target="b.xml"/></Relationships>';

describe('relationships', () => {
  it('adds a relationship with an id above every numbered one, and removing it restores the bytes', () => {
    const { xml, id } = addRelationship(RELS, REL_TYPES.customXml, '../customXml/item1.xml');
    expect(id).toBe('rId4');
    expect(xml).toContain(`<Relationship Id="rId4" Type="${REL_TYPES.customXml}" Target="../customXml/item1.xml"/></Relationships>`);
    expect(removeRelationship(xml, 'rId4')).toBe(RELS);
  });

  it('starts a relationships part when there is none', () => {
    expect(addRelationship(null, REL_TYPES.customXmlProps, 'itemProps1.xml').xml).toContain('<Relationship Id="rId1"');
  });
});

describe('content types', () => {
  const TYPES = '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="XML" ContentType="application/xml"/></Types>';

  it('adds an override once and removes it exactly', () => {
    const added = addOverride(TYPES, 'customXml/itemProps1.xml', 'application/x');
    expect(added).toContain('<Override PartName="/customXml/itemProps1.xml" ContentType="application/x"/></Types>');
    expect(addOverride(added, '/customXml/itemProps1.xml', 'application/x')).toBe(added);
    expect(removeOverride(added, 'customXml/itemProps1.xml')).toBe(TYPES);
    expect(hasDefault(TYPES, 'xml')).toBe(true);
  });
});

describe('workbook part edits', () => {
  const WB = '<workbook xmlns="m" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="收文" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="1"/></workbook>';

  it('appends a sheet with the relationship prefix the part declares', () => {
    expect(appendSheet(WB, { name: 'A&B "汇总"', sheetId: 2, relId: 'rId7' })).toContain('<sheet name="A&amp;B &quot;汇总&quot;" sheetId="2" r:id="rId7"/></sheets>');
    const other = WB.replace(/xmlns:r=/, 'xmlns:rel=').replace('r:id', 'rel:id');
    expect(appendSheet(other, { name: 'x', sheetId: 2, relId: 'rId7' })).toContain('<sheet name="x" sheetId="2" rel:id="rId7"/>');
  });

  it('declares the relationship namespace on the sheet when the root does not', () => {
    const bare = '<workbook xmlns="m"><sheets></sheets></workbook>';
    expect(appendSheet(bare, { name: 'x', sheetId: 1, relId: 'rId1' })).toContain(
      '<sheet name="x" sheetId="1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>',
    );
  });

  it('creates definedNames before calcPr, replaces a name of the same scope, and removes it again', () => {
    const named = setDefinedName(WB, { name: 'RegisterDesk.Owned', localSheetId: 0, value: '"remind"', hidden: true });
    expect(named).toContain('</sheets><definedNames><definedName name="RegisterDesk.Owned" localSheetId="0" hidden="1">&quot;remind&quot;</definedName></definedNames><calcPr');
    const again = setDefinedName(named, { name: 'RegisterDesk.Owned', localSheetId: 0, value: '"summary"', hidden: true });
    expect(again.match(/definedName name/g)?.length).toBe(1);
    expect(again).toContain('&quot;summary&quot;');
    expect(removeDefinedName(again, 'RegisterDesk.Owned', 0)).toBe(WB);
  });

  it('opens a self-closing definedNames instead of adding a second one, and closes it again', () => {
    const empty = WB.replace('</sheets>', '</sheets><definedNames/>');
    const named = setDefinedName(empty, { name: 'RegisterDesk.Owned', localSheetId: 0, value: '"x"' });
    expect(named.match(/<definedNames/g)?.length).toBe(1);
    expect(named).toContain('<definedNames ><definedName name="RegisterDesk.Owned" localSheetId="0">&quot;x&quot;</definedName></definedNames><calcPr');
    expect(removeDefinedName(named, 'RegisterDesk.Owned', 0)).toBe(empty);
  });

  it('renames a sheet found by its relationship id', () => {
    expect(renameSheet(WB, 'rId1', '收文 (2)')).toContain('<sheet name="收文 (2)" sheetId="1" r:id="rId1"/>');
  });

  it('reads and writes string constants with doubled quotes', () => {
    expect(writeStringConstant('a"b')).toBe('"a""b"');
    expect(readStringConstant(writeStringConstant('summary:2026 "x"'))).toBe('summary:2026 "x"');
  });
});

describe('custom XML parts', () => {
  const guid = (): string => '0f8fad5b-d9cb-469f-a165-70867728950e';

  it('adds a part with its properties, relationships and content types, and removing it restores the package', () => {
    const original = buildPackage({ sheets: [{ name: '收文', rows: '' }] });
    const draft = new PackageDraft(readZip(original));
    writeCustomPart(draft, 'xl/workbook.xml', SETTINGS_NAMESPACE, serializeSettingsXml({ version: 1 }), guid);
    const parts = partsOf(draft.save());
    expect(parts['customXml/item1.xml']).toContain(`<settings xmlns="${SETTINGS_NAMESPACE}">`);
    expect(parts['customXml/itemProps1.xml']).toContain('ds:itemID="{0F8FAD5B-D9CB-469F-A165-70867728950E}"');
    expect(parts['customXml/itemProps1.xml']).toContain(`<ds:schemaRef ds:uri="${SETTINGS_NAMESPACE}"/>`);
    expect(parts['customXml/_rels/item1.xml.rels']).toContain('Target="itemProps1.xml"');
    expect(parts['xl/_rels/workbook.xml.rels']).toContain('Target="../customXml/item1.xml"');
    expect(parts['[Content_Types].xml']).toContain('<Override PartName="/customXml/itemProps1.xml"');
    expect(findCustomPart(draft, 'xl/workbook.xml', SETTINGS_NAMESPACE)?.path).toBe('customXml/item1.xml');

    removeCustomPart(draft, 'xl/workbook.xml', SETTINGS_NAMESPACE);
    expect(partsOf(draft.save())).toEqual(partsOf(original));
    expect(draft.changedParts()).toEqual([]);
  });

  it('takes a GUID with or without braces', () => {
    const draft = new PackageDraft(readZip(buildPackage({ sheets: [{ name: 'a', rows: '' }] })));
    writeCustomPart(draft, 'xl/workbook.xml', SETTINGS_NAMESPACE, serializeSettingsXml({ version: 1 }), () => '{0f8fad5b-d9cb-469f-a165-70867728950e}');
    expect(draft.text('customXml/itemProps1.xml')).toContain('ds:itemID="{0F8FAD5B-D9CB-469F-A165-70867728950E}"');
  });

  it('replaces the content of an existing part in place', () => {
    const draft = new PackageDraft(readZip(buildPackage({ sheets: [{ name: 'a', rows: '' }] })));
    writeCustomPart(draft, 'xl/workbook.xml', SETTINGS_NAMESPACE, serializeSettingsXml({ version: 1 }), guid);
    writeCustomPart(draft, 'xl/workbook.xml', SETTINGS_NAMESPACE, serializeSettingsXml({ version: 1, x: 2 }), guid);
    const parts = partsOf(draft.save());
    expect(Object.keys(parts).filter((p) => p.startsWith('customXml/item')).sort()).toEqual(['customXml/item1.xml', 'customXml/itemProps1.xml']);
    expect(parseSettingsXml(parts['customXml/item1.xml']).settings).toEqual({ version: 1, x: 2 });
  });

  it('reads the namespace of a root element, prefixed or not', () => {
    expect(readRootNamespace('<?xml version="1.0"?><!-- c --><s:a xmlns:s="urn:x"/>')).toBe('urn:x');
    expect(readRootNamespace('<a/>')).toBeNull();
  });

  it('writes relationship targets relative to the source part', () => {
    expect(makeRelativeTarget('xl/workbook.xml', 'customXml/item1.xml')).toBe('../customXml/item1.xml');
    expect(makeRelativeTarget('xl/workbook.xml', 'xl/worksheets/sheet3.xml')).toBe('worksheets/sheet3.xml');
    expect(makeRelativeTarget('workbook.xml', 'customXml/item1.xml')).toBe('customXml/item1.xml');
  });
});

describe('settings XML', () => {
  it('round-trips settings holding characters XML must escape', () => {
    const settings = { version: 1 as const, mappings: { '收文&<登记>': { kind: 'incoming' as const, columns: { title: 'C' } } }, note: ']]> "q"' };
    const xml = serializeSettingsXml(settings);
    expect(xml).toContain('收文&amp;&lt;登记&gt;');
    expect(parseSettingsXml(xml)).toEqual({ settings, problems: [] });
  });

  it('gives the empty settings and a problem for damaged JSON', () => {
    const result = parseSettingsXml(`<settings xmlns="${SETTINGS_NAMESPACE}"><json>{"version":1,</json></settings>`);
    expect(result.settings).toEqual({ version: 1 });
    expect(result.problems[0].code).toBe('settings.unreadable');
  });

  it('reads JSON written inside CDATA', () => {
    expect(parseSettingsXml('<settings><json><![CDATA[{"version":1,"a":"<b>"}]]></json></settings>').settings).toEqual({ version: 1, a: '<b>' });
  });
});

describe('workbook state', () => {
  it('lists sheets with their parts and purposes', () => {
    const bytes = buildPackage({
      sheets: [{ name: '收文', rows: '' }, { name: '汇总', rows: '', state: 'hidden' }],
      afterSheets: '<definedNames><definedName name="RegisterDesk.Owned" localSheetId="1" hidden="1">"summary:2026"</definedName></definedNames>',
    });
    const state = readWorkbookState(new PackageDraft(readZip(bytes)), 'xl/workbook.xml');
    expect(state.sheets.map((s) => [s.name, s.path, s.state, s.ownedPurpose])).toEqual([
      ['收文', 'xl/worksheets/sheet1.xml', 'visible', null],
      ['汇总', 'xl/worksheets/sheet2.xml', 'hidden', 'summary:2026'],
    ]);
    expect(state.stylesPath).toBe('xl/styles.xml');
  });
});

describe('sheet protection', () => {
  const ws = (protection: string): string => `<worksheet><sheetData><row r="1"/></sheetData>${protection}</worksheet>`;

  it('reads formatting as locked only when protection is on and formatting is not allowed', () => {
    expect(isFormattingLocked(ws('<sheetProtection sheet="1" objects="1"/>'))).toBe(true);
    expect(isFormattingLocked(ws('<x:sheetProtection sheet="true"/>'))).toBe(true);
    expect(isFormattingLocked(ws('<sheetProtection sheet="1" formatCells="0"/>'))).toBe(false);
    expect(isFormattingLocked(ws('<sheetProtection sheet="0"/>'))).toBe(false);
    expect(isFormattingLocked(ws(''))).toBe(false);
  });
});
