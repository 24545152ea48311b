import { createRoot, type Root } from 'react-dom/client';
import { FluentProvider } from '@fluentui/react-components';
import { sharedResultFeed, type CommandResultFeed } from '../commands/result-feed';
import { pickLocale } from '../i18n';
import { App } from './components/App';
import { pickFluentTheme, type OfficeThemeColors } from './office-theme';
import type { PaneServices } from './services';

/** The theme's background reaches the bottom of the pane, not just the end of its content. */
const FULL_HEIGHT = { minHeight: '100vh' } as const;

export interface TaskpaneStart {
  /** `Office.context.displayLanguage`, or the browser's language outside Office. */
  readonly language: string | undefined;
  /** What the pane works on; null where there is no workbook (the page opened outside Excel). */
  readonly services: PaneServices | null;
  /** The ribbon's results; the add-in's shared feed by default. */
  readonly feed?: CommandResultFeed;
  /** `Office.context.officeTheme`, where Office gives it. */
  readonly officeTheme?: OfficeThemeColors | null;
}

/**
 * Renders the pane into the page's container, in the language of Office's UI.
 * @example renderTaskpane(document.getElementById('container')!, { language: 'zh-CN', services: createExcelServices() })
 */
export function renderTaskpane(container: HTMLElement, start: TaskpaneStart): Root {
  const locale = pickLocale(start.language);
  container.ownerDocument.documentElement.lang = locale;
  const root = createRoot(container);
  root.render(
    <FluentProvider theme={pickFluentTheme(start.officeTheme)} style={FULL_HEIGHT}>
      <App locale={locale} services={start.services} feed={start.feed ?? sharedResultFeed} />
    </FluentProvider>,
  );
  return root;
}
