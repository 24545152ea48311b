/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderPane, type PaneKit } from '../../testing/pane-kit';
import { INCOMING_SHEET, sampleWorkbook } from '../../testing/sample-workbook';

// Each test runs the whole pane over a stand-in workbook in jsdom: seconds, not milliseconds.
jest.setTimeout(20_000);

const NOTICE_2027 = [
  '国务院办公厅关于2027年部分节假日安排的通知',
  '一、元旦：1月1日至3日放假调休，共3天。',
  '二、春节：2月6日至12日放假调休，共7天。2月13日（周六）上班。',
].join('\n');

async function openSettings(kit: PaneKit = renderPane()): Promise<PaneKit> {
  await screen.findByRole('listitem', { name: INCOMING_SHEET });
  fireEvent.click(screen.getByRole('tab', { name: '设置' }));
  await screen.findByRole('region', { name: '设置' });
  return kit;
}

function openSection(name: string): void {
  fireEvent.click(screen.getByRole('button', { name }));
}

describe('the settings panel', () => {
  it('shows the default time limits as a table and saves a change for that kind of register only', async () => {
    const kit = await openSettings();
    const urgentRow = within(screen.getByRole('region', { name: '默认办理时限' })).getByRole('group', { name: '第 2 条规则' });
    expect((within(urgentRow).getByRole('textbox', { name: '取值' }) as HTMLInputElement).value).toBe('特急');
    fireEvent.change(within(urgentRow).getByRole('textbox', { name: '时限' }), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('设置已保存')).toBeTruthy();
    const deadlines = (await kit.host.readSettings())['deadlines'] as { kinds: Record<string, { rules: Array<{ values: string[]; period: { amount: number } }> }> };
    expect(Object.keys(deadlines.kinds)).toEqual(['incoming']);
    expect(deadlines.kinds.incoming.rules[1]).toEqual({ field: 'urgency', values: ['特急'], period: { amount: 2, unit: 'workingDays' } });
  });

  it('will not save a rule row left half filled, and says which row', async () => {
    await openSettings();
    fireEvent.click(screen.getByRole('button', { name: '添加一行' }));
    expect(screen.getByText('第 5 行没有填完整，请补全或删除。')).toBeTruthy();
    expect((screen.getByRole('button', { name: '保存' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '删除第 5 行' }));
    expect(screen.queryByText(/没有填完整/)).toBeNull();
  });

  it('keeps the list of handling units the checks use', async () => {
    const kit = await openSettings();
    openSection('常用取值');
    const units = screen.getByRole('region', { name: '承办单位名单' });
    fireEvent.click(within(units).getByRole('button', { name: '承办单位名单 添加一行' }));
    fireEvent.change(within(units).getByRole('textbox', { name: '承办单位名单 第 1 项' }), { target: { value: ' 办公室 ' } });
    fireEvent.click(within(units).getByRole('button', { name: '承办单位名单 保存' }));
    await waitFor(async () => expect(((await kit.host.readSettings())['rules'] as { handlers?: string[] })?.handlers).toEqual(['办公室']));
  });

  it('edits the required entries of a register as rows of fields', async () => {
    const kit = await openSettings();
    openSection('必填项');
    const editor = screen.getByRole('region', { name: '必填项' });
    const second = within(editor).getByRole('group', { name: '第 2 项必填' });
    const selects = within(second).getAllByRole('combobox') as HTMLSelectElement[];
    expect(selects.map((s) => s.selectedOptions[0].textContent)).toEqual(['来文单位', '文号', '（总是要求）']);
    const fourth = within(editor).getByRole('group', { name: '第 4 项必填' });
    expect((within(fourth).getAllByRole('combobox') as HTMLSelectElement[]).map((s) => s.selectedOptions[0].textContent)).toEqual(['承办单位', '（无）', '办理时限']);
    fireEvent.click(within(editor).getByRole('button', { name: '删除第 4 行' }));
    fireEvent.click(within(editor).getByRole('button', { name: '保存' }));
    await waitFor(async () =>
      expect(((await kit.host.readSettings())['rules'] as { required?: unknown })?.required).toEqual({
        incoming: [{ anyOf: ['receivedDate'] }, { anyOf: ['sender', 'docNumber'] }, { anyOf: ['title'] }],
      }),
    );
  });

  it('reads a pasted holiday notice, shows what it says, and writes it into the holiday table once confirmed', async () => {
    const kit = await openSettings();
    openSection('节假日和调休');
    fireEvent.change(screen.getByRole('textbox', { name: /放假通知全文/ }), { target: { value: NOTICE_2027 } });
    fireEvent.click(screen.getByRole('button', { name: '读取通知' }));
    expect(screen.getByText('2027年：放假 10 天，调休上班 1 天。请核对后写入节假日表。')).toBeTruthy();
    expect(screen.getByText('2027-02-13 上班 春节')).toBeTruthy();
    expect(kit.standin.state.findSheet('节假日表')).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: '确认写入节假日表' }));
    expect(await screen.findByText('已写入节假日表')).toBeTruthy();
    expect(kit.standin.state.findSheet('节假日表')).toBeTruthy();
  });

  it('names a year whose holidays are not loaded, and what to do about it', async () => {
    const fixture = sampleWorkbook();
    const incoming = fixture.sheets[0];
    await openSettings(
      renderPane({
        fixture: { sheets: [{ ...incoming, rows: [...(incoming.rows ?? []), [7, { type: 'date', serial: 46384, day: { year: 2026, month: 12, day: 28 } }, '县水利局', '县水发〔2026〕8号', '关于冬修水利的通知', '水利股', '20个工作日', null]] }] },
      }),
    );
    openSection('节假日和调休');
    expect(screen.getByText(/2027年放假安排未载入，按周一至周五计算/)).toBeTruthy();
  });

  it('creates the quota table and the appraisal scheme for the clerk to edit', async () => {
    const kit = await openSettings();
    openSection('发文定额和考核计分');
    fireEvent.click(await screen.findByRole('button', { name: '生成这两张表' }));
    expect(await screen.findByText('已生成')).toBeTruthy();
    const owned = (await kit.host.listSheets()).map((s) => s.ownedPurpose);
    expect(owned).toEqual(expect.arrayContaining(['settings:quota', 'settings:appraisal']));
    expect(await screen.findByRole('button', { name: '打开 考核计分办法' })).toBeTruthy();
  });
});
