/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderPane } from '../../testing/pane-kit';
import { INCOMING_SHEET, sampleWorkbook } from '../../testing/sample-workbook';

// Each test runs the whole pane over a stand-in workbook in jsdom: seconds, not milliseconds.
jest.setTimeout(20_000);

async function openMapping(sheet = INCOMING_SHEET) {
  fireEvent.click(await screen.findByRole('button', { name: `查看或修改「${sheet}」的列映射` }));
  return screen.findByRole('region', { name: `「${sheet}」的列映射` });
}

function fieldSelect(label: string): HTMLSelectElement {
  return screen.getByRole('combobox', { name: label }) as HTMLSelectElement;
}

describe('the mapping panel', () => {
  it('shows the column read for each field, by the sheet’s own header, with a sample value', async () => {
    renderPane();
    const panel = await openMapping();
    await within(panel).findByRole('combobox', { name: '标题' });
    const title = fieldSelect('标题');
    expect(title.selectedOptions[0].textContent).toBe('E 列：标题');
    expect(within(panel).getByText('示例：关于预算执行的通知')).toBeTruthy();
    expect(fieldSelect('收文日期').selectedOptions[0].textContent).toBe('B 列：收文日期');
    expect(fieldSelect('密级').value).toBe('');
    expect(within(panel).getByText('这是台账助手根据表头自动识别的结果，请核对。')).toBeTruthy();
  });

  it('remembers a changed column in the workbook and reads the register by it', async () => {
    const kit = renderPane();
    await openMapping();
    await screen.findByRole('combobox', { name: '标题' });
    // The clerk says the titles are in C (来文单位 here, so the overdue list shows units as titles).
    fireEvent.change(fieldSelect('标题'), { target: { value: '2' } });
    fireEvent.change(fieldSelect('来文单位'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: '保存列映射' }));
    expect(await screen.findByText(`已记住「${INCOMING_SHEET}」的列映射`)).toBeTruthy();
    const settings = await kit.host.readSettings();
    expect(settings.mappings?.[INCOMING_SHEET]).toEqual({
      kind: 'incoming',
      headerRows: [2, 2],
      columns: { serialNo: 'A', receivedDate: 'B', docNumber: 'D', title: 'C', handler: 'F', deadline: 'G', completedDate: 'H' },
    });
    const card = await screen.findByRole('listitem', { name: INCOMING_SHEET });
    expect(within(card).getByText('列映射已确认')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: '逾期' }));
    expect(await screen.findByRole('button', { name: '在表中选中「收文登记」第 3 行：县财政局' })).toBeTruthy();
  });

  it('gives the next clerk who opens the pane on the same workbook the same mapping', async () => {
    const first = renderPane();
    await openMapping();
    await screen.findByRole('combobox', { name: '标题' });
    fireEvent.change(fieldSelect('承办单位'), { target: { value: '' } });
    fireEvent.change(fieldSelect('备注'), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: '保存列映射' }));
    await screen.findByText(`已记住「${INCOMING_SHEET}」的列映射`);
    first.unmount();

    renderPane({ standin: first.standin });
    await openMapping();
    await screen.findByRole('combobox', { name: '备注' });
    expect(fieldSelect('备注').selectedOptions[0].textContent).toBe('F 列：承办单位');
    expect(screen.getByText('这是本工作簿里保存的列映射。')).toBeTruthy();
  });

  it('refuses to save two fields read from one column, and says which', async () => {
    renderPane();
    await openMapping();
    await screen.findByRole('combobox', { name: '标题' });
    fireEvent.change(fieldSelect('来文单位'), { target: { value: '4' } });
    expect(screen.getByText('E 列同时选作了“来文单位”和“标题”，请只留一个。')).toBeTruthy();
    expect((screen.getByRole('button', { name: '保存列映射' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('turns a sheet it did not recognise into a register of the kind the clerk picks', async () => {
    const fixture = sampleWorkbook();
    const kit = renderPane({
      fixture: {
        sheets: [
          ...fixture.sheets,
          { name: '来件', rows: [['日子', '事情', '谁办', '期限'], ['2026-09-01', '修路灯', '城建股', '2026-09-10'], ['2026-11-01', '清河道', '水利股', '2026-12-30']] },
        ],
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: '把「来件」当作登记簿' }));
    fireEvent.click(screen.getByRole('button', { name: '下一步：选择各列' }));
    await openMappingRegion('来件');
    await screen.findByRole('combobox', { name: '收文日期' });
    expect((screen.getByRole('combobox', { name: '登记簿类型' }) as HTMLSelectElement).value).toBe('incoming');
    fireEvent.change(fieldSelect('收文日期'), { target: { value: '0' } });
    fireEvent.change(fieldSelect('标题'), { target: { value: '1' } });
    fireEvent.change(fieldSelect('承办单位'), { target: { value: '2' } });
    fireEvent.change(fieldSelect('办理时限'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: '保存列映射' }));
    const card = await screen.findByRole('listitem', { name: '来件' });
    expect(within(card).getByText('收文登记簿')).toBeTruthy();
    expect(within(card).getByText(/^2 条 · 第 2–3 行/)).toBeTruthy();
    expect((await kit.host.readSettings()).mappings?.['来件']).toEqual({ kind: 'incoming', headerRows: [1, 1], columns: { receivedDate: 'A', title: 'B', handler: 'C', deadline: 'D' } });
  });

  it('goes back to detecting the columns when the clerk forgets a saved mapping', async () => {
    const kit = renderPane();
    await openMapping();
    await screen.findByRole('combobox', { name: '标题' });
    fireEvent.click(screen.getByRole('button', { name: '保存列映射' }));
    await screen.findByText(`已记住「${INCOMING_SHEET}」的列映射`);
    await openMapping();
    fireEvent.click(await screen.findByRole('button', { name: '恢复自动识别' }));
    expect(await screen.findByText(`「${INCOMING_SHEET}」已恢复自动识别`)).toBeTruthy();
    await waitFor(async () => expect((await kit.host.readSettings()).mappings).toEqual({}));
  });
});

function openMappingRegion(sheet: string) {
  return screen.findByRole('region', { name: `「${sheet}」的列映射` });
}
