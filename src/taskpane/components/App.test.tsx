/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createResultFeed } from '../../commands/result-feed';
import { ExcelHostError, createExcelHost } from '../../hosts/excel';
import { createStandin } from '../../../test/excel-standin/standin';
import { mountPane, renderPane } from '../testing/pane-kit';
import { INCOMING_SHEET, NOTES_SHEET, OUTGOING_SHEET, sampleWorkbook } from '../testing/sample-workbook';
import { App } from './App';

// Each test runs the whole pane over a stand-in workbook in jsdom: seconds, not milliseconds.
jest.setTimeout(20_000);

describe('the pane on opening', () => {
  it('scans the workbook and lists each register with its kind, rows, dates and statuses', async () => {
    renderPane();
    const card = await screen.findByRole('listitem', { name: INCOMING_SHEET });
    expect(within(card).getByText('收文登记簿')).toBeTruthy();
    expect(within(card).getByText('6 条 · 第 3–8 行 · 2026-09-01 至 2026-11-12')).toBeTruthy();
    const lights = within(card).getByRole('list', { name: `「${INCOMING_SHEET}」各状态件数` });
    expect(within(lights).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['逾期 2', '临期 1', '超期办结 1', '按时办结 1', '在办 1', '无时限 0']);
    expect(screen.getByRole('listitem', { name: OUTGOING_SHEET })).toBeTruthy();
  });

  it('lists a sheet it did not recognise, with the reason, and offers to treat it as a register', async () => {
    renderPane();
    const other = await screen.findByRole('listitem', { name: NOTES_SHEET });
    expect(within(other).getByText(/未识别原因：/)).toBeTruthy();
    expect(within(other).getByRole('button', { name: `把「${NOTES_SHEET}」当作登记簿` })).toBeTruthy();
  });

  it('speaks English when Office runs in English', async () => {
    renderPane({ locale: 'en-US' });
    expect(screen.getByRole('heading', { name: 'Register Desk' })).toBeTruthy();
    const card = await screen.findByRole('listitem', { name: INCOMING_SHEET });
    expect(within(card).getByText('6 records · rows 3–8 · 2026-09-01 to 2026-11-12')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Overdue' })).toBeTruthy();
  });

  it('shows a failure to read the workbook in plain words, with what to do', async () => {
    renderPane({
      // Without openWorkbook, the pane reads through the methods wrapped here.
      wrapHost: ({ openWorkbook: _unused, ...host }) => ({
        ...host,
        listSheets: () => Promise.reject(new ExcelHostError('failed', { zh: 'Excel 没有响应，请保存工作簿后重新打开任务窗格', en: 'Excel did not answer' })),
      }),
    });
    expect(await screen.findByText('扫描工作簿没有完成')).toBeTruthy();
    expect(screen.getByText('Excel 没有响应，请保存工作簿后重新打开任务窗格')).toBeTruthy();
  });

  it('explains how to open it in Excel when there is no workbook', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App locale="zh-CN" services={null} feed={createResultFeed()} />
      </FluentProvider>,
    );
    expect(screen.getByText(/需要在 Excel 中使用/)).toBeTruthy();
    expect(screen.queryByRole('tab')).toBeNull();
  });
});

describe('inside another page', () => {
  it('leaves the heading to the page around it when told to', async () => {
    mountPane(createExcelHost({ run: createStandin(sampleWorkbook()).run, mergesSupported: true }), { showHeader: false });
    await screen.findByRole('listitem', { name: INCOMING_SHEET });
    expect(screen.queryByRole('heading', { name: '台账助手' })).toBeNull();
    expect(screen.getByRole('tab', { name: '台账' })).toBeTruthy();
  });
});

describe('long steps', () => {
  it('shows progress and, cancelled while reading, says the workbook was not changed', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    renderPane({
      wrapHost: ({ openWorkbook: _unused, ...host }) => ({
        ...host,
        readTop: async (sheet, rows, cols) => {
          await gate;
          return host.readTop(sheet, rows, cols);
        },
      }),
    });
    expect(await screen.findByRole('progressbar', { name: '扫描工作簿' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(screen.getByRole('button', { name: '正在取消…' })).toBeTruthy();
    await act(async () => release());
    expect(await screen.findByText('已取消：扫描工作簿')).toBeTruthy();
    expect(screen.getByText('工作簿没有改动。')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});

describe('results of the ribbon buttons', () => {
  it('shows what a ribbon click did and reads the workbook again', async () => {
    const kit = renderPane();
    await screen.findByRole('listitem', { name: INCOMING_SHEET });
    const runsBefore = kit.standin.counters.runs;
    act(() => {
      kit.feed.publish({ command: 'highlightOverdue', origin: 'ribbon', ok: true, message: '「收文登记」逾期 2 件' });
    });
    expect(screen.getByText('标记逾期（功能区按钮）：完成')).toBeTruthy();
    expect(screen.getByText('「收文登记」逾期 2 件')).toBeTruthy();
    await screen.findByRole('listitem', { name: INCOMING_SHEET });
    await act(async () => undefined);
    expect(kit.standin.counters.runs).toBeGreaterThan(runsBefore);
  });
});
