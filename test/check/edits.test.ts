/**
 * The pure pieces around fixes: edits and their inverse, how values are previewed, which cells
 * a clerk picked, findings grouped by rule, and the read-back check of an edited copy.
 */
import { invertEdits, readWritten } from '../../src/app/check/apply-edits';
import { describeGroups, groupByRule } from '../../src/app/check/finding-groups';
import { describeValue, isPicked, toEditValue } from '../../src/app/check/plan-fixes';
import { checkRegister } from '../../src/core/rules/check-register';
import { DEFAULT_RULE_SETTINGS } from '../../src/core/rules/settings/rule-settings';
import { registerOf } from '../../src/core/rules/testing/register-of';
import { AS_OF } from '../../src/core/rules/testing/check-with';
import { verifyEdited } from '../../src/hosts/xlsx/edit/verify-edits';
import { XlsxEditingHost } from '../../src/hosts/xlsx/xlsx-editing-host';
import { PLANTED, readBytes } from './helpers';

const march12 = { year: 2026, month: 3, day: 12 };

describe('edits and their inverse', () => {
  it('swaps before and after, a written day becoming the date cell it reads back as', () => {
    const { edits, impossible } = invertEdits([
      { row: 12, col: 1, before: '2026.3.12', after: { day: march12 } },
      { row: 29, col: 7, before: '急件', after: '加急' },
      { row: 5, col: 2, before: { type: 'error', code: '#N/A' }, after: 'x' },
    ]);
    expect(edits).toEqual([
      { row: 12, col: 1, before: { type: 'date', serial: 46093, day: march12 }, after: '2026.3.12' },
      { row: 29, col: 7, before: '加急', after: '急件' },
    ]);
    expect(impossible.map((e) => e.row)).toEqual([5]);
  });

  it('reads empty text back as an empty cell', () => {
    expect(readWritten('')).toBeNull();
    expect(readWritten(7)).toBe(7);
  });

  it('turns a date cell into a day to write, and an error value into nothing writable', () => {
    expect(toEditValue({ type: 'date', serial: 46093, day: march12 })).toEqual({ day: march12 });
    expect(toEditValue({ type: 'date', serial: 2958466, day: null })).toBe(2958466);
    expect(toEditValue({ type: 'error', code: '#REF!' })).toBeUndefined();
  });
});

describe('preview', () => {
  it('shows text as typed, a new date as a date, an empty cell as such', () => {
    expect(describeValue('急件')).toBe('急件');
    expect(describeValue({ day: march12 })).toBe('2026-03-12（日期）');
    expect(describeValue({ type: 'date', serial: 46093, day: march12 })).toBe('2026-03-12');
    expect(describeValue(null)).toBe('（空）');
    expect(describeValue(32)).toBe('32');
  });

  it('picks a cell on every sheet by its address, or on one sheet by sheet!address', () => {
    const picked = new Set(['D4', '发文登记!A12']);
    expect(isPicked(picked, '收文登记', 4, 3)).toBe(true);
    expect(isPicked(picked, '发文登记', 12, 0)).toBe(true);
    expect(isPicked(picked, '收文登记', 12, 0)).toBe(false);
  });
});

describe('findings by rule', () => {
  const register = registerOf({
    fields: ['serialNo', 'receivedDate', 'sender', 'docNumber', 'title', 'urgency'],
    rows: Array.from({ length: 7 }, (_, i) => [i + 1, '2026-03-05', '县委办', `县委办〔2026〕${i + 1}号`, `函${i + 1}`, '急件']),
  });
  const findings = checkRegister(register, { asOf: AS_OF, settings: DEFAULT_RULE_SETTINGS });

  it('groups in the catalogue’s order, not the rows’, and counts each rule’s cells', () => {
    expect(findings.slice(0, 2).map((f) => f.rule)).toEqual(['date.as-text', 'urgency.invalid']);
    expect(groupByRule(findings).map((g) => [g.rule, g.findings.length])).toEqual([
      ['date.as-text', 7],
      ['urgency.invalid', 7],
    ]);
  });

  it('shows the first five messages of a rule and counts the rest', () => {
    const lines = describeGroups(findings);
    expect(lines[0]).toBe('[提醒] date.as-text 日期写成了文字（7 处，可一键修正）：B3、B4、B5、B6、B7、B8、B9');
    expect(lines[6]).toBe('    ……另有 2 处，用 --json 查看全部');
    expect(lines[7]).toBe('[错误] urgency.invalid 紧急程度写法不规范（7 处，可一键修正）：F3、F4、F5、F6、F7、F8、F9');
    expect(lines[8]).toBe('    F3 的紧急程度“急件”不是规范写法。请改为“加急”（可一键修正）');
    expect(lines).toHaveLength(14);
  });
});

describe('verifyEdited', () => {
  it('accepts the edited cells with their new values, and names a cell that changed otherwise', async () => {
    const original = await readBytes(PLANTED);
    const host = XlsxEditingHost.open(original);
    await host.writeCells('收文登记', [{ row: 29, col: 7, before: '急件', after: '加急' }]);
    const patched = host.save();
    expect(verifyEdited(original, patched, [{ sheet: '收文登记', row: 29, col: 7, value: '加急' }])).toBeNull();
    expect(verifyEdited(original, patched, [])).toBe('修改后工作表"收文登记"的 H29 单元格与预期不一致');
    expect(verifyEdited(original, patched, [{ sheet: '收文登记', row: 29, col: 7, value: '特急' }])).toContain('H29');
    expect(verifyEdited(original, new Uint8Array([1, 2, 3]), [])).toContain('无法完整读回');
  });
});
