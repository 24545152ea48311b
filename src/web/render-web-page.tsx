import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { pickLocale } from '../i18n';
import type { PageController } from './page/page-controller';
import { WebPage } from './page/WebPage';

export interface WebPageStart {
  /** The browser's language (`navigator.language`): zh-CN unless it is English. */
  readonly language: string | undefined;
  readonly controller: PageController;
}

/**
 * Renders the local page into its container.
 * @example renderWebPage(document.getElementById('container')!, { language: navigator.language, controller })
 */
export function renderWebPage(container: HTMLElement, start: WebPageStart): Root {
  const locale = pickLocale(start.language);
  const doc = container.ownerDocument;
  doc.documentElement.lang = locale;
  doc.title = locale === 'zh-CN' ? '台账助手 · 网页版' : 'Register Desk · web page';
  const root = createRoot(container);
  // At once, so the note for old browsers the container holds is never painted in a new one.
  flushSync(() =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <WebPage controller={start.controller} locale={locale} />
      </FluentProvider>,
    ),
  );
  return root;
}
