/**
 * The browser-test page: the real task pane (src/taskpane) over the real Office.js host code,
 * backed by the strict in-memory Excel stand-in loaded with a fixture workbook. Test-only: built
 * by webpack.e2e.config.js into build/e2e, never into the add-in.
 *
 * URL parameters: `fixture` (a path under test/fixtures/workbooks, default layouts/multi-register.xlsx),
 * `lang` (the Office display language, default zh-CN), `now` (an ISO instant, default
 * 2026-11-20 12:00 in Beijing). The workbook is kept in sessionStorage, so a reload of the page
 * shows the pane reopened on the same workbook.
 */
import { createExcelEditingHost } from '../../../src/hosts/excel/excel-editing-host';
import type { ExcelRun } from '../../../src/hosts/excel/excel-api';
import { selectCell } from '../../../src/hosts/excel/select-range';
import type { PaneServices } from '../../../src/taskpane/services';
import { renderTaskpane } from '../../../src/taskpane/render-taskpane';
import { fixtureOfXlsx } from '../../excel-standin/load-xlsx';
import { createStandin, type Standin } from '../../excel-standin/standin';
import type { HarnessApi } from './harness-api';
import { restoreWorkbookState, saveWorkbookState } from './persist-state';
import { createSelectionRun, type SelectionRecord } from './selection-standin';

const params = new URLSearchParams(window.location.search);
const fixture = params.get('fixture') ?? 'layouts/multi-register.xlsx';
const language = params.get('lang') ?? 'zh-CN';
const now = new Date(params.get('now') ?? '2026-11-20T04:00:00Z');
const storageKey = `register-desk-e2e:${fixture}`;

async function openStandin(): Promise<Standin> {
  const saved = window.sessionStorage.getItem(storageKey);
  if (saved !== null) {
    const standin = createStandin({ sheets: [] });
    restoreWorkbookState(saved, standin.state);
    return standin;
  }
  const response = await fetch(`fixtures/${fixture}`);
  if (!response.ok) throw new Error(`fixture ${fixture}: HTTP ${response.status}`);
  return createStandin(fixtureOfXlsx(new Uint8Array(await response.arrayBuffer())));
}

/** Excel.run over the stand-in, saving the workbook after every batch (a failed one too: Excel keeps what ran). */
function persistingRun(standin: Standin): ExcelRun {
  return async (options, batch) => {
    try {
      return await standin.run(options, batch);
    } finally {
      window.sessionStorage.setItem(storageKey, saveWorkbookState(standin.state));
    }
  };
}

async function start(): Promise<void> {
  const container = document.getElementById('container');
  if (!container) return;
  const standin = await openStandin();
  // The editing host, as the add-in's pane (src/taskpane/excel-services.ts) has it.
  const host = createExcelEditingHost({ run: persistingRun(standin), mergesSupported: true, retryDelayMs: 0 });
  const record: SelectionRecord = { selections: [], activeSheet: null };
  const selectionRun = createSelectionRun(standin.state, record);
  let changes = 0;
  const services: PaneServices = {
    host,
    workbookName: '本工作簿',
    now: () => now,
    selectCell: (ref) => selectCell(ref.sheet, ref.row, ref.col, selectionRun),
    onWorkbookChanged: () => {
      changes += 1;
    },
  };
  const api: HarnessApi = {
    fills: (sheet) => standin.snapshotFills(sheet),
    values: (sheet, address) => standin.valuesOf(sheet, address),
    listSheets: () => host.listSheets(),
    readSettings: () => host.readSettings(),
    get selections() {
      return record.selections;
    },
    get activeSheet() {
      return record.activeSheet;
    },
    get changes() {
      return changes;
    },
  };
  window.__harness = api;
  renderTaskpane(container, { language, services });
}

void start();
