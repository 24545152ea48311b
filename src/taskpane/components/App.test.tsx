/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createResultFeed, type CommandResultFeed } from '../../commands/result-feed';
import type { Locale } from '../../i18n';
import { App } from './App';

interface Deferred {
  readonly promise: Promise<string>;
  resolve(message: string): void;
  reject(error: unknown): void;
}

function defer(): Deferred {
  let resolve: (message: string) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<string>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

function renderApp(options: { locale?: Locale; inExcel?: boolean; feed?: CommandResultFeed } = {}) {
  const feed = options.feed ?? createResultFeed();
  const highlight = defer();
  const clear = defer();
  const onHighlightOverdue = jest.fn(() => highlight.promise);
  const onClearHighlights = jest.fn(() => clear.promise);
  render(
    <FluentProvider theme={webLightTheme}>
      <App
        locale={options.locale ?? 'zh-CN'}
        inExcel={options.inExcel ?? true}
        onHighlightOverdue={onHighlightOverdue}
        onClearHighlights={onClearHighlights}
        feed={feed}
      />
    </FluentProvider>,
  );
  return { feed, highlight, clear, onHighlightOverdue, onClearHighlights };
}

describe('App', () => {
  it('says what the add-in is and offers its two actions in Chinese', () => {
    renderApp();
    expect(screen.getByRole('heading', { name: '台账助手' })).toBeTruthy();
    expect(screen.getByText(/标出逾期和临期事项/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '标记逾期' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '清除标记' })).toBeTruthy();
  });

  it('speaks English when Office runs in English', () => {
    renderApp({ locale: 'en-US' });
    expect(screen.getByRole('heading', { name: 'Register Desk' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mark overdue' })).toBeTruthy();
  });

  it('runs the action passed in and shows what it did', async () => {
    const { highlight, onHighlightOverdue, onClearHighlights } = renderApp();
    fireEvent.click(screen.getByRole('button', { name: '标记逾期' }));
    expect(onHighlightOverdue).toHaveBeenCalledTimes(1);
    expect(onClearHighlights).not.toHaveBeenCalled();
    await act(async () => highlight.resolve('收文登记簿：逾期 5 件，临期 2 件'));
    expect(screen.getByText('标记逾期：完成')).toBeTruthy();
    expect(screen.getByText('收文登记簿：逾期 5 件，临期 2 件')).toBeTruthy();
  });

  it('blocks both buttons while an action runs and frees them afterwards', async () => {
    const { clear } = renderApp();
    fireEvent.click(screen.getByRole('button', { name: '清除标记' }));
    const working = screen.getByRole('button', { name: '正在处理…' });
    const other = screen.getByRole('button', { name: '标记逾期' });
    expect((working as HTMLButtonElement).disabled).toBe(true);
    expect((other as HTMLButtonElement).disabled).toBe(true);
    await act(async () => clear.resolve('已恢复 7 行'));
    expect((screen.getByRole('button', { name: '清除标记' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows a failure in plain words instead of losing it', async () => {
    const { highlight } = renderApp();
    fireEvent.click(screen.getByRole('button', { name: '标记逾期' }));
    await act(async () => highlight.reject({ message: { zh: '工作表"收文"受保护，请先撤销保护再标记', en: 'protected' } }));
    expect(screen.getByText('标记逾期：未完成')).toBeTruthy();
    expect(screen.getByText('工作表"收文"受保护，请先撤销保护再标记')).toBeTruthy();
  });

  it('shows the result of a ribbon click published while the pane is open', () => {
    const { feed } = renderApp();
    act(() => {
      feed.publish({ command: 'clearHighlights', origin: 'ribbon', ok: true, message: '已恢复 3 行' });
    });
    expect(screen.getByText('清除标记（功能区按钮）：完成')).toBeTruthy();
    expect(screen.getByText('已恢复 3 行')).toBeTruthy();
  });

  it('shows a ribbon result published before the pane was first shown', () => {
    const feed = createResultFeed();
    feed.publish({ command: 'highlightOverdue', origin: 'ribbon', ok: true, message: '逾期 1 件' });
    renderApp({ feed });
    expect(screen.getByText('逾期 1 件')).toBeTruthy();
  });

  it('explains how to open it in Excel when the page runs elsewhere, and disables the actions', () => {
    renderApp({ inExcel: false });
    expect(screen.getByText(/需要在 Excel 中使用/)).toBeTruthy();
    expect((screen.getByRole('button', { name: '标记逾期' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: '清除标记' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
