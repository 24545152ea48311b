import type { RegisterHost } from '../hosts/host';
import { createActiveSheetActions, type ActiveSheetDependencies, type SheetScope } from './active-sheet-actions';

interface FakeReport {
  readonly what: string;
  readonly sheets: readonly string[];
}

function setUp(activeSheets: string[]) {
  const hostsMade: RegisterHost[] = [];
  const calls: Array<{ host: RegisterHost; scope: SheetScope; what: string }> = [];
  const deps: ActiveSheetDependencies<FakeReport, FakeReport> = {
    readActiveSheet: async () => activeSheets.shift() ?? 'Sheet1',
    createHost: () => {
      const host = {} as RegisterHost;
      hostsMade.push(host);
      return host;
    },
    highlightOverdue: async (host, scope) => {
      calls.push({ host, scope, what: 'highlight' });
      return { what: 'highlight', sheets: scope.sheets };
    },
    clearHighlights: async (host, scope) => {
      calls.push({ host, scope, what: 'clear' });
      return { what: 'clear', sheets: scope.sheets };
    },
    describeHighlight: (report, locale) => `${locale} ${report.what} ${report.sheets.join(',')}`,
    describeClear: (report, locale) => `${locale} ${report.what} ${report.sheets.join(',')}`,
    locale: () => 'zh-CN',
  };
  return { deps, calls, hostsMade };
}

describe('createActiveSheetActions', () => {
  it('marks only the sheet that is active when the action runs', async () => {
    const { deps, calls, hostsMade } = setUp(['收文登记簿']);
    const actions = createActiveSheetActions(deps);
    await expect(actions.highlightOverdue()).resolves.toBe('zh-CN highlight 收文登记簿');
    expect(calls).toEqual([{ host: hostsMade[0], scope: { sheets: ['收文登记簿'] }, what: 'highlight' }]);
  });

  it('reads the active sheet again on every run', async () => {
    const { deps, calls } = setUp(['收文登记簿', '督办台账']);
    const actions = createActiveSheetActions(deps);
    await actions.highlightOverdue();
    await actions.clearHighlights();
    expect(calls.map((c) => [c.what, c.scope.sheets[0]])).toEqual([
      ['highlight', '收文登记簿'],
      ['clear', '督办台账'],
    ]);
  });

  it('describes the report in the language chosen at the time it finishes', async () => {
    const { deps } = setUp(['Sheet1']);
    const actions = createActiveSheetActions({ ...deps, locale: () => 'en-US' });
    await expect(actions.clearHighlights()).resolves.toBe('en-US clear Sheet1');
  });

  it('lets a failure to read the active sheet reach the caller untouched', async () => {
    const { deps, calls } = setUp([]);
    const failure = new Error('InvalidOperationInCellEditMode');
    const actions = createActiveSheetActions({ ...deps, readActiveSheet: () => Promise.reject(failure) });
    await expect(actions.highlightOverdue()).rejects.toBe(failure);
    expect(calls).toEqual([]);
  });
});
