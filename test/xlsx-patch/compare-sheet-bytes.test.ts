/**
 * The byte form of the read-back check (issue 12): identical stretches pass untouched, rows that
 * differ are judged as the text check judges them, and whatever it does not expect is handed
 * back ('unsure') for the text check to decide.
 */
import { compareSheetBytes } from '../../src/hosts/xlsx/patch/compare-sheet-bytes';
import { verifyPatched } from '../../src/hosts/xlsx/patch/verify-patched';
import { NODE_CODEC } from '../../src/cli/node-codec';
import { buildPackage, repackage } from './build-package';
import { ROWS, normalise, sheet, sheetComparisonCases } from './sheet-comparison-cases';

const SHEET = 'xl/worksheets/sheet1.xml';

describe('compareSheetBytes', () => {
  sheetComparisonCases((a, b) => compareSheetBytes(a, b, normalise));
});

describe('verifyPatched on the text path', () => {
  it('still refuses a changed value when the byte comparison is unsure (rows between comments)', () => {
    const rows = ROWS.map((r) => `<!-- ${r.slice(1, 9)} -->${r}`).join('');
    const original = buildPackage({ sheets: [{ name: '收文登记', xml: new TextDecoder().decode(sheet(rows)) }] });
    const styled = repackage(original, { [SHEET]: (xml) => xml.replace('<c r="A2">', '<c r="A2" s="1">') });
    expect(verifyPatched(original, styled, NODE_CODEC)).toEqual({ ok: true, problems: [] });
    const changed = repackage(original, { [SHEET]: (xml) => xml.replace('<c r="A2"><v>2</v>', '<c r="A2" s="1"><v>3</v>') });
    expect(verifyPatched(original, changed, NODE_CODEC).problems[0]).toMatchObject({ code: 'xlsx.verify.valueChanged', at: { row: 2, col: 0 } });
  });
});
