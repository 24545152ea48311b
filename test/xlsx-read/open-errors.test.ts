import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { WorkbookOpenError, WorkbookPackage } from '../../src/hosts/xlsx/package';
import type { WorkbookOpenErrorCode } from '../../src/hosts/xlsx/open-errors';
import { buildXlsx, xlsxParts, zipParts } from './build-xlsx';
import { readSheetTop } from '../../src/hosts/xlsx/read';

const sample = (name: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, 'samples', name)));

/** An OLE2 compound file whose directory names these streams (the root entry comes first). */
function compoundFile(streams: readonly string[]): Uint8Array {
  const names = ['Root Entry', ...streams];
  const bytes = new Uint8Array(512 + 128 * names.length + 512);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  names.forEach((name, i) => {
    const at = 512 + 128 * i;
    for (let k = 0; k < name.length; k++) {
      bytes[at + 2 * k] = name.charCodeAt(k) & 0xff;
      bytes[at + 2 * k + 1] = name.charCodeAt(k) >> 8;
    }
    new DataView(bytes.buffer).setUint16(at + 64, (name.length + 1) * 2, true);
    bytes[at + 66] = i === 0 ? 5 : 2;
  });
  return bytes;
}

function openError(bytes: Uint8Array, fileName?: string): WorkbookOpenError {
  try {
    WorkbookPackage.open(bytes, { fileName });
  } catch (e) {
    if (e instanceof WorkbookOpenError) return e;
    throw e;
  }
  throw new Error('the workbook opened');
}

const workbook = buildXlsx({ sheets: [{ name: '收文', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }] });

describe('WorkbookPackage.open refuses what it cannot read with one plain sentence', () => {
  const cases: Array<[string, () => Uint8Array, WorkbookOpenErrorCode, string, string | undefined]> = [
    ['an empty file', () => new Uint8Array(0), 'empty', '文件是空的', undefined],
    ['a CSV renamed .xlsx', () => strToU8('序号,收文日期\n1,2026-3-5\n'), 'notZip', '不是有效的 Excel 工作簿文件（.xlsx）', undefined],
    ['an OA system web page saved as .xls', () => strToU8('\uFEFF <html><table><tr><td>收文</td></tr></table></html>'), 'notZip', '网页或 XML 格式', undefined],
    ['a download cut short', () => workbook.subarray(0, Math.floor(workbook.length * 0.7)), 'truncated', '文件不完整', undefined],
    ['a workbook with an open password', () => compoundFile(['EncryptionInfo', 'EncryptedPackage']), 'encrypted', '文件设有打开密码，请在 Excel 中取消密码后另存为 .xlsx 再试', undefined],
    ['an old .xls written by LibreOffice', () => sample('libreoffice-register.xls'), 'xls', '这是旧版 .xls 文件，请在 Excel 或 WPS 中另存为 .xlsx 后再试', undefined],
    ['an old .xls named Book', () => compoundFile(['Book']), 'xls', '旧版 .xls', undefined],
    ['a WPS .et file', () => compoundFile(['Workbook', 'ETExtData']), 'et', 'WPS 表格（.et）', undefined],
    ['a file named .et', () => compoundFile(['Workbook']), 'et', 'WPS 表格（.et）', '2026年收文.et'],
    ['a Word document', () => zipSync({ 'word/document.xml': strToU8('<w:document/>') }), 'noWorkbook', 'Word 或 PowerPoint', undefined],
    ['an .ods spreadsheet', () => sample('libreoffice-register.ods'), 'noWorkbook', '.ods', undefined],
    ['a zip of unrelated files', () => zipSync({ 'readme.txt': strToU8('hi') }), 'noWorkbook', '没有找到 Excel 工作簿', undefined],
  ];

  it.each(cases)('%s', (_label, bytes, code, zh, fileName) => {
    const error = openError(bytes(), fileName);
    expect(error.code).toBe(code);
    expect(error.zh).toContain(zh);
    expect(error.en.length).toBeGreaterThan(10);
    expect(error.toProblem()).toMatchObject({ code: `xlsx.open.${code}`, severity: 'error', message: { zh: error.zh } });
  });

  it('names an .xlsb binary workbook', () => {
    const parts = xlsxParts({ sheets: [] });
    parts['_rels/.rels'] = strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
    );
    expect(openError(zipParts(parts)).variant).toBe('xlsb');
  });

  it('refuses a package that unpacks beyond the limits', () => {
    let thrown: unknown;
    try {
      WorkbookPackage.open(workbook, { limits: { maxTotalSize: 100 } });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(WorkbookOpenError);
    expect((thrown as WorkbookOpenError).code).toBe('tooLarge');
  });

  it('calls a damaged or DTD-carrying workbook part unreadable', () => {
    const broken = buildXlsx({ sheets: [], files: { 'xl/workbook.xml': '<workbook><sheets><sheet name="a"' } });
    expect(openError(broken).code).toBe('unreadable');
    const dtd = buildXlsx({
      sheets: [],
      files: { 'xl/workbook.xml': '<?xml version="1.0"?><!DOCTYPE workbook [<!ENTITY x SYSTEM "file:///etc/passwd">]><workbook>&x;</workbook>' },
    });
    expect(openError(dtd).code).toBe('unreadable');
  });

  it('opens a workbook with no root relationships where Excel keeps it', () => {
    const pkg = WorkbookPackage.open(buildXlsx({ sheets: [{ name: '收文', xml: '' }], omit: ['_rels/.rels'] }));
    expect(pkg.workbookPath).toBe('xl/workbook.xml');
    expect(pkg.sheets.map((s) => s.name)).toEqual(['收文']);
  });

  it('either opens a damaged file or says why not, and reading what opened never throws', () => {
    const good = sample('libreoffice-register.xlsx');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }), (edits) => {
        const bytes = good.slice();
        for (const [at, value] of edits) bytes[at] = value;
        let pkg: WorkbookPackage;
        try {
          pkg = WorkbookPackage.open(bytes);
        } catch (e) {
          expect(e).toBeInstanceOf(WorkbookOpenError);
          return;
        }
        for (const sheet of pkg.sheets) expect(() => readSheetTop(pkg, sheet, 50)).not.toThrow();
        expect(() => pkg.customXmlParts()).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
