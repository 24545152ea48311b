import { lazy, Suspense, useEffect } from 'react';
import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { CommandResultFeed } from '../../../commands/result-feed';
import { useOverdueActions } from '../../actions/use-overdue-actions';
import type { PaneTab } from '../../store/pane-state';
import { usePane } from '../../store/pane-store';
import { useLatestResult } from '../../use-latest-result';
import { Header } from '../Header';
import { OverduePanel } from '../overdue/OverduePanel';
import { RegistersPanel } from '../registers/RegistersPanel';
import { ResultMessage } from '../ResultMessage';
import { PaneMessageBar } from './PaneMessageBar';
import { PaneTabs } from './PaneTabs';
import { WorkProgress } from './WorkProgress';

// The heavier panels load when first opened, keeping the pane's first script small.
const ValidationPanel = lazy(() => import('../validation/ValidationPanel').then((m) => ({ default: m.ValidationPanel })));
const SummariesPanel = lazy(() => import('../summaries/SummariesPanel').then((m) => ({ default: m.SummariesPanel })));
const SettingsPanel = lazy(() => import('../settings/SettingsPanel').then((m) => ({ default: m.SettingsPanel })));

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: '288px',
  },
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

function Panel({ tab }: { readonly tab: PaneTab }) {
  switch (tab) {
    case 'registers':
      return <RegistersPanel />;
    case 'overdue':
      return <OverduePanel />;
    case 'validation':
      return <ValidationPanel />;
    case 'summaries':
      return <SummariesPanel />;
    case 'settings':
      return <SettingsPanel />;
  }
}

export interface PaneFrameProps {
  /** Results of the ribbon buttons, which run outside the pane. */
  readonly feed: CommandResultFeed;
  /** False where the page around the pane already names the add-in. */
  readonly showHeader?: boolean;
}

/** The pane around its panels: header, ribbon results, progress, messages, the section tabs. */
export function PaneFrame({ feed, showHeader = true }: PaneFrameProps) {
  const styles = useStyles();
  const { state, strings, locale } = usePane();
  const { scan } = useOverdueActions();
  const latest = useLatestResult(feed);

  // On open the pane reads the workbook once; later scans are the clerk's or follow a change.
  useEffect(() => void scan(), []);
  // A ribbon button changed the marks: read the workbook again so the lists agree with the sheet.
  useEffect(() => {
    if (latest?.origin === 'ribbon' && latest.ok) void scan();
  }, [latest?.sequence]);

  return (
    <main className={styles.root} lang={locale}>
      {showHeader ? <Header strings={strings} /> : null}
      <div aria-live="polite">{latest ? <ResultMessage result={latest} strings={strings} /> : null}</div>
      <WorkProgress />
      <div aria-live="polite">
        <PaneMessageBar />
      </div>
      <PaneTabs />
      <div className={styles.panel} role="tabpanel" aria-labelledby={`tab-${state.tab}`}>
        <Suspense fallback={<Spinner size="tiny" label={strings.loadingPanel} />}>
          <Panel tab={state.tab} />
        </Suspense>
      </div>
    </main>
  );
}
