import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { highlightOverdue } from '../../src/app/highlight';
import { PageController, type PageControllerDeps } from '../../src/web/page/page-controller';
import type { PageState } from '../../src/web/page/page-state';
import { connectInProcessEngine, type InProcessEngine } from './support/in-process-engine';
import { ScriptedFailure, startScriptedEngine } from './support/scripted-engine';

const FEATURES = path.join(__dirname, '..', 'fixtures', 'workbooks', 'features');
const NOON_20_NOV_BEIJING = new Date(Date.UTC(2026, 10, 20, 4, 0, 0));

/** Resolves once the controller's state satisfies `test`. */
function untilState(controller: PageController, test: (state: PageState) => boolean): Promise<void> {
  return new Promise((resolve) => {
    const off = controller.subscribe(() => {
      if (!test(controller.getState())) return;
      off();
      resolve();
    });
  });
}

function fileOf(name: string, bytes: Uint8Array) {
  return { name, arrayBuffer: async () => bytes.slice().buffer };
}

describe('PageController', () => {
  let engine: InProcessEngine | null = null;
  afterEach(() => engine?.close());

  function controllerOverRealEngine() {
    const links: string[] = [];
    const dropped: string[] = [];
    const deps: PageControllerDeps = {
      startEngine: async () => (engine = connectInProcessEngine()),
      now: () => NOON_20_NOV_BEIJING,
      linkCopy: (bytes, name) => {
        links.push(`${name}:${bytes.length}`);
        return `blob:copy-${links.length}`;
      },
      unlinkCopy: (url) => dropped.push(url),
    };
    return { controller: new PageController(deps), links, dropped };
  }

  it('opens a workbook and gives the pane services over it', async () => {
    const { controller } = controllerOverRealEngine();
    const bytes = new Uint8Array(await fs.readFile(path.join(FEATURES, 'libreoffice-from-openpyxl.xlsm')));
    expect(controller.services).toBeNull();
    await controller.open(fileOf('收文登记.xlsm', bytes));
    expect(controller.getState().workbook).toEqual({ stage: 'open', name: '收文登记.xlsm', generation: 1 });
    expect(controller.getState().mode).toBe('page');
    const services = controller.services;
    expect(services?.workbookName).toBe('收文登记.xlsm');
    expect(services?.selectCell).toBeUndefined();
    expect((await services?.host.listSheets())?.map((s) => s.name)).toContain('收文登记');
  });

  it('offers the working copy to save after a step that wrote, named for the step', async () => {
    const { controller, links } = controllerOverRealEngine();
    const bytes = new Uint8Array(await fs.readFile(path.join(FEATURES, 'libreoffice-from-openpyxl.xlsm')));
    await controller.open(fileOf('收文登记.xlsm', bytes));
    const services = controller.services;
    if (!services) throw new Error('no services');
    await highlightOverdue(services.host, { now: services.now() });
    services.onWorkbookChanged?.();
    await untilState(controller, (state) => state.copy !== null);
    const state = controller.getState();
    expect(state.copy).toMatchObject({ name: '收文登记-已标记-2026-11-20.xlsm', url: 'blob:copy-1' });
    expect(state.actions).toEqual(['marked']);
    expect(links).toHaveLength(1);
  });

  it('starts again from the original file as a new workbook, dropping the copy', async () => {
    const { controller, dropped } = controllerOverRealEngine();
    const bytes = new Uint8Array(await fs.readFile(path.join(FEATURES, 'libreoffice-from-openpyxl.xlsm')));
    await controller.open(fileOf('a.xlsm', bytes));
    const services = controller.services;
    await services?.host.writeSettings({ version: 1, mappings: {} });
    await controller.commit();
    expect(controller.getState().copy?.name).toMatch(/^a-已更新设置-2026-11-20\.xlsm$/);
    await controller.startOver();
    expect(controller.getState()).toMatchObject({ workbook: { stage: 'open', generation: 2 }, copy: null, actions: [] });
    expect(dropped).toEqual(['blob:copy-1']);
  });

  it('shows why a file did not open, and keeps no workbook', async () => {
    const scripted = startScriptedEngine(() => {
      throw new ScriptedFailure({ code: 'encrypted', message: { zh: '文件设有打开密码', en: 'password' } });
    });
    const controller = new PageController({ startEngine: async () => scripted, now: () => new Date(), linkCopy: () => '', unlinkCopy: () => undefined });
    await controller.open(fileOf('密.xlsx', new Uint8Array([1])));
    expect(controller.getState().workbook).toEqual({ stage: 'failed', name: '密.xlsx', failure: { code: 'encrypted', message: { zh: '文件设有打开密码', en: 'password' } } });
    expect(controller.services).toBeNull();
  });

  it('reports a copy that failed its check instead of offering it', async () => {
    const scripted = startScriptedEngine((method) => {
      if (method === 'commit') throw new ScriptedFailure({ code: 'verify', message: { zh: '生成的副本自检未通过', en: 'check failed' } });
      return { fileName: 'a.xlsx', bytes: 1, sheets: 1 };
    });
    const controller = new PageController({ startEngine: async () => scripted, now: () => new Date(), linkCopy: () => 'blob:x', unlinkCopy: () => undefined });
    await controller.open(fileOf('a.xlsx', new Uint8Array([1])));
    await controller.commit();
    expect(controller.getState()).toMatchObject({ copy: null, verifying: false, copyFailure: { code: 'verify' } });
  });

  it('starts the engine once for every workbook opened', async () => {
    const scripted = startScriptedEngine(() => ({ fileName: 'a.xlsx', bytes: 1, sheets: 1 }));
    const start = jest.fn(async () => scripted);
    const controller = new PageController({ startEngine: start, now: () => new Date(), linkCopy: () => '', unlinkCopy: () => undefined });
    await controller.open(fileOf('a.xlsx', new Uint8Array([1])));
    await controller.open(fileOf('b.xlsx', new Uint8Array([2])));
    expect(start).toHaveBeenCalledTimes(1);
    expect(scripted.calls).toEqual(['open', 'open']);
    expect(controller.getState().workbook).toMatchObject({ stage: 'open', name: 'b.xlsx', generation: 2 });
  });
});
