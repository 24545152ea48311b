/**
 * The data-validation patch on worksheet XML: where a new block goes in CT_Worksheet's order,
 * conflicts with the clerk's rules (also the x14 ones in extLst), trimming with replace, and the
 * add-in's own rules replaced without asking.
 */
import type { ColumnValidation } from '../../src/hosts/editing-host';
import { installValidationsInXml, listValidationsInXml } from '../../src/hosts/xlsx/edit/install-validations';

const urgency: ColumnValidation = { col: 5, fromRow: 3, toRow: 100, type: 'list', values: ['特急', '加急'], allowBlank: true, errorTitle: '紧急程度填写有误', errorMessage: '请从下拉列表中选择' };
const OURS = '<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="紧急程度填写有误" error="请从下拉列表中选择" promptTitle="台账助手" prompt="可选：特急、加急" sqref="F3:F100"><formula1>"特急,加急"</formula1></dataValidation>';
const sheet = (after: string): string => `<worksheet><sheetData><row r="1"/></sheetData>${after}</worksheet>`;

describe('installValidationsInXml', () => {
  it('puts a new block after conditional formats (whose rules may hold an extLst) and before hyperlinks', () => {
    const cf = '<conditionalFormatting sqref="A1"><cfRule type="dataBar" priority="1"><extLst><ext uri="x"><x14:id>{1}</x14:id></ext></extLst></cfRule></conditionalFormatting>';
    const xml = sheet(`<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>${cf}<hyperlinks/><pageMargins/>`);
    const result = installValidationsInXml(xml, [urgency], false);
    expect(result).toEqual({ xml: sheet(`<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>${cf}<dataValidations count="1">${OURS}</dataValidations><hyperlinks/><pageMargins/>`), installed: 1, conflicts: [] });
  });

  it('goes before the sheet’s end when nothing follows, in the part’s own prefix', () => {
    const xml = '<x:worksheet xmlns:x="m"><x:sheetData/></x:worksheet>';
    expect(installValidationsInXml(xml, [urgency], false).xml).toBe(`<x:worksheet xmlns:x="m"><x:sheetData/><x:dataValidations count="1">${OURS.replace(/<(\/?)/g, '<$1x:')}</x:dataValidations></x:worksheet>`);
  });

  it('leaves a rule out where the clerk’s own covers its cells, and reports it', () => {
    const clerk = '<dataValidation type="list" sqref="F10:F20 H3"><formula1>"是,否"</formula1></dataValidation>';
    const xml = sheet(`<dataValidations count="1">${clerk}</dataValidations>`);
    const result = installValidationsInXml(xml, [urgency, { ...urgency, col: 6 }], false);
    expect(result.conflicts).toEqual([{ col: 5, ref: 'F10:F20 H3', type: 'list', ownedByAddIn: false }]);
    expect(result.installed).toBe(1);
    expect(result.xml).toBe(sheet(`<dataValidations count="2">${clerk}${OURS.replace(/F3:F100/, 'G3:G100')}</dataValidations>`));
  });

  it('with replace, takes only the covered cells out of the clerk’s rule', () => {
    const clerk = (sqref: string): string => `<dataValidation type="list" sqref="${sqref}"><formula1>"是,否"</formula1></dataValidation>`;
    const xml = sheet(`<dataValidations count="2">${clerk('F1:F200 H3')}${clerk('F50:F60')}</dataValidations>`);
    const result = installValidationsInXml(xml, [urgency], true);
    expect(result.conflicts).toEqual([]);
    expect(result.xml).toBe(sheet(`<dataValidations count="2">${clerk('F1:F2 F101:F200 H3')}${OURS}</dataValidations>`));
  });

  it('replaces its own earlier rule on the same column without asking, and gives the same part again', () => {
    const once = installValidationsInXml(sheet('<pageMargins/>'), [urgency], false).xml;
    expect(installValidationsInXml(once, [urgency], false).xml).toBe(once);
    const longer = installValidationsInXml(once, [{ ...urgency, toRow: 300 }], false);
    expect(longer.conflicts).toEqual([]);
    expect(listValidationsInXml(longer.xml)).toEqual([{ col: 5, ref: 'F3:F300', type: 'list', ownedByAddIn: true }]);
  });

  it('sees the clerk’s x14 rules in extLst, and trims them away with their ext when replaced', () => {
    const ext = '<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="x14"><x14:dataValidations count="1" xmlns:xm="xm"><x14:dataValidation type="list"><x14:formula1><xm:f>名单!$A$1:$A$9</xm:f></x14:formula1><xm:sqref>F3:F50</xm:sqref></x14:dataValidation></x14:dataValidations></ext>';
    const other = '<ext uri="{other}"><y/></ext>';
    const xml = sheet(`<pageMargins/><extLst>${ext}${other}</extLst>`);
    expect(listValidationsInXml(xml)).toEqual([{ col: 5, ref: 'F3:F50', type: 'list', ownedByAddIn: false }]);
    expect(installValidationsInXml(xml, [urgency], false).conflicts).toHaveLength(1);
    const replaced = installValidationsInXml(xml, [urgency], true).xml;
    expect(replaced).toBe(sheet(`<dataValidations count="1">${OURS}</dataValidations><pageMargins/><extLst>${other}</extLst>`));
  });

  it('recognises its own rules by their prompt title however a writer escaped it', () => {
    const escaped = OURS.replace('台账助手', '&#21488;&#36134;&#21161;&#25163;');
    expect(listValidationsInXml(sheet(`<dataValidations count="1">${escaped}</dataValidations>`))[0].ownedByAddIn).toBe(true);
  });

  it('writes a date rule with DATE() bounds, valid in either date system', () => {
    const date: ColumnValidation = { col: 1, fromRow: 3, toRow: 9, type: 'date', between: [{ year: 2025, month: 1, day: 1 }, { year: 2027, month: 12, day: 31 }], allowBlank: true, errorTitle: 'T', errorMessage: 'M' };
    expect(installValidationsInXml(sheet(''), [date], false).xml).toContain('<dataValidation type="date" operator="between" allowBlank="1" showErrorMessage="1" errorTitle="T" error="M" promptTitle="台账助手" prompt="请填写日期，如 2026-03-05" sqref="B3:B9"><formula1>DATE(2025,1,1)</formula1><formula2>DATE(2027,12,31)</formula2></dataValidation>');
  });

  it('warns instead of refusing when the rule asks for it, and skips a list with nothing writable', () => {
    const warned = installValidationsInXml(sheet(''), [{ ...urgency, errorStyle: 'warning' } as ColumnValidation], false).xml;
    expect(warned).toContain('<dataValidation type="list" errorStyle="warning" allowBlank="1"');
    expect(installValidationsInXml(sheet(''), [{ ...urgency, values: ['a,b', '"'] }], false)).toMatchObject({ installed: 0, conflicts: [] });
  });
});
