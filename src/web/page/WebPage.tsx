import { useMemo, useSyncExternalStore } from 'react';
import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { createResultFeed } from '../../commands/result-feed';
import type { Locale } from '../../i18n';
import { App } from '../../taskpane/components/App';
import { CopyBar } from './CopyBar';
import { OpenStatus } from './OpenStatus';
import type { PageController } from './page-controller';
import { getPageStrings } from './page-strings';
import { PageHeader } from './PageHeader';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    maxWidth: '960px',
    margin: '0 auto',
    padding: tokens.spacingHorizontalL,
  },
});

export interface WebPageProps {
  readonly controller: PageController;
  readonly locale: Locale;
}

/** The local page: the promise, the workbook, the copy to save, and the pane over that workbook. */
export function WebPage({ controller, locale }: WebPageProps) {
  const styles = useStyles();
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  const strings = getPageStrings(locale);
  // No ribbon on a web page: the pane's feed of ribbon results stays empty.
  const feed = useMemo(() => createResultFeed(), []);
  const services = controller.services;

  return (
    <div className={styles.root} lang={locale}>
      <PageHeader strings={strings} compact={state.workbook.stage === 'open'} />
      <OpenStatus
        workbook={state.workbook}
        strings={strings}
        locale={locale}
        onFile={(file) => void controller.open(file)}
        onStartOver={() => void controller.startOver()}
      />
      {state.mode === 'page' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{strings.slowMode}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div aria-live="polite">
        <CopyBar state={state} strings={strings} locale={locale} />
      </div>
      {state.workbook.stage === 'open' && services ? <App key={state.workbook.generation} locale={locale} services={services} feed={feed} /> : null}
    </div>
  );
}
