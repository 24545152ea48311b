/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Locale } from '../../src/i18n';
import { PageController } from '../../src/web/page/page-controller';
import { WebPage } from '../../src/web/page/WebPage';
import { ScriptedFailure, startScriptedEngine, type Script } from './support/scripted-engine';

/** Settles the scripted engine's answers (each arrives in its own task, as from a worker). */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 20)));

function renderPage(script: Script, locale: Locale = 'zh-CN', mode: 'worker' | 'page' = 'worker') {
  const engine = startScriptedEngine(script);
  const controller = new PageController({
    startEngine: async () => ({ ...engine, mode }),
    now: () => new Date('2026-11-20T04:00:00Z'),
    linkCopy: (_bytes, name) => `blob:${name}`,
    unlinkCopy: () => undefined,
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <WebPage controller={controller} locale={locale} />
    </FluentProvider>,
  );
  return { controller, engine };
}

function pick(file: File): void {
  fireEvent.change(screen.getByLabelText('选择要处理的工作簿'), { target: { files: [file] } });
}

function workbookFile(name: string): File {
  const file = new File([new Uint8Array([80, 75])], name);
  // jsdom's File has no arrayBuffer(); the page reads the bytes through it.
  Object.defineProperty(file, 'arrayBuffer', { value: async () => new Uint8Array([80, 75]).buffer });
  return file;
}

const opens: Script = (method) => {
  if (method === 'open') return { fileName: 'x', bytes: 2, sheets: 1 };
  throw new ScriptedFailure({ code: 'later', message: { zh: '稍后', en: 'later' } });
};

describe('the local web page', () => {
  it('says in one line that it works on a copy and uploads nothing, and offers to open a workbook', () => {
    renderPage(opens);
    expect(screen.getByRole('heading', { name: '台账助手' })).toBeTruthy();
    expect(screen.getByText('本页只在这台电脑上处理工作簿的副本：原文件不会被改动，任何内容都不会上传。')).toBeTruthy();
    expect(screen.getByRole('button', { name: '选择工作簿…' })).toBeTruthy();
    expect((screen.getByLabelText('选择要处理的工作簿') as HTMLInputElement).accept).toContain('.xlsm');
  });

  it('speaks English to an English browser', () => {
    renderPage(opens, 'en-US');
    expect(screen.getByText(/This page works on a copy of your workbook on this computer only/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Choose a workbook…' })).toBeTruthy();
  });

  it('opens a picked workbook and names it with the ways to another or back to the original', async () => {
    const { engine } = renderPage(opens);
    pick(workbookFile('收文登记.xlsx'));
    await settle();
    expect(engine.calls[0]).toBe('open');
    expect(screen.getByText('正在处理：收文登记.xlsx')).toBeTruthy();
    expect(screen.getByRole('button', { name: '打开其他工作簿' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '从原文件重新开始' })).toBeTruthy();
    // The pane's own header now names the add-in; the page keeps only its promise.
    expect(screen.getByText(/本页只在这台电脑上处理工作簿的副本/)).toBeTruthy();
  });

  it('opens a workbook dropped on it', async () => {
    const { engine } = renderPage(opens);
    fireEvent.drop(screen.getByRole('region', { name: '打开工作簿' }), { dataTransfer: { files: [workbookFile('督办.xlsx')] } });
    await settle();
    expect(engine.calls).toEqual(expect.arrayContaining(['open']));
    expect(screen.getByText('正在处理：督办.xlsx')).toBeTruthy();
  });

  it('says why a workbook cannot be opened and what to do, and lets the clerk pick another', async () => {
    renderPage(() => {
      throw new ScriptedFailure({ code: 'xls', message: { zh: '这是旧版 .xls 文件，请在 Excel 或 WPS 中另存为 .xlsx 后再试', en: 'old .xls' } });
    });
    pick(workbookFile('旧台账.xls'));
    await settle();
    expect(screen.getByText('无法打开“旧台账.xls”')).toBeTruthy();
    expect(screen.getByText(/这是旧版 \.xls 文件/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '选择工作簿…' })).toBeTruthy();
  });

  it('offers the copy a step made as a link that saves it under its name', async () => {
    const { controller } = renderPage((method) => {
      if (method === 'open') return { fileName: 'x', bytes: 2, sheets: 1 };
      if (method === 'commit') return { bytes: new Uint8Array(3), name: '收文登记-已标记-2026-11-20.xlsx', action: 'marked', changedParts: ['xl/styles.xml'] };
      return [];
    });
    pick(workbookFile('收文登记.xlsx'));
    await settle();
    await act(() => controller.commit());
    expect(screen.getByText('副本已生成：收文登记-已标记-2026-11-20.xlsx')).toBeTruthy();
    expect(screen.getByText('这个副本包含本次的全部改动：逾期标记。')).toBeTruthy();
    const link = screen.getByRole('link', { name: '保存副本' }) as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('blob:收文登记-已标记-2026-11-20.xlsx');
    expect(link.getAttribute('download')).toBe('收文登记-已标记-2026-11-20.xlsx');
  });

  it('warns that large sheets may pause the page when the browser refuses background work', async () => {
    renderPage(opens, 'zh-CN', 'page');
    pick(workbookFile('收文登记.xlsx'));
    await settle();
    expect(screen.getByText(/这个浏览器不允许后台处理/)).toBeTruthy();
  });
});
