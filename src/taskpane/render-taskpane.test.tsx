/** @jest-environment jsdom */
import { act, screen } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { createExcelHost } from '../hosts/excel';
import { createStandin } from '../../test/excel-standin/standin';
import { renderTaskpane } from './render-taskpane';
import type { PaneServices } from './services';
import { SAMPLE_NOW, sampleWorkbook } from './testing/sample-workbook';

function services(): PaneServices {
  const standin = createStandin(sampleWorkbook());
  return { host: createExcelHost({ run: standin.run, mergesSupported: true }), workbookName: '本工作簿', now: () => SAMPLE_NOW };
}

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

  it('renders the pane in Chinese for a Chinese Office and marks the page as zh-CN', async () => {
    await act(async () => {
      root = renderTaskpane(container, { language: 'zh-CN', services: services() });
    });
    expect(screen.getByRole('heading', { name: '台账助手' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(screen.getByRole('tab', { name: '台账' })).toBeTruthy();
  });

  it('renders in English for an English Office, and only the way into Excel where there is no workbook', async () => {
    await act(async () => {
      root = renderTaskpane(container, { language: 'en-GB', services: null });
    });
    expect(screen.getByRole('heading', { name: 'Register Desk' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en-US');
    expect(screen.getByText(/runs inside Excel/)).toBeTruthy();
    expect(screen.queryByRole('tablist')).toBeNull();
  });
});
