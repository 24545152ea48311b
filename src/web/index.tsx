/**
 * Entry of the local web page: the engine script before this one has already run; start the
 * page over it once the body is there. Copies are saved through blob: links the page makes and
 * takes back.
 */
import { startEngine } from './client/start-engine';
import { PageController } from './page/page-controller';
import { renderWebPage } from './render-web-page';

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xlsm: 'application/vnd.ms-excel.sheet.macroEnabled.12',
};

function start(): void {
  const container = document.getElementById('container');
  if (!container) return;
  const controller = new PageController({
    startEngine: () => startEngine(document),
    now: () => new Date(),
    linkCopy: (bytes, name) => URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: /\.xlsm$/i.test(name) ? MIME.xlsm : MIME.xlsx })),
    unlinkCopy: (url) => URL.revokeObjectURL(url),
  });
  renderWebPage(container, { language: navigator.language, controller });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
