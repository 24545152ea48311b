/**
 * Entry of the task pane: waits for Office once and renders the pane over the Office.js host.
 * In the shared runtime the page stays alive while the pane is closed, so the ribbon commands'
 * results wait in the shared feed until the pane is shown.
 */
import { createExcelServices } from './excel-services';
import { renderTaskpane } from './render-taskpane';

void Office.onReady((info) => {
  const container = document.getElementById('container');
  if (!container) return;
  const inExcel = info.host === Office.HostType.Excel;
  renderTaskpane(container, {
    // Outside Office (a browser tab) there is no display language; the browser's is the next best.
    language: Office.context?.displayLanguage ?? navigator.language,
    services: inExcel ? createExcelServices() : null,
    // Not available in Excel on the web: the light theme is kept there.
    officeTheme: Office.context?.officeTheme,
  });
});
