import { createRoot, type Root } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { sharedResultFeed } from '../commands/result-feed';
import { createRegisterDeskActions } from '../commands/wire-actions';
import { pickLocale } from '../i18n';
import { App } from './components/App';

export interface TaskpaneStart {
  readonly inExcel: boolean;
  /** `Office.context.displayLanguage`, or the browser's language outside Office. */
  readonly language: string | undefined;
}

/**
 * Renders the pane into the page's container, in the language of Office's UI.
 * @example renderTaskpane(document.getElementById('container')!, { inExcel: true, language: 'zh-CN' })
 */
export function renderTaskpane(container: HTMLElement, start: TaskpaneStart): Root {
  const locale = pickLocale(start.language);
  container.ownerDocument.documentElement.lang = locale;
  const actions = createRegisterDeskActions(() => locale);
  const root = createRoot(container);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App
        locale={locale}
        inExcel={start.inExcel}
        onHighlightOverdue={actions.highlightOverdue}
        onClearHighlights={actions.clearHighlights}
        feed={sharedResultFeed}
      />
    </FluentProvider>,
  );
  return root;
}
