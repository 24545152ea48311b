/**
 * Renders the whole pane for the pane's component tests: over the strict in-memory Excel
 * stand-in (the real Office.js host code) or over any other host (the .xlsx editing host of the
 * local web page), with the real workflows and no Office. Test-only.
 */
import { configure, render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createResultFeed, type CommandResultFeed } from '../../commands/result-feed';
import type { CellRef } from '../../core/types';
import { createExcelHost } from '../../hosts/excel';
import type { RegisterHost } from '../../hosts/host';
import type { Locale } from '../../i18n';
import { createStandin, type Standin } from '../../../test/excel-standin/standin';
import type { WorkbookFixture } from '../../../test/excel-standin/load-fixture';
import { App } from '../components/App';
import type { PaneServices } from '../services';
import { SAMPLE_NOW, sampleWorkbook } from './sample-workbook';

// The whole pane runs (scans, lazy panels compiled on first use): give it more than the default second.
configure({ asyncUtilTimeout: 5000 });

export interface MountedPane {
  readonly host: RegisterHost;
  readonly services: PaneServices;
  readonly feed: CommandResultFeed;
  /** Cells the pane asked to select, in order. */
  readonly selected: CellRef[];
  /** Steps that wrote to the workbook. */
  readonly changes: { count: number };
  /** Closes the pane (the workbook stays open). */
  unmount(): void;
}

export interface PaneKit extends MountedPane {
  readonly standin: Standin;
}

export interface MountOptions {
  readonly locale?: Locale;
  /** Wraps the host (to slow it down, or make it fail). */
  readonly wrapHost?: (host: RegisterHost) => RegisterHost;
  /** False: no sheet view, as on the local web page. */
  readonly canSelect?: boolean;
  /** False: the page around the pane names the add-in. */
  readonly showHeader?: boolean;
}

export interface PaneKitOptions extends MountOptions {
  readonly fixture?: WorkbookFixture;
  /** A workbook already open (a second pane reopened on it). */
  readonly standin?: Standin;
}

/** The pane over any host, as of 2026-11-20. */
export function mountPane(base: RegisterHost, options: MountOptions = {}): MountedPane {
  const host = options.wrapHost ? options.wrapHost(base) : base;
  const selected: CellRef[] = [];
  const changes = { count: 0 };
  const services: PaneServices = {
    host,
    workbookName: '本工作簿',
    now: () => SAMPLE_NOW,
    selectCell:
      options.canSelect === false
        ? undefined
        : async (ref) => {
            selected.push(ref);
          },
    onWorkbookChanged: () => {
      changes.count += 1;
    },
  };
  const feed = createResultFeed();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App locale={options.locale ?? 'zh-CN'} services={services} feed={feed} showHeader={options.showHeader} />
    </FluentProvider>,
  );
  return { host, services, feed, selected, changes, unmount: view.unmount };
}

/** The pane over a stand-in workbook (the sample one unless told), as of 2026-11-20. */
export function renderPane(options: PaneKitOptions = {}): PaneKit {
  const standin = options.standin ?? createStandin(options.fixture ?? sampleWorkbook());
  const mounted = mountPane(createExcelHost({ run: standin.run, mergesSupported: true, retryDelayMs: 0 }), options);
  return { ...mounted, standin };
}
