/** @jest-environment jsdom */
import { act, screen } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { renderTaskpane } from './render-taskpane';

jest.mock('../commands/wire-actions', () => ({
  createRegisterDeskActions: () => ({
    highlightOverdue: async () => '逾期 1 件',
    clearHighlights: async () => '已恢复',
  }),
}));

describe('renderTaskpane', () => {
  let root: Root | null = null;
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.appendChild(container);
  });
  afterEach(() => {
    act(() => root?.unmount());
    container.remove();
  });

  it('renders the pane in Chinese for a Chinese Office and marks the page as zh-CN', () => {
    act(() => {
      root = renderTaskpane(container, { inExcel: true, language: 'zh-CN' });
    });
    expect(screen.getByRole('heading', { name: '台账助手' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect((screen.getByRole('button', { name: '标记逾期' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('renders in English for an English Office and disables the actions outside Excel', () => {
    act(() => {
      root = renderTaskpane(container, { inExcel: false, language: 'en-GB' });
    });
    expect(screen.getByRole('heading', { name: 'Register Desk' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en-US');
    expect((screen.getByRole('button', { name: 'Mark overdue' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
