/**
 * `register-desk validate`: drop-downs and date validation on the registers' columns, the
 * clerk's own rules kept byte for byte (or replaced only with --replace), conflicts reported,
 * and every other part of the package unchanged.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { runValidate } from '../../src/cli/commands/validate';
import { XlsxEditingHost } from '../../src/hosts/xlsx/xlsx-editing-host';
import { captureOutput, changedParts, FEATURES, FIXTURES, makeTempDir, partText, PLANTED, readBytes } from './helpers';

const SHEET1 = 'xl/worksheets/sheet1.xml';

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('rd-validate-');
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function validate(input: string, name: string, replace = false): Promise<{ code: number; lines: string[]; bytes: Uint8Array }> {
  const out = path.join(dir, name);
  const c = captureOutput();
  const code = await runValidate(input, { output: out, replace }, c.out);
  expect(c.errors).toEqual([]);
  return { code, lines: c.lines, bytes: await readBytes(out) };
}

/** The clerk's `<dataValidation>` elements of a part, as written. */
function clerkRules(xml: string): string[] {
  return [...xml.matchAll(/<dataValidation [^>]*>.*?<\/dataValidation>/g)].map((m) => m[0]).filter((r) => !r.includes('promptTitle="台账助手"'));
}

describe('register-desk validate', () => {
  it('installs drop-downs and date rules on every register, changing only the register sheets', async () => {
    const original = await readBytes(PLANTED);
    const { code, lines, bytes } = await validate(PLANTED, 'planted.xlsx');
    expect(code).toBe(0);
    expect(lines).toContain('  「收文登记」密级 F3:F1035 下拉列表（绝密、机密、秘密、非密、公开、内部、普通、明文、无）');
    expect(lines).toContain('  「收文登记」收文日期 B3:B1035 只能填 2025-01-01 至 2027-12-31 的日期');
    expect(lines).toContain('  「督查督办台账」紧急程度 G4:G1011 下拉列表（特急、加急、普通、平件、一般、紧急、中等、不需回复、特提、平急）');
    expect(changedParts(original, bytes)).toEqual(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml', 'xl/worksheets/sheet4.xml']);
    const host = XlsxEditingHost.open(bytes);
    const rules = await host.listValidations('收文登记');
    expect(rules.map((r) => [r.ref, r.type, r.ownedByAddIn])).toEqual([
      ['B3:B1035', 'date', true],
      ['F3:F1035', 'list', true],
      ['H3:H1035', 'list', true],
      ['I3:I1035', 'list', true],
      ['K3:K1035', 'date', true],
      ['N3:N1035', 'date', true],
    ]);
    // The block sits where CT_Worksheet wants it: after the merged cells, before the page margins.
    expect(partText(bytes, SHEET1)).toMatch(/<\/mergeCells><dataValidations count="6"><dataValidation type="date" operator="between" allowBlank="1" showErrorMessage="1"[^>]*sqref="B3:B1035"><formula1>DATE\(2025,1,1\)<\/formula1><formula2>DATE\(2027,12,31\)<\/formula2><\/dataValidation>.*<\/dataValidations><pageMargins/);
    expect(await XlsxEditingHost.open(bytes).readTop('收文登记', 40)).toEqual(await XlsxEditingHost.open(original).readTop('收文登记', 40));
  });

  it('gives the same file when run again on its own output', async () => {
    const first = await validate(PLANTED, 'once.xlsx');
    const second = await validate(path.join(dir, 'once.xlsx'), 'twice.xlsx');
    expect(changedParts(first.bytes, second.bytes)).toEqual([]);
  });

  it('keeps the clerk’s rules byte for byte and reports the columns they already cover', async () => {
    const input = path.join(FEATURES, 'openpyxl-features.xlsx');
    const original = await readBytes(input);
    const { code, lines, bytes } = await validate(input, 'features.xlsx');
    expect(code).toBe(0);
    expect(lines).toContain('  「收文登记」未设置 收文日期 B3:B1022：该列已有您自己设置的数据验证（B3:B22，date）；如要换成台账助手的规则，请加 --replace');
    expect(lines).toContain('  「收文登记」未设置 紧急程度 F3:F1022：该列已有您自己设置的数据验证（F3:F22，list）；如要换成台账助手的规则，请加 --replace');
    expect(lines).toContain('  「收文登记」办结日期 I3:I1022 只能填 2025-01-01 至 2027-12-31 的日期');
    expect(changedParts(original, bytes)).toEqual([SHEET1]);
    const before = partText(original, SHEET1);
    const after = partText(bytes, SHEET1);
    expect(clerkRules(after)).toEqual(clerkRules(before));
    expect(clerkRules(before)).toHaveLength(3);
    // Only the block changed: its count and one rule of ours appended.
    const block = /<dataValidations count="3">.*?<\/dataValidations>/.exec(before)?.[0] ?? '';
    const newBlock = /<dataValidations count="4">.*?<\/dataValidations>/.exec(after)?.[0] ?? '';
    expect(after.replace(newBlock, block)).toBe(before);
    expect(newBlock.startsWith(block.replace('</dataValidations>', '').replace('count="3"', 'count="4"'))).toBe(true);
  });

  it('replaces the clerk’s rule on a column only with --replace, and only on those cells', async () => {
    const input = path.join(FEATURES, 'openpyxl-features.xlsx');
    const { lines, bytes } = await validate(input, 'replaced.xlsx', true);
    expect(lines).toContain('  「收文登记」已替换 紧急程度 F3:F1022：该列已有您自己设置的数据验证（F3:F22，list）');
    const rules = await XlsxEditingHost.open(bytes).listValidations('收文登记');
    expect(rules.map((r) => [r.ref, r.ownedByAddIn])).toEqual([
      ['K3:K22', false],
      ['I3:I1022', true],
      ['B3:B1022', true],
      ['F3:F1022', true],
    ]);
  });

  it('reports every one of the clerk’s overlapping rules (ExcelJS writes them twice)', async () => {
    const { lines } = await validate(path.join(FEATURES, 'exceljs-features.xlsx'), 'exceljs.xlsx');
    expect(lines).toContain('  「收文登记」未设置 紧急程度 F3:F1022：该列已有您自己设置的数据验证（F10:F22，list；F3:F22，list）；如要换成台账助手的规则，请加 --replace');
  });

  it('keeps a pivot table, comments and the VBA project untouched', async () => {
    for (const name of ['libreoffice-pivot.xlsx', 'openpyxl-features.xlsm']) {
      const input = path.join(FEATURES, name);
      const { bytes } = await validate(input, `kept-${name}`);
      expect(changedParts(await readBytes(input), bytes)).toEqual([SHEET1]);
    }
  });

  it('refuses a protected register sheet with a sentence the clerk can act on', async () => {
    const c = captureOutput();
    const code = await runValidate(path.join(FIXTURES, 'workbooks', 'awkward', 'protected-sheet.xlsx'), { output: path.join(dir, 'protected.xlsx') }, c.out);
    expect(code).toBe(2);
    expect(c.errors.join('\n')).toContain('受保护，请先在 Excel 中撤销保护');
  });
});
