/** @jest-environment jsdom */
import '../../testing/jsdom-text-codec';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MARK_PALETTE } from '../../../core/marks/palette';
import type { EditingHost } from '../../../hosts/editing-host';
import { createExcelEditingHost } from '../../../hosts/excel/excel-editing-host';
import { XlsxEditingHost } from '../../../hosts/xlsx/xlsx-editing-host';
import { fixtureOfXlsx } from '../../../../test/excel-standin/load-xlsx';
import { createStandin } from '../../../../test/excel-standin/standin';
import { describeValidations } from '../../../../test/excel-standin/standin-validation';
import { mountPane, renderPane } from '../../testing/pane-kit';
import { INCOMING_SHEET } from '../../testing/sample-workbook';

// Each test runs the whole pane over a workbook in jsdom: seconds, not milliseconds.
jest.setTimeout(30_000);

const PLANTED = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'rules', 'planted-faults.xlsx');
const VIOLET = `#${MARK_PALETTE.invalid.rgb}`;

async function runCheck(firstSheet: string): Promise<void> {
  await screen.findByRole('listitem', { name: firstSheet });
  fireEvent.click(screen.getByRole('tab', { name: '校验' }));
  fireEvent.click(await screen.findByRole('button', { name: '校验工作簿' }));
  await screen.findByText('校验完成');
}

function openPlanted(): { host: EditingHost } {
  const host = XlsxEditingHost.open(new Uint8Array(readFileSync(PLANTED)));
  mountPane(host);
  return { host };
}

describe('the validation panel', () => {
  it('lists the findings by rule with their counts, and selects a finding’s cell when clicked', async () => {
    const kit = renderPane();
    await runCheck(INCOMING_SHEET);
    const header = await screen.findByRole('button', { name: /文号年份括号不对 · 1 处/ });
    fireEvent.click(header);
    fireEvent.click(await screen.findByRole('button', { name: /^选中「收文登记」D4：/ }));
    await waitFor(() => expect(kit.selected).toEqual([{ sheet: INCOMING_SHEET, row: 4, col: 3 }]));
  });

  it('adds the number of findings to each register in the list', async () => {
    renderPane();
    await runCheck(INCOMING_SHEET);
    fireEvent.click(screen.getByRole('tab', { name: '台账' }));
    const card = await screen.findByRole('listitem', { name: INCOMING_SHEET });
    expect(within(card).getByText(/校验发现 1 处/)).toBeTruthy();
    expect(within(screen.getByRole('listitem', { name: '发文登记' })).getByText(/校验发现 0 处/)).toBeTruthy();
  });

  it('marks the wrong cells violet and clears exactly those marks', async () => {
    const kit = renderPane();
    await runCheck(INCOMING_SHEET);
    const before = kit.standin.snapshotFills(INCOMING_SHEET);
    fireEvent.click(screen.getByRole('button', { name: '标出有误单元格' }));
    expect(await screen.findByText('已标出有误单元格')).toBeTruthy();
    expect(kit.standin.snapshotFills(INCOMING_SHEET).D4.color).toBe(VIOLET);
    fireEvent.click(screen.getByRole('button', { name: '清除有误标记' }));
    expect(await screen.findByText('已清除有误标记')).toBeTruthy();
    expect(kit.standin.snapshotFills(INCOMING_SHEET)).toEqual(before);
  });

  it('offers safe fixes and drop-downs in Excel, and applies them through the Office.js host', async () => {
    const standin = createStandin(fixtureOfXlsx(new Uint8Array(readFileSync(PLANTED))));
    mountPane(createExcelEditingHost({ run: standin.run, mergesSupported: true, retryDelayMs: 0 }));
    await runCheck('收文登记');
    expect(screen.queryByText(/暂不能由台账助手修改单元格内容/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '预览修正' }));
    const preview = await screen.findByRole('list', { name: '安全修正' });
    expect(within(preview).getByText('收文登记!D4：县财发[2026]3号 → 县财发〔2026〕3号')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '确认修正' }));
    expect(await screen.findByText('已修正')).toBeTruthy();
    expect(standin.valuesOf('收文登记', 'D4')).toEqual([['县财发〔2026〕3号']]);
    fireEvent.click(screen.getByRole('button', { name: '撤销上次修正' }));
    expect(await screen.findByText('已撤销修正')).toBeTruthy();
    expect(standin.valuesOf('收文登记', 'D4')).toEqual([['县财发[2026]3号']]);
    fireEvent.click(screen.getByRole('button', { name: '设置下拉列表' }));
    expect(await screen.findByText('已设置下拉列表')).toBeTruthy();
    const types = describeValidations(standin.sheet('收文登记')).filter((v) => v.promptTitle === '台账助手').map((v) => v.type);
    expect(types).toEqual(expect.arrayContaining(['List', 'Date']));
  });

  it('says where safe fixes and drop-downs can be used when the host cannot change cells', async () => {
    renderPane();
    await runCheck(INCOMING_SHEET);
    expect(screen.getByText(/这里不能由台账助手修改单元格内容/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '预览修正' })).toBeNull();
  });

  it('previews the safe fixes, applies them, and undoes them', async () => {
    const { host } = openPlanted();
    await runCheck('收文登记');
    fireEvent.click(screen.getByRole('button', { name: '预览修正' }));
    const preview = await screen.findByRole('list', { name: '安全修正' });
    expect(within(preview).getByText('收文登记!D4：县财发[2026]3号 → 县财发〔2026〕3号')).toBeTruthy();
    expect(within(preview).getByText('收文登记!H29：急件 → 加急')).toBeTruthy();
    const cellD4 = async () => (await host.readColumns('收文登记', [3], 4, 4)).rows[0]?.[3];
    expect(await cellD4()).toBe('县财发[2026]3号');

    fireEvent.click(screen.getByRole('button', { name: '确认修正' }));
    expect(await screen.findByText('已修正')).toBeTruthy();
    expect(await cellD4()).toBe('县财发〔2026〕3号');
    expect(screen.queryByRole('button', { name: /文号年份括号不对/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '撤销上次修正' }));
    expect(await screen.findByText('已撤销修正')).toBeTruthy();
    expect(await cellD4()).toBe('县财发[2026]3号');
  });

  it('sets drop-down lists on the registers', async () => {
    const { host } = openPlanted();
    await runCheck('收文登记');
    fireEvent.click(screen.getByRole('button', { name: '设置下拉列表' }));
    expect(await screen.findByText('已设置下拉列表')).toBeTruthy();
    const installed = await host.listValidations('收文登记');
    expect(installed.filter((v) => v.ownedByAddIn).map((v) => v.type)).toEqual(expect.arrayContaining(['list', 'date']));
  });
});
