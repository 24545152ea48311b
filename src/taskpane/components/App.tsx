import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { CommandResultFeed } from '../../commands/result-feed';
import { getStrings, type Locale } from '../../i18n';
import type { PaneServices } from '../services';
import { PaneStore } from '../store/pane-store';
import type { PaneState } from '../store/pane-state';
import { PaneFrame } from './frame/PaneFrame';
import { Header } from './Header';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL },
});

export interface AppProps {
  readonly locale: Locale;
  /** What the pane works on; null when the page was opened where there is no workbook. */
  readonly services: PaneServices | null;
  /** Where the ribbon buttons publish their results. */
  readonly feed: CommandResultFeed;
  /** A starting state (tests of one panel). */
  readonly initialState?: PaneState;
  /** False where the page around the pane already says what it is (the local web page). */
  readonly showHeader?: boolean;
}

/** The task pane: the workbook's registers and every action on them, or how to open it in Excel. */
export function App({ locale, services, feed, initialState, showHeader = true }: AppProps) {
  const styles = useStyles();
  if (!services) {
    const strings = getStrings(locale);
    return (
      <main className={styles.root} lang={locale}>
        <Header strings={strings} />
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{strings.notInExcel}</MessageBarBody>
        </MessageBar>
      </main>
    );
  }
  return (
    <PaneStore services={services} locale={locale} initialState={initialState}>
      <PaneFrame feed={feed} showHeader={showHeader} />
    </PaneStore>
  );
}
