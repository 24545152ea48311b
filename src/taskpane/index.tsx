/**
 * Entry of the task pane: waits for Office once and renders the pane. In the shared runtime the
 * page stays alive while the pane is closed, so the ribbon commands' results wait in the shared
 * feed until the pane is shown.
 */
import { renderTaskpane } from './render-taskpane';

void Office.onReady((info) => {
  const container = document.getElementById('container');
  if (!container) return;
  renderTaskpane(container, {
    inExcel: info.host === Office.HostType.Excel,
    // Outside Office (a browser tab) there is no display language; the browser's is the next best.
    language: Office.context?.displayLanguage ?? navigator.language,
  });
});
