import { useState } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { CommandName, CommandResultFeed } from '../../commands/result-feed';
import { runCommand, type RegisterAction } from '../../commands/run-command';
import { getStrings, type Locale } from '../../i18n';
import { useLatestResult } from '../use-latest-result';
import { Header } from './Header';
import { ResultMessage } from './ResultMessage';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface AppProps {
  readonly locale: Locale;
  /** False when the page was opened outside Excel: the buttons would have nothing to act on. */
  readonly inExcel: boolean;
  readonly onHighlightOverdue: RegisterAction;
  readonly onClearHighlights: RegisterAction;
  /** Where results are published; the ribbon commands publish into the same feed. */
  readonly feed: CommandResultFeed;
}

/** The task pane: what the add-in is, its two actions, and the last result from pane or ribbon. */
export function App({ locale, inExcel, onHighlightOverdue, onClearHighlights, feed }: AppProps) {
  const styles = useStyles();
  const strings = getStrings(locale);
  const latest = useLatestResult(feed);
  const [running, setRunning] = useState<CommandName | null>(null);

  const run = async (command: CommandName, action: RegisterAction): Promise<void> => {
    setRunning(command);
    try {
      await runCommand({ command, origin: 'pane', action, feed, locale });
    } finally {
      setRunning(null);
    }
  };

  const button = (command: CommandName, label: string, action: RegisterAction, appearance: 'primary' | 'secondary') => (
    <Button
      appearance={appearance}
      disabled={!inExcel || running !== null}
      icon={running === command ? <Spinner size="tiny" /> : undefined}
      onClick={() => void run(command, action)}
    >
      {running === command ? strings.working : label}
    </Button>
  );

  return (
    <main className={styles.root} lang={locale}>
      <Header strings={strings} />
      {inExcel ? null : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{strings.notInExcel}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        {button('highlightOverdue', strings.highlightOverdue, onHighlightOverdue, 'primary')}
        {button('clearHighlights', strings.clearHighlights, onClearHighlights, 'secondary')}
      </div>
      <div aria-live="polite">{latest ? <ResultMessage result={latest} strings={strings} /> : null}</div>
    </main>
  );
}
